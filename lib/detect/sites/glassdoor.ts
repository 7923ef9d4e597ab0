import { numericId, selectorAdapter } from './define';

/** The listing id of the job the detail pane shows, from its title's id. */
function paneId(doc: Document): string | null {
  const id = doc.querySelector('h1[id^="jd-job-title-"]')?.id ?? '';
  return numericId(id.slice('jd-job-title-'.length), 5);
}

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
  // Both the short (/job-listing/j?jl=) and the SEO form carry the listing id in jl. A search page
  // (/Job/…SRCH…htm) shows the open job in a pane whose title carries its id: jd-job-title-{id}.
  jobId: (url, doc) =>
    numericId(url.searchParams.get('jl'), 5) ??
    (/^\/job\//i.test(url.pathname) ? paneId(doc) : null),
  // The pane lags the list while it loads: capture only the job the URL names.
  renderedJobId: paneId,
  // A split view: the URL names a job while the pane may still show another, or none.
  shell: false,
  canonical: (url, id) => `https://${url.hostname}/job-listing/j?jl=${id}`,
  // Title and company hooks are unconfirmed in the reference: several guesses, CSS-module prefixes.
  title: [
    'h1[id^="jd-job-title-"]',
    '[data-test="job-title"]',
    '[class^="JobDetails_jobTitle"]',
    '[id^="jd-job-title"]',
    'h1',
  ],
  company: [
    '[data-test="employer-name"]',
    '[data-test="job-details-header"] [class*="EmployerProfile_employerNameHeading"] h4',
    '[class*="EmployerProfile_employerNameHeading"] h4',
    '[class^="EmployerProfile_employerName"]',
  ],
  location: ['[data-test="location"]', '[class^="JobDetails_location"]'],
  description: [
    '[class*="JobDetails_jobDescription"]',
    '[data-test="jobDescriptionContent"]',
    '.jobDescriptionContent',
    '[data-test="jobDescription"]',
  ],
});
