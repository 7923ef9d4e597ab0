import { selectorAdapter } from './define';
import { segments } from './dom';

const CODE = /^[0-9A-F]{6,16}$/i;

export const workable = selectorAdapter({
  id: 'workable',
  patterns: ['*://apply.workable.com/*'],
  host: /^apply\.workable\.com$/,
  // /{account}/j/{SHORTCODE}/ and the account-less /j/{SHORTCODE}: the shortcode alone names the job.
  jobId: (url) => {
    const seg = segments(url);
    const code = seg[seg.indexOf('j') + 1];
    return seg.includes('j') && code && CODE.test(code) ? code.toUpperCase() : null;
  },
  canonical: (_url, id) => `https://apply.workable.com/j/${id}`,
  title: ['h1[data-ui="job-title"]', 'main h1'],
  location: ['[data-ui="job-location"]'],
  description: [
    '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]',
    'main[class*="job-preview-styles__preview"]',
  ],
  descriptionAll: true,
  // Served as an app shell: until it renders, og:title and og:description are all there is.
  shell: true,
  companyFallback: (_doc, url) => {
    const first = segments(url)[0];
    return first && first !== 'j' ? first : null;
  },
});
