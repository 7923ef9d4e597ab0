import { selectorAdapter } from './define';

/** The StepStone platform's page hooks (`data-at`), shared by its brands (Totaljobs). */
export const STEPSTONE_PAGE = {
  title: ['[data-at="header-job-title"]', 'h1'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  // "Vollzeit", "Feste Anstellung", "Homeoffice möglich": the work type and contract chips.
  labels: ['[data-at="metadata-work-type"]', '[data-at="metadata-contract-type"]'],
  description: ['[data-at="job-ad-content"]', '[data-at^="section-text-"]'],
};

export const stepstone = selectorAdapter({
  id: 'stepstone',
  patterns: [
    '*://www.stepstone.de/*',
    '*://www.stepstone.at/*',
    '*://www.stepstone.be/*',
    '*://www.stepstone.nl/*',
  ],
  host: /^www\.stepstone\.[a-z]{2}$/,
  // /stellenangebote--{slug}--{id}-inline.html: the number before "-inline" / ".html".
  jobId: (url) => {
    if (!url.pathname.startsWith('/stellenangebote--')) return null;
    const m = /--(\d{5,12})(?:-[a-z]{1,12})?\.html$/.exec(url.pathname);
    return m?.[1] ?? null;
  },
  ...STEPSTONE_PAGE,
});
