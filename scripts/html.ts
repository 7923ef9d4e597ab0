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

/** `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`. */
const DECLARED_CHARSET = /<meta[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?([\w-]{2,40})/i;

/**
 * A saved page's text as a browser decodes it: in the encoding its head declares (a 2017 Chinese
 * board serves GBK), else UTF-8. Only the first bytes are searched, as browsers do; a label the
 * platform does not know is read as UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = DECLARED_CHARSET.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
