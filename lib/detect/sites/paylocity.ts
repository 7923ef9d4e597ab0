import { selectorAdapter } from './define';

/**
 * Paylocity: `recruiting.paylocity.com/Recruiting/Jobs/Details/{id}` (JSON-LD, entity-encoded).
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const paylocity = selectorAdapter({
  id: 'paylocity',
  host: /^recruiting\.paylocity\.com$/,
  idFrom: /\/Jobs\/Details\/(?:[0-9a-f-]{36}\/)?(\d{2,12})(?:[/?]|$)/i,
});
