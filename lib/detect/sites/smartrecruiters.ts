import { numericId, selectorAdapter } from './define';
import { segments } from './dom';

export const smartrecruiters = selectorAdapter({
  id: 'smartrecruiters',
  patterns: ['*://jobs.smartrecruiters.com/*', '*://careers.smartrecruiters.com/*'],
  host: /^(jobs|careers)\.smartrecruiters\.com$/,
  // /{CompanyIdentifier}/{postingId}-{slug}; jobs. and careers. hosts show the same posting.
  jobId: (url) => {
    const [company, rest] = segments(url);
    const id = numericId(rest?.split('-')[0], 6);
    return company && id && company !== 'oneclick-ui' ? `${company.toLowerCase()}:${id}` : null;
  },
  canonical: (url) => `https://jobs.smartrecruiters.com${url.pathname.replace(/\/+$/, '')}`,
  title: ['h1[itemprop="title"]', 'h1.job-title', 'main h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.header-logo-text'],
  location: ['[itemprop="jobLocation"]', '.job-details .job-detail'],
  description: ['.job-sections', '[itemprop="description"]'],
});
