import { selectorAdapter } from './define';

/**
 * InfoJobs: `/{city}/{slug}/of-i{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const infojobs = selectorAdapter({
  id: 'infojobs',
  host: /(^|\.)infojobs\.net$/,
  idFrom: /\/of-i([0-9a-f]{10,40})(?:[/?]|$)/i,
});
