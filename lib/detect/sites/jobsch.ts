import { selectorAdapter } from './define';

/**
 * jobs.ch: `/{lang}/vacancies/detail/{id}/`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const jobsch = selectorAdapter({
  id: 'jobsch',
  host: /(^|\.)jobs\.ch$/,
  idFrom: /\/vacancies\/detail\/([\w-]{4,40})(?:[/?]|$)/,
});
