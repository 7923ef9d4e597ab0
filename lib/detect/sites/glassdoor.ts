import { numericId, selectorAdapter } from './define';

export const glassdoor = selectorAdapter({
  id: 'glassdoor',
  patterns: [
    '*://*.glassdoor.com/*',
    '*://*.glassdoor.co.uk/*',
    '*://*.glassdoor.de/*',
    '*://*.glassdoor.fr/*',
    '*://*.glassdoor.ca/*',
  ],
  host: /(^|\.)glassdoor\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/,
  // Both the short (/job-listing/j?jl=) and the SEO form carry the listing id in jl.
  jobId: (url) => numericId(url.searchParams.get('jl'), 5),
  // A split view: the URL names a job while the pane may still show another, or none.
  shell: false,
  canonical: (url, id) => `https://${url.hostname}/job-listing/j?jl=${id}`,
  // Title and company hooks are unconfirmed in the reference: several guesses, CSS-module prefixes.
  title: [
    '[data-test="job-title"]',
    '[class^="JobDetails_jobTitle"]',
    '[id^="jd-job-title"]',
    'h1',
  ],
  company: ['[data-test="employer-name"]', '[class^="EmployerProfile_employerName"]'],
  location: ['[data-test="location"]', '[class^="JobDetails_location"]'],
  description: [
    '[class*="JobDetails_jobDescription"]',
    '[data-test="jobDescriptionContent"]',
    '.jobDescriptionContent',
    '[data-test="jobDescription"]',
  ],
});
