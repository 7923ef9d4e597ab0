import { selectorAdapter, UUID } from './define';
import { labelled, segments } from './dom';

export const ashby = selectorAdapter({
  id: 'ashby',
  patterns: ['*://jobs.ashbyhq.com/*'],
  host: /^jobs\.ashbyhq\.com$/,
  jobId: (url) => {
    const [org, uuid] = segments(url);
    return org && uuid && UUID.test(uuid) ? `${org.toLowerCase()}:${uuid.toLowerCase()}` : null;
  },
  canonical: (_url, id) => `https://jobs.ashbyhq.com/${id.replace(':', '/')}`,
  title: ['.ashby-job-posting-heading', 'h1[class*="_title"]', 'main h1'],
  description: ['.ashby-job-posting-description', '[class*="_descriptionText"]'],
  companyFallback: (doc, url) => doc.title.split(' @ ')[1]?.trim() || segments(url)[0] || null,
  location: ['.ashby-job-posting-location'],
  // The left pane lists "Location", "Employment Type"... as heading + value pairs.
  locationFallback: (doc) =>
    labelled(doc, '.ashby-job-posting-left-pane h2', /^(location|standort|lieu|ubicación)$/i),
  labelsFallback: (doc) => {
    const shown = [WORKPLACE_LABEL, EMPLOYMENT_LABEL]
      .map((label) => labelled(doc, '.ashby-job-posting-left-pane h2', label))
      .filter((v): v is string => v !== null);
    return shown.length > 0 ? shown : appDataLabels(doc);
  },
});

/** The left pane's "Location Type" and "Employment Type" headings. */
const WORKPLACE_LABEL = /^location type$/i;
const EMPLOYMENT_LABEL = /^employment type$/i;

/** The app data's values as the page shows them. */
const SHOWN: Record<string, string> = {
  OnSite: 'On-site',
  Hybrid: 'Hybrid',
  Remote: 'Remote',
  FullTime: 'Full time',
  PartTime: 'Part time',
  Intern: 'Internship',
  Contract: 'Contract',
  Temporary: 'Temporary',
};

const APP_FIELD = /"(workplaceType|employmentType)":"(\w{1,20})"/g;

/**
 * A head-only page (server HTML before the app renders) holds the posting in `window.__appData`:
 * its work model and contract, as the left pane would show them. The first value of each field
 * is the posting's; the JSON itself is not parsed (it can be large).
 */
function appDataLabels(doc: Document): string[] {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('window.__appData')) continue;
    const seen = new Map<string, string>();
    for (const [, field, value] of text.matchAll(APP_FIELD)) {
      const shown = value ? SHOWN[value] : undefined;
      if (field && shown && !seen.has(field)) seen.set(field, shown);
      if (seen.size === 2) break;
    }
    return [...seen.values()];
  }
  return [];
}
