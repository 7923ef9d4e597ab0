import { selectorAdapter } from './define';

/**
 * Eightfold: `{company}.eightfold.ai/careers?pid={id}` and `/careers/job/{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const eightfold = selectorAdapter({
  id: 'eightfold',
  host: /\.eightfold\.ai$/,
  idFrom: /(?:[?&]pid=|\/careers\/job\/)(\d{1,20})/,
  keepParams: ['pid', 'domain'],
});
