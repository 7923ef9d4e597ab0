/**
 * Canonical posting URLs and stable job keys, so the same job opened twice, in two tabs or through
 * two URL forms is one record.
 */

/**
 * Query parameters known to say only how the visitor arrived (ad clicks, newsletters, ATS source
 * tags). Used on hosts without a site adapter, where any other parameter may name the job: when in
 * doubt a parameter is kept. Two records of one job can be merged by the user; one record of two
 * jobs (`?position=42` and `?position=43`) loses one of them.
 */
const TRACKING = new Set([
  // Ad and social click ids.
  'gclid',
  'gclsrc',
  'gbraid',
  'wbraid',
  'dclid',
  'fbclid',
  'msclkid',
  'yclid',
  'ttclid',
  'twclid',
  'li_fat_id',
  'igshid',
  '_gl',
  // Newsletters and marketing automation (Mailchimp, HubSpot, Marketo).
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  // Job-board and ATS source tags.
  'trk',
  'trkinfo',
  'trackingid',
  'refid',
  'lever-origin',
  'lever-source',
  'gh_src',
  'iis',
  'iisn',
  '__jvst',
  '__jvsd',
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
