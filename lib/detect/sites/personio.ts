import { numericId, selectorAdapter } from './define';
import { segments, subdomain } from './dom';

/**
 * The <title>'s last part, three words at least: "Lagerist (m/w/d) | Jobs bei Acme GmbH" → "Jobs bei
 * Acme GmbH"; an account with no company name shows a bare "Jobs bei", which names nobody.
 */
const TITLE_EMPLOYER = / \| ([^| ]+ [^| ]+ [^|]{1,80})$/;

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
  // Saved pages of 2026 show the offices in `TruncatedLocations_locationText__<hash>` (CSS modules);
  // a shorter part of that name keeps the content script within its budget (scripts/bench-detect.ts).
  location: ['[class*=ocations_locationT]'],
  description: ['[data-test-id="job-description"]', '.job-description', 'main'],
  exclude: ['form', 'footer', 'nav'],
  // With no employer in the page's data, its <title> names it ("… | Jobs bei Acme GmbH", "… | Jobs at
  // Acme"), else the tenant slug. Sent as shown: the background reads "Jobs bei X" as X (brand.ts).
  companyFallback: (doc, url) => TITLE_EMPLOYER.exec(doc.title)?.[1] ?? subdomain(url),
});
