import { selectorAdapter } from './define';

const KEY = /^[0-9a-zA-Z]{8,32}$/;

function key(s: string | null): string | null {
  return s && KEY.test(s) ? s.toLowerCase() : null;
}

export const indeed = selectorAdapter({
  id: 'indeed',
  patterns: ['*://*.indeed.com/*'],
  host: /(^|\.)indeed\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/,
  // viewjob?jk= is the posting page; the search split view names the shown job in vjk.
  jobId: (url) =>
    key(
      url.pathname.startsWith('/viewjob') || url.pathname.startsWith('/rc/clk')
        ? url.searchParams.get('jk')
        : null,
    ) ?? key(url.searchParams.get('vjk')),
  // A split view: the URL names a job while the pane may still show another, or none.
  shell: false,
  canonical: (url, id) => `https://${url.hostname}/viewjob?jk=${id}`,
  title: [
    'h1[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
    '[data-testid="jobDetailTitle"]',
  ],
  // Screen-reader suffix "- job post" sits inside the title node.
  cleanTitle: (t) => t.replace(/\s*-\s*job post$/i, ''),
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '[data-testid="jobDetailSubtitle"]',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '.jobsearch-JobInfoHeader-subtitle > div:last-child',
  ],
  // "Permanent, Full-time" under the header, the job-type tiles, and "Hybrid work" by the place.
  labels: [
    '#salaryInfoAndJobType span',
    '[aria-label="Job type"] li',
    '[data-testid="inlineHeader-companyLocation"] + div',
  ],
  description: [
    '#jobDescriptionText',
    '.jobsearch-jobDescriptionText',
    '[data-testid="jobDetailDescription"]',
    '.jobsearch-JobComponent-description',
  ],
});
