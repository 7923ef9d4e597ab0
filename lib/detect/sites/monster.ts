import { selectorAdapter } from './define';

/** The classic job view's one path segment: "/Network-Administrator-Job-Warwick-RI-US-94479206.aspx". */
const CLASSIC_VIEW = /-(\d{6,12})\.aspx$/i;

/**
 * Monster: `/job-openings/{slug}--{uuid}`; the classic job view (still in saved pages and old
 * links), `jobview.monster.com/{slug}-{id}.aspx` or `/getjob.aspx?JobID={id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const monster = selectorAdapter({
  id: 'monster',
  host: /(^|\.)monster\.(com|co\.uk|ca|de|fr|nl|be|at|ch|it|es)$/,
  idFrom: /\/job-openings\/(?:[^/?]{0,300}--)?([0-9a-f-]{36})/i,
  jobId(url) {
    const path = url.pathname;
    if (path.lastIndexOf('/') !== 0) return null;
    if (/^\/getjob\.aspx$/i.test(path)) return url.searchParams.get('JobID');
    return CLASSIC_VIEW.exec(path)?.[1] ?? null;
  },
  keepParams: ['JobID'],
});
