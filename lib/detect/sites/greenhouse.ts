import { canonicalize } from '../canonical';
import { numericId, selectorAdapter } from './define';
import { afterAt, segments } from './dom';
import type { SiteAdapter } from './types';

const BOARD_HOST = /^(boards|job-boards)(\.[a-z]{2})?\.greenhouse\.io$/;
const TOKEN = /^[a-z0-9_-]{1,80}$/i;

/** The board token of an embedded board, read from the Greenhouse iframe the host page loads. */
function embedToken(doc: Document): string | null {
  const src = doc
    .querySelector('iframe[src*="greenhouse.io/embed/"], script[src*="greenhouse.io/embed/"]')
    ?.getAttribute('src');
  if (!src) return null;
  try {
    return new URL(src, 'https://boards.greenhouse.io').searchParams.get('for');
  } catch {
    return null;
  }
}

function token(s: string | null | undefined): string | null {
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

/** `{token}:{jobId}` for a company page with ?gh_jid=. */
function embeddedJobId(url: URL, doc: Document): string | null {
  const id = numericId(url.searchParams.get('gh_jid'));
  // Without the board token the company host stands in: still one key per job on that site.
  return id ? `${token(embedToken(doc)) ?? url.hostname}:${id}` : null;
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

/**
 * Greenhouse also runs on company domains (`?gh_jid=`): matched by parameter, not host. The
 * declared content script is not declared there: only the full detector carries it (index.ts).
 */
export const greenhouseEmbedded: SiteAdapter = {
  ...greenhouse,
  patterns: [],
  jobId: embeddedJobId,
  canonicalUrl: (url) => canonicalize(url, ['gh_jid']),
  // The company's own page around the board: its og: tags describe the company, not the job.
  shell: false,
  matches: (url: URL) => !BOARD_HOST.test(url.hostname) && url.searchParams.has('gh_jid'),
};
