import { selectorAdapter, UUID } from './define';
import { segments } from './dom';

export const lever = selectorAdapter({
  id: 'lever',
  patterns: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'],
  host: /^jobs(\.eu)?\.lever\.co$/,
  // /{site}/{uuid} and its /apply form are the same posting.
  jobId: (url) => {
    const [site, uuid] = segments(url);
    return site && uuid && UUID.test(uuid) ? `${site.toLowerCase()}:${uuid.toLowerCase()}` : null;
  },
  canonical: (url, id) => `https://${url.hostname}/${id.replace(':', '/')}`,
  title: [
    '.posting-headline h2',
    '.posting-headline h1',
    '[class*="posting-head"] h2',
    '.posting-header h2',
  ],
  // Commitment ("Full time /") and work model ("Hybrid") chips under the title.
  labels: ['.posting-categories .commitment', '.posting-categories .workplaceTypes'],
  location: [
    '.posting-categories .location',
    '.posting-categories .sort-by-time',
    '.posting-categories .workplaceTypes',
  ],
  // Lever writes "{Company} logo" as the header logo's alt text.
  companyFallback: (doc) =>
    doc
      .querySelector('.main-header-logo img[alt]')
      ?.getAttribute('alt')
      ?.replace(/\s+logo$/i, '')
      .trim() || null,
  // The description, each list section (h3 + ul.posting-requirements) and the closing text.
  description: ['.posting-page .section.page-centered', '[data-qa="job-description"]'],
  descriptionAll: true,
  exclude: [
    '.posting-header',
    '.last-section-apply',
    '[data-qa="btn-apply-bottom"]',
    '.postings-btn-wrapper',
  ],
});
