import { selectorAdapter } from './define';

/**
 * UKG Pro Recruiting (UltiPro): `/{tenant}/JobBoard/{board}/OpportunityDetail?opportunityId={id}`.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const ukg = selectorAdapter({
  id: 'ukg',
  host: /^recruiting\d?\.ultipro\.(com|ca)$|\.rec\.pro\.ukg\.net$/,
  idFrom: /\/OpportunityDetail\?(?:[^#]{0,300}&)?opportunityId=([\w-]{4,40})/i,
  keepParams: ['opportunityId'],
});
