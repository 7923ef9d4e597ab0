import { canonicalize } from '../canonical';
import { numericId } from './define';
import { BOARD_HOST, greenhouse, token } from './greenhouse';
import type { SiteAdapter } from './types';

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

/** `{token}:{jobId}` for a company page with ?gh_jid=. */
function embeddedJobId(url: URL, doc: Document): string | null {
  const id = numericId(url.searchParams.get('gh_jid'));
  // Without the board token the company host stands in: still one key per job on that site.
  return id ? `${token(embedToken(doc)) ?? url.hostname}:${id}` : null;
}

/**
 * Greenhouse also runs on company domains (`?gh_jid=`): matched by parameter, not host. The
 * declared content script is not declared there: only the full detector carries it (../index.ts).
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
