import { selectorAdapter } from './define';

/**
 * SAP SuccessFactors: the classic `career_job_req_id=` pages and the RMK sites' `data-careersite-propertyid`
 * hooks (microdata underneath).
 * Reached by a scan only: the page's JSON-LD or the generic reader fill what no hook names.
 */
export const successfactors = selectorAdapter({
  id: 'successfactors',
  host: /(^|\.)career\d{0,3}\.successfactors\.(com|eu)$|^jobs\.sap\.com$/,
  idFrom: /(?:[?&]career_job_req_id=|^\/job\/[^/]{1,200}\/)(\d{3,20})/,
  keepParams: ['career_job_req_id', 'company'],
  title: ['[data-careersite-propertyid="title"]'],
  location: [
    '[data-careersite-propertyid="location"]',
    '[data-careersite-propertyid="city"]',
    '.jobGeoLocation',
  ],
  description: ['[data-careersite-propertyid="description"]', 'div.joqReqDescription'],
});
