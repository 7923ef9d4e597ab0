import { selectorAdapter } from './define';

/**
 * Bayt: `/{lang}/{country}/jobs/{slug}-{id}/`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const bayt = selectorAdapter({
  id: 'bayt',
  host: /(^|\.)bayt\.com$/,
  idFrom: /\/jobs\/[^/?]{1,300}-(\d{5,12})\/?$/,
});
