import { selectorAdapter } from './define';

/**
 * ZipRecruiter: the job page names its listing in `jid=`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const ziprecruiter = selectorAdapter({
  id: 'ziprecruiter',
  host: /(^|\.)ziprecruiter\.(com|co\.uk|ca)$/,
  idFrom: /[?&]jid=([\w-]{4,40})/,
  keepParams: ['jid'],
});
