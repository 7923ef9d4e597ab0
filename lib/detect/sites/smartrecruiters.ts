import { numericId, selectorAdapter, UUID } from './define';
import { segments } from './dom';

export const smartrecruiters = selectorAdapter({
  id: 'smartrecruiters',
  patterns: ['*://jobs.smartrecruiters.com/*', '*://careers.smartrecruiters.com/*'],
  host: /^(jobs|careers)\.smartrecruiters\.com$/,
  // /{CompanyIdentifier}/{postingId}-{slug}; jobs. and careers. hosts show the same posting.
  // /oneclick-ui/company/{CompanyIdentifier}/publication/{uuid}: the apply form of one posting.
  jobId: (url) => {
    const [company, rest, name, , pub] = segments(url);
    const one = company === 'oneclick-ui';
    const id = one ? UUID.test(pub ?? '') && pub : numericId(rest?.split('-')[0], 6);
    return id ? `${(one ? name : company)?.toLowerCase()}:${id}` : null;
  },
  canonical: (url) => `https://jobs.smartrecruiters.com${url.pathname.replace(/\/+$/, '')}`,
  title: ['h1[itemprop="title"]', 'h1.job-title', 'main h1', 'header h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.header-logo-text'],
  location: ['[itemprop="jobLocation"]', '.job-details .job-detail', '[data-test=topbar-location]'],
  description: ['.job-sections', '[itemprop="description"]', '.topbar-job-details'],
});
