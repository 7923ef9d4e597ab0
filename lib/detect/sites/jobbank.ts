import { selectorAdapter } from './define';

/**
 * Job Bank, the Government of Canada's board: `/jobsearch/jobposting/{id}` (English) and
 * `/rechercheemplois/offredemploi/{id}` (French, guichetemplois.gc.ca). Its facts are schema.org
 * RDFa (`property="title"`, `hiringOrganization`, `joblocation`) with no JSON-LD, and partner
 * postings have no apply button, so the generic reader misses them. Reached by a scan only.
 */
export const jobbank = selectorAdapter({
  id: 'jobbank',
  host: /(^|\.)(jobbank|guichetemplois)\.gc\.ca$/,
  idFrom: /\/(?:jobposting|offredemploi)\/(\d{5,12})(?:[/?;]|$)/,
  title: ['h1 [property="title"]', 'h1.title'],
  company: ['[property="hiringOrganization"] [property="name"]'],
  location: ['[property="joblocation"] [property="address"]', '[property="joblocation"]'],
  // The brief's rows: "On site" / "Hybrid" / "Remote work available", then the terms ("Full time").
  labels: [
    '.job-posting-brief .fa-building ~ span:not(.wb-inv)',
    '.job-posting-brief [property="employmentType"]',
  ],
  description: [
    '.job-posting-detail-requirements',
    '[property="description"]',
    '.job-posting-details-body',
  ],
});
