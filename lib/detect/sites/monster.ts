import { selectorAdapter } from './define';

/**
 * Monster: `/job-openings/{slug}--{uuid}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const monster = selectorAdapter({
  id: 'monster',
  host: /(^|\.)monster\.(com|co\.uk|ca|de|fr|nl|be|at|ch|it|es)$/,
  idFrom: /\/job-openings\/(?:[^/?]{0,300}--)?([0-9a-f-]{36})/i,
});
