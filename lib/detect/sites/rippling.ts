import { selectorAdapter } from './define';

/**
 * Rippling ATS: `ats.rippling.com/{board}/jobs/{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const rippling = selectorAdapter({
  id: 'rippling',
  host: /^ats\.rippling\.com$/,
  idFrom: /^\/([\w-]{1,80}\/jobs\/[\w-]{6,40})\/?$/,
});
