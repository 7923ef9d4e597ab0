import { selectorAdapter } from './define';

/**
 * XING: `/jobs/{slug}-{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const xing = selectorAdapter({
  id: 'xing',
  host: /(^|\.)xing\.com$/,
  idFrom: /^\/jobs\/[^/?]{1,300}-(\d{5,12})$/,
});
