import { parseHTML } from 'linkedom';
import { detect } from '../lib/detect';
import type { PageCapture } from '../lib/schema';

/**
 * The content script's detection on an HTML file, for the CLI (`npm run extract -- page.html`).
 *
 * `url` should be the address the page was saved from (e.g. a `--url` flag). A `file:` URL is
 * accepted: the page's own `<link rel="canonical">` or `og:url` then stands in, so site adapters
 * still match saved LinkedIn/Greenhouse pages; without either, the file path is placed under the
 * reserved host `file.invalid` and only JSON-LD, microdata and the generic fallback can apply.
 */
export function captureFromHtml(html: string, url: string): PageCapture | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return detect(doc, pageUrl(doc, url));
}

const HTTP = /^https?:\/\//i;

function httpOrNull(u: string | null | undefined): string | null {
  return u && HTTP.test(u) ? u : null;
}

/** The URL detection should see for this document. */
export function pageUrl(doc: Document, url: string): string {
  const named =
    httpOrNull(url) ??
    httpOrNull(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    httpOrNull(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  if (named) return named;
  const path = url.startsWith('file:') ? new URL(url).pathname : `/${url.replace(/^\/+/, '')}`;
  return `https://file.invalid${encodeURI(decodeURI(path))}`;
}
