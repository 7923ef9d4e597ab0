import { selectorAdapter } from './define';

/**
 * Breezy HR: `{company}.breezy.hr/p/{id}-{slug}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const breezy = selectorAdapter({
  id: 'breezy',
  host: /\.breezy\.hr$/,
  idFrom: /^\/p\/([0-9a-f]{8,20})(?:-|$)/,
  description: ['.job-description > .description'],
});
