/**
 * Canonical posting URLs and stable job keys, so the same job opened twice, in two tabs or through
 * two URL forms is one record.
 */

/** Query parameters that only say how the visitor arrived. */
const TRACKING = new Set([
  'gclid',
  'gbraid',
  'wbraid',
  'fbclid',
  'msclkid',
  'dclid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'trk',
  'trkinfo',
  'refid',
  'trackingid',
  'position',
  'pagenum',
  'src',
  'source',
  'ref',
  'referrer',
  'lever-origin',
  'lever-source',
  'gh_src',
  'iis',
  'iisn',
  'mode',
  'codes',
  '__jvst',
  '__jvsd',
  'from',
  'campaign',
  'ebp',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.has(n) || n.startsWith('utm_');
}

export function parseHttpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * Default canonical form: https, lower-case host, no fragment, tracking parameters removed, the rest
 * sorted. With `keep`, only those parameters survive (a site whose URL is known).
 */
export function canonicalize(url: URL, keep?: readonly string[]): string {
  const u = new URL(url.href);
  u.hash = '';
  if (u.protocol === 'http:') u.protocol = 'https:';
  const params = [...u.searchParams].filter(([k]) => (keep ? keep.includes(k) : !isTracking(k)));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(params).toString();
  return u.href;
}

/** Key for a page without a site id: the canonical URL itself. */
export function urlKey(canonicalUrl: string): string {
  return `url:${canonicalUrl}`;
}

/** host + path, `www.` and trailing slash dropped: compares two URLs of the same page. */
export function samePage(a: URL, b: URL): boolean {
  const norm = (u: URL) =>
    `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  return norm(a) === norm(b);
}
