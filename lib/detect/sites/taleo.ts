import { selectorAdapter } from './define';

/** Taleo Business Edition: `/{pod}/ats/careers/requisition.jsp?org={tenant}&rid={number}`. */
const TBE = /\/ats\/careers\/(?:v2\/)?requisition\.jsp$/i;

/**
 * Taleo (legacy Oracle): `/careersection/{section}/jobdetail.ftl?job={number}`, and Taleo
 * Business Edition's requisition pages, whose number counts per tenant (so the id names both).
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const taleo = selectorAdapter({
  id: 'taleo',
  host: /\.taleo\.net$/,
  jobId: (url) => {
    const org = url.searchParams.get('org');
    const rid = url.searchParams.get('rid');
    if (!TBE.test(url.pathname) || !org || !rid) return null;
    return /^[\w-]{1,40}$/.test(org) && /^\d{1,12}$/.test(rid)
      ? `${org.toLowerCase()}:${rid}`
      : null;
  },
  idFrom:
    /\/careersection\/[\w-]{1,40}\/job(?:detail|apply)\.ftl\?(?:[^#]{0,300}&)?job=([\w-]{1,40})/i,
  keepParams: ['job', 'lang', 'org', 'rid', 'cws'],
  description: ['table[id*="requisitionDescriptionInterface"]', 'div.editablesection'],
  descriptionAll: true,
});
