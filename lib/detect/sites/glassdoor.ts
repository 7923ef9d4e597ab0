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
  // The short (/job-listing/j?jl=) and SEO forms carry the listing id in jl, and so does a search
  // page (/Job/…SRCH…htm?jl=) once a job is open in its pane. Identity comes from the URL only.
  jobId: (url) => numericId(url.searchParams.get('jl'), 5),
  // The pane's title carries the id of the job it shows (jd-job-title-{id}); while it still shows
  // the previous job after a click, nothing is captured.
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
