import { selectorAdapter } from './define';

/**
 * Dover: `app.dover.com/apply/{company}/{uuid}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const dover = selectorAdapter({
  id: 'dover',
  host: /^app\.dover\.com$/,
  idFrom: /^\/apply\/[^/]{1,80}\/([0-9a-f-]{36})/i,
});
