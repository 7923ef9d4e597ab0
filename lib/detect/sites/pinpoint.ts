import { selectorAdapter } from './define';

/**
 * Pinpoint: `{company}.pinpointhq.com/{lang}/postings/{uuid}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const pinpoint = selectorAdapter({
  id: 'pinpoint',
  host: /\.pinpointhq\.com$/,
  idFrom: /\/postings\/([0-9a-f-]{8,36})(?:[/?]|$)/,
});
