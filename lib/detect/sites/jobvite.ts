import { selectorAdapter } from './define';

/**
 * Jobvite: `jobs.jobvite.com/{company}/job/{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const jobvite = selectorAdapter({
  id: 'jobvite',
  host: /^jobs\.jobvite\.com$/,
  idFrom: /^\/[\w-]{1,80}\/job\/(\w{4,20})(?:[/?]|$)/,
  description: ['.jv-job-detail-description'],
});
