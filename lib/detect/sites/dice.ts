import { selectorAdapter } from './define';

/** `/job-detail/{uuid}`; the older `/job/result/{poster}/{id}` and `/jobsearch/result/{poster}/{id}/…`. */
const JOB_PATH =
  /^\/(?:job-detail\/([0-9a-f-]{36})|(?:job|jobsearch)\/result\/([^/?#]{1,60}\/[^/?#]{1,80}))/i;

/**
 * Dice job pages, current and older (the older ones a field sheet: Title, Company, Location,
 * Position ID). Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook
 * names.
 */
export const dice = selectorAdapter({
  id: 'dice',
  host: /(^|\.)dice\.com$/,
  jobId: (url) => {
    const m = JOB_PATH.exec(url.pathname);
    return m?.[1] ?? m?.[2] ?? null;
  },
});
