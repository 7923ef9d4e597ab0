import { selectorAdapter } from './define';

/**
 * JazzHR: `{company}.applytojob.com/apply/{id}/{slug}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const jazzhr = selectorAdapter({
  id: 'jazzhr',
  host: /\.applytojob\.com$/,
  idFrom: /^\/apply\/(\w{4,20})(?:[/?]|$)/,
  title: ['#resumator-job-title'],
});
