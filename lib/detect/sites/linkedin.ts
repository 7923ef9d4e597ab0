import { numericId, selectorAdapter } from './define';
import { segments } from './dom';

/** The id at the end of `/jobs/view/{id}` or the guest SEO form `/jobs/view/{slug}-at-{co}-{id}`. */
function viewId(url: URL): string | null {
  const seg = segments(url);
  const i = seg.indexOf('view');
  if (seg[i - 1] !== 'jobs' || i < 0) return null;
  return numericId(seg[i + 1]?.split('-').pop(), 6);
}

function idFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const m = /\/jobs\/view\/(?:[a-z0-9%-]{0,200}-)?(\d{6,20})/i.exec(href);
  return m?.[1] ?? null;
}

export const linkedin = selectorAdapter({
  id: 'linkedin',
  // Whole site: LinkedIn moves from the feed to jobs client-side, so a jobs-only match would miss it.
  patterns: ['*://*.linkedin.com/*'],
  host: /(^|\.)linkedin\.com$/,
  // Split views (search, collections) name the selected job in currentJobId; without it no job is shown.
  jobId: (url) => viewId(url) ?? numericId(url.searchParams.get('currentJobId'), 6),
  // A split view: the URL names a job while the pane may still show another, or none.
  shell: false,
  canonical: (_url, id) => `https://www.linkedin.com/jobs/view/${id}/`,
  // The split view's detail pane links its title to the job it shows: it lags the URL while loading.
  renderedJobId: (doc) =>
    idFromHref(
      doc
        .querySelector(
          '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"], .jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
        )
        ?.getAttribute('href'),
    ) ??
    numericId(
      doc
        .querySelector(
          '.jobs-search__job-details--container[data-job-id], .jobs-details [data-job-id]',
        )
        ?.getAttribute('data-job-id'),
      6,
    ),
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    'h1.top-card-layout__title',
    'h1.topcard__title',
    // The guest search page's detail pane titles the open job with an h2 (its h1 is the result count).
    'h2.top-card-layout__title',
    '.jobs-details__main-content h1',
    '.job-view-layout h1',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    // 2023: the company is a link inside the primary description line, before the place.
    '.job-details-jobs-unified-top-card__primary-description-container a[href*="/company/"]',
    '.jobs-unified-top-card__primary-description a[href*="/company/"]',
    '.jobs-company__box a[data-view-name="job-details-about-company-name-link"]',
    'a.topcard__org-name-link',
    'a[data-tracking-control-name="public_jobs_topcard-org-name"]',
  ],
  location: [
    '.job-details-jobs-unified-top-card__tertiary-description-container',
    '.job-details-jobs-unified-top-card__primary-description-container',
    '.jobs-unified-top-card__primary-description',
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
    'span.topcard__flavor--bullet',
  ],
  // "Paris, Île-de-France · 2 days ago · 87 applicants", or in 2023 "Company · Paris · 2 days ago":
  // the location is the first part that is not the company. Mid-2023 the age follows the work model
  // with no dot between them ("Boston, MA (Remote) 6 days ago"): the place ends at that bracket.
  cleanLocation: (s, company) =>
    s.split(/ · |(?<=\)) /).find((part) => part && part !== company) ?? s,
  // Workplace and employment chips, in the UI's language: "Hybride · Temps plein", "Vor Ort".
  labels: [
    '.job-details-fit-level-preferences button',
    '.job-details-preferences-and-skills__pill',
    '.jobs-unified-top-card__workplace-type',
    // The first insight row holds the work model and the hours ("On-site Full-time"), in 2023 and 2024.
    '[class*="unified-top-card__job-insight"]:first-of-type',
    // The guest page's criteria: seniority, then employment type (industries are not labels).
    '.description__job-criteria-item:nth-child(2) .description__job-criteria-text',
    // The same, as the guest page wrote it in 2019.
    '.job-criteria__item:nth-child(2) .job-criteria__text',
  ],
  description: [
    '#job-details',
    '.jobs-description__content',
    '.jobs-box__html-content',
    '.jobs-description-content__text',
    '.show-more-less-html__markup',
  ],
});
