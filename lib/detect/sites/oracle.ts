import { selectorAdapter } from './define';

/**
 * Oracle Recruiting Cloud (Candidate Experience): `/hcmUI/CandidateExperience/{lang}/sites/{site}/job/{id}`,
 * an app that renders client-side; the reader takes what it shows.
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const oracle = selectorAdapter({
  id: 'oracle',
  host: /\.oraclecloud\.com$/,
  idFrom:
    /\/hcmUI\/CandidateExperience\/[\w-]{2,8}\/sites\/[\w-]{1,40}\/(?:requisitions\/)?job\/(\d{1,20})/i,
});
