import { numericId, selectorAdapter } from './define';
import { segments, subdomain } from './dom';

export const personio = selectorAdapter({
  id: 'personio',
  patterns: ['*://*.jobs.personio.de/job/*', '*://*.jobs.personio.com/job/*'],
  host: /^[a-z0-9-]{1,63}\.jobs\.personio\.(de|com)$/,
  // /job/{id}; ?language= only switches the translation of the same posting.
  jobId: (url) => {
    const [job, id] = segments(url);
    const n = job === 'job' ? numericId(id) : null;
    return n ? `${subdomain(url).toLowerCase()}:${n}` : null;
  },
  canonical: (url, id) => `https://${url.hostname}/job/${id.split(':')[1]}`,
  title: ['h1'],
  location: ['[data-test-id="job-location"]', '.job-location'],
  description: ['[data-test-id="job-description"]', '.job-description', '#job-details', 'main'],
  exclude: ['form', 'footer', 'nav'],
  companyFallback: (_doc, url) => subdomain(url),
});
