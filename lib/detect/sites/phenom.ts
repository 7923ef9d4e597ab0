import { selectorAdapter } from './define';

/**
 * Phenom career sites hosted on `{company}.phenompeople.com/…/job/{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const phenom = selectorAdapter({
  id: 'phenom',
  host: /\.phenompeople\.com$/,
  idFrom: /\/job\/([\w-]{2,40})(?:[/?]|$)/,
});
