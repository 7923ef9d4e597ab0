import { selectorAdapter } from './define';
import { segments } from './dom';

const SLUG = /^[a-z0-9_-]{1,200}$/i;

/** The job slug: /{lang}/companies/{co}/jobs/{slug} or app.…/jobs/{slug}; language is not identity. */
function slug(url: URL): string | null {
  const seg = segments(url);
  const i = seg.indexOf('jobs');
  const s = i >= 0 ? seg[i + 1] : undefined;
  return s && SLUG.test(s) ? s.toLowerCase() : null;
}

export const welcometothejungle = selectorAdapter({
  id: 'welcometothejungle',
  patterns: ['*://www.welcometothejungle.com/*', '*://app.welcometothejungle.com/*'],
  host: /^(www|app)\.welcometothejungle\.com$/,
  jobId: slug,
  canonical: (url) => `https://${url.hostname}${url.pathname.replace(/\/+$/, '')}`,
  // Unconfirmed markup: data-testid section hooks, then structure.
  title: ['[data-testid="job-metadata-block"] h2', 'main h1', 'h1'],
  company: [
    '[data-testid="job-metadata-block"] a[href*="/companies/"] span',
    'a[href*="/companies/"] h3',
  ],
  location: ['[data-testid="job-metadata-block"] [name="location"] + span'],
  description: [
    '[data-testid="job-section-description"], [data-testid="job-section-experience"]',
    '#the-position-section',
    'main',
  ],
  descriptionAll: true,
  companyFallback: (_doc, url) => {
    const seg = segments(url);
    const i = seg.indexOf('companies');
    return i >= 0 ? (seg[i + 1] ?? null) : null;
  },
});
