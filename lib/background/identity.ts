import { canonicalize, parseHttpUrl, urlKey } from '../detect/canonical';
import { adapterFor } from '../detect/sites';

/** Who a capture is about, as the background decides it. */
export interface SenderIdentity {
  site: string;
  jobKey: string;
  canonicalUrl: string;
}

/**
 * A document with nothing in it. Site adapters read the job id from the URL; the one that also
 * looks at the page (a Greenhouse board named by an embed script) then falls back to the host, so
 * an embed on a foreign host is keyed under that host and never under the board it names.
 */
const NOTHING = {
  querySelector: () => null,
  querySelectorAll: () => [],
} as unknown as Document;

/**
 * The job key, canonical URL and site of the page at `url`, derived from the address the browser
 * reports for the sending tab or frame and never from what the page says about itself: a page can
 * only ever write the record of its own address. Null when `url` is not a web address, or is a
 * known site's page that names no job.
 */
export function identityOf(url: string): SenderIdentity | null {
  const page = parseHttpUrl(url);
  if (!page) return null;
  const adapter = adapterFor(page);
  if (adapter) {
    // A known site's page that names no job (a search list) is not a posting.
    const id = adapter.jobId(page, NOTHING);
    if (!id) return null;
    const canonicalUrl = adapter.canonicalUrl(page, id);
    return { site: adapter.id, jobKey: `${adapter.id}:${id}`, canonicalUrl };
  }
  const canonicalUrl = canonicalize(page);
  return { site: 'generic', jobKey: urlKey(canonicalUrl), canonicalUrl };
}

/** Sites whose postings really live in a frame: the iCIMS job frame and Greenhouse's embed. */
export const FRAME_SITES: readonly string[] = ['icims', 'greenhouse'];

/**
 * A frame may send a capture only from one of those sites, matched by its host (the adapter for
 * Greenhouse boards embedded on company hosts matches any host by parameter: it declares no
 * patterns, and a frame on an arbitrary host is not a posting's home).
 */
export function isPostingFrame(url: string): boolean {
  const page = parseHttpUrl(url);
  const adapter = page && adapterFor(page);
  return !!adapter && FRAME_SITES.includes(adapter.id) && adapter.patterns.length > 0;
}
