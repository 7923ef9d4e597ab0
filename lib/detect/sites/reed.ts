import { selectorAdapter } from './define';

/**
 * Reed: `/jobs/{slug}/{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const reed = selectorAdapter({
  id: 'reed',
  host: /(^|\.)reed\.co\.uk$/,
  idFrom: /^\/jobs\/[^/?]{1,300}\/(\d{5,12})(?:[/?]|$)/,
});
