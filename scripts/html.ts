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

function isHttp(u: string | null | undefined): u is string {
  return !!u && /^https?:\/\//i.test(u);
}

/** The URL detection should see for this document. */
export function pageUrl(doc: Document, url: string): string {
  if (isHttp(url)) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (isHttp(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (isHttp(og)) return og;
  const path = url.startsWith('file:') ? new URL(url).pathname : `/${url.replace(/^\/+/, '')}`;
  return `https://file.invalid${encodeURI(decodeURI(path))}`;
}
