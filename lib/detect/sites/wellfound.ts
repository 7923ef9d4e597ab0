import { numericId, selectorAdapter } from './define';
import { afterAt, segments } from './dom';

export const wellfound = selectorAdapter({
  id: 'wellfound',
  patterns: ['*://wellfound.com/*'],
  host: /^(www\.)?wellfound\.com$/,
  // /jobs/{numericId}-{slug}; /jobs/list/... is a list.
  jobId: (url) => {
    const [jobs, rest] = segments(url);
    return jobs === 'jobs' ? numericId(rest?.split('-')[0], 4) : null;
  },
  canonical: (_url, id) => `https://wellfound.com/jobs/${id}`,
  title: ['h1'],
  location: ['[class*="styles_location"]'],
  description: ['.job-details', '[class*="styles_description"]'],
  // Page titles read "{title} at {company} • Wellfound".
  companyFallback: (doc) => afterAt(doc.title.split(' • ')[0] ?? null),
});
