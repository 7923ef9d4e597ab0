import { selectorAdapter } from './define';

/**
 * Taleo (legacy Oracle): `/careersection/{section}/jobdetail.ftl?job={number}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const taleo = selectorAdapter({
  id: 'taleo',
  host: /\.taleo\.net$/,
  idFrom:
    /\/careersection\/[\w-]{1,40}\/job(?:detail|apply)\.ftl\?(?:[^#]{0,300}&)?job=([\w-]{1,40})/i,
  keepParams: ['job', 'lang'],
  description: ['table[id*="requisitionDescriptionInterface"]', 'div.editablesection'],
  descriptionAll: true,
});
