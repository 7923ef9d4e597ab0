import { numericId, selectorAdapter } from './define';
import { segments, subdomain } from './dom';

export const teamtailor = selectorAdapter({
  id: 'teamtailor',
  patterns: ['*://*.teamtailor.com/jobs/*'],
  // career.teamtailor.com is Teamtailor's own site, not a customer board.
  host: /^(?!career\.)[a-z0-9-]{1,63}\.teamtailor\.com$/,
  // /jobs/{numericId}-{slug}: the slug may be reworded, the number stays.
  jobId: (url) => {
    const seg = segments(url);
    const id = seg[0] === 'jobs' ? numericId(seg[1]?.split('-')[0]) : null;
    return id ? `${subdomain(url).toLowerCase()}:${id}` : null;
  },
  canonical: (url, id) => `https://${url.hostname}/jobs/${id.split(':')[1]}`,
  // Markup hooks are unconfirmed (JSON-LD usually answers first); these follow the public theme.
  title: ['[data-controller="job-title"]', 'main h1', 'h1'],
  location: ['[data-controller="job-location"]', '.job-location'],
  description: ['[data-controller="job-description"]', '.prose', '[class*="job-description"]'],
  companyFallback: (_doc, url) => subdomain(url),
});
