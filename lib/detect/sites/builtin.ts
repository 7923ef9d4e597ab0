import { selectorAdapter } from './define';

/**
 * Built In (an aggregator's page of one job, on builtin.com and its city sites such as
 * builtinsf.com): `/job/{slug}/{numeric id}`. Reached by a scan only. The JSON-LD gives the
 * posting; the header's icon rows (a building for the work model, a trophy for the level) give
 * each value in the span beside its icon. Two markup generations: the `#main` job card and the
 * older `.match-background` header; the similar jobs further down use the same rows (each card
 * with its own `#main`), so both selectors stay inside the posting's own card or header.
 */
export const builtin = selectorAdapter({
  id: 'builtin',
  host: /^(?:www\.)?builtin(?:sf|la|nyc|boston|austin|seattle|colorado|chicago)?\.(?:com|org)$/,
  idFrom: /^\/job\/[^/?#]{1,200}\/(\d{3,12})(?:[/?#]|$)/,
  title: ['#main h1', '.match-background h1'],
  company: ['#main [data-id="company-title"]', '.match-background h2'],
  labels: ['.job-card #main .min-w-md + span', '.match-background .min-w-md + span'],
});
