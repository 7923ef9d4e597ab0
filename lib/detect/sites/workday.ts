import { canonicalize } from '../canonical';
import { selectorAdapter } from './define';
import { segments, subdomain } from './dom';

/**
 * Requisition id: what follows the last "_" of the slug after /job/ ("..._R45693", "..._JR-123-1").
 * The slug is the last segment after /job/ that holds a "_": the application steps after it
 * (/apply, /apply/applyManually, /apply/autofillWithResume) name the same posting.
 */
function requisition(url: URL): string | null {
  const seg = segments(url);
  const j = seg.indexOf('job');
  const slug = j < 0 ? null : seg.slice(j + 1).findLast((s) => s.includes('_'));
  const req = slug?.split('_').pop();
  return req && /^[\w-]{2,40}$/.test(req) ? req.toUpperCase() : null;
}

export const workday = selectorAdapter({
  id: 'workday',
  patterns: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'],
  host: /\.(myworkdayjobs|myworkdaysite)\.com$/,
  jobId: (url) => {
    const req = requisition(url);
    return req ? `${subdomain(url).toLowerCase()}:${req}` : null;
  },
  // Locale prefix (/en-US/) and apply steps are the same posting.
  canonical: (url) => {
    const u = new URL(url.href);
    u.pathname = u.pathname
      .replace(/^\/[a-z]{2}-[A-Z]{2}(?=\/)/, '')
      .replace(/\/apply(\/\w+)?\/?$/, '');
    return canonicalize(u, []);
  },
  title: ['[data-automation-id="jobPostingHeader"]'],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  // The header holds the career site's brand; the tenant slug is the last resort.
  // ("Acme Careers": the background keeps the brand, lib/detect/brand.ts).
  companyFallback: (doc, url) =>
    doc.querySelector('[data-automation-id="headerTitle"]')?.textContent?.trim() || subdomain(url),
  // "Full time", "Jornada completa": the engine reads the site's time type as the employment type.
  labels: ['[data-automation-id="time"] dd'],
  cleanLocation: (s) => s.replace(/^locations?\s*/i, ''),
});
