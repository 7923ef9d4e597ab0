import { numericId, selectorAdapter } from './define';
import { afterAt, segments } from './dom';

export const BOARD_HOST = /^(boards|job-boards)(\.[a-z]{2})?\.greenhouse\.io$/;
const TOKEN = /^[a-z0-9_-]{1,80}$/i;

/** A board token as written in a URL, lower-cased; null when it is not one. */
export function token(s: string | null | undefined): string | null {
  return s && TOKEN.test(s) ? s.toLowerCase() : null;
}

/** `{token}:{jobId}` for /{token}/jobs/{id} or the embed iframe, on a board host. */
function jobId(url: URL): string | null {
  const seg = segments(url);
  if (seg[0] === 'embed') {
    const t = token(url.searchParams.get('for'));
    const id = numericId(url.searchParams.get('token'));
    return t && id ? `${t}:${id}` : null;
  }
  const t = token(seg[0]);
  const id = seg[1] === 'jobs' ? numericId(seg[2]) : null;
  return t && id ? `${t}:${id}` : null;
}

export const greenhouse = selectorAdapter({
  id: 'greenhouse',
  patterns: [
    '*://boards.greenhouse.io/*',
    '*://job-boards.greenhouse.io/*',
    '*://boards.eu.greenhouse.io/*',
    '*://job-boards.eu.greenhouse.io/*',
  ],
  host: BOARD_HOST,
  jobId,
  canonical: (_url, id) => {
    const [t, n] = id.split(':');
    return `https://job-boards.greenhouse.io/${t}/jobs/${n}`;
  },
  title: ['.job__title h1', '.job__title', 'h1.app-title', '#header h1'],
  company: ['span.company-name'],
  cleanCompany: (s) => s.replace(/^at\s+/i, ''),
  // "at Acme" in the classic header; otherwise og:site_name, the page title, then the token.
  companyFallback: (doc, url) =>
    afterAt(doc.title) ?? (BOARD_HOST.test(url.hostname) ? (segments(url)[0] ?? null) : null),
  location: ['.job__location', 'div.location', '#header .location'],
  description: ['.job__description', '#content'],
  exclude: ['#application', '#application_form', '.application--submit'],
});
