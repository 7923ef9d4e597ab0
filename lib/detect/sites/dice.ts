import { selectorAdapter } from './define';

/**
 * Dice: `/job-detail/{uuid}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const dice = selectorAdapter({
  id: 'dice',
  host: /(^|\.)dice\.com$/,
  idFrom: /^\/job-detail\/([0-9a-f-]{36})/i,
});
