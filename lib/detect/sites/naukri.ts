import { selectorAdapter } from './define';

/**
 * Naukri: `/job-listings-{slug}-{id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const naukri = selectorAdapter({
  id: 'naukri',
  host: /(^|\.)naukri\.com$/,
  idFrom: /^\/job-listings-[^/?]{0,300}-(\d{9,14})(?:[/?]|$)/,
});
