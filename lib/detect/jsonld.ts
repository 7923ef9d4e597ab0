import { parseHttpUrl, samePage } from './canonical';
import { decodeEntities, descriptionToText } from './html-text';
import { isObject, type JsonObject, list, nameOf, str } from './json';
import { tidyPlaces } from './place-codes';

/** Fields of a schema.org JobPosting (from JSON-LD or microdata). */
export interface StructuredPosting {
  title: string | null;
  company: string | null;
  location: string | null;
  text: string | null;
  /** The posting's own URL, when it names one: tells whether it describes this page. */
  url: string | null;
  /** The JSON-LD object itself (microdata: null). */
  raw: JsonObject | null;
  /** Microdata only: its typed fields (work model, contract) named as in JSON-LD. */
  typed?: JsonObject | null;
}

const MAX_DEPTH = 8;

function isJobPosting(o: JsonObject): boolean {
  return list(o['@type']).some(
    (t) => typeof t === 'string' && t.replace(/^https?:\/\/schema\.org\//i, '') === 'JobPosting',
  );
}

/** JSON.parse, then one lenient retry for what hand-built career sites emit. */
export function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Raw newlines/tabs inside strings are invalid JSON; as spaces they are harmless.
    const cleaned = text
      .replace(/^\s*(<!--|\/\/\s?<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s?\]\]>)\s*$/, '')
      .replace(/\s/g, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c))
      .replace(/,(\s{0,50}[}\]])/g, '$1');
    try {
      return JSON.parse(cleaned);
    } catch {
      return undefined;
    }
  }
}

/** Every JobPosting object in the value: top-level arrays, `@graph`, `mainEntity`, item lists. */
function collect(node: unknown, out: JsonObject[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  if (isJobPosting(node)) out.push(node);
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) {
    if (key in node) collect(node[key], out, depth + 1);
  }
}

function place(p: unknown): string | null {
  if (!isObject(p)) return str(p);
  const address = p.address;
  if (!isObject(address)) return str(address) ?? str(p.name);
  const parts = [
    str(address.addressLocality),
    str(address.addressRegion),
    nameOf(address.addressCountry),
  ].filter((s): s is string => s !== null);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : str(p.name);
}

function location(o: JsonObject): string | null {
  const places = list(o.jobLocation)
    .map(place)
    .filter((s): s is string => s !== null);
  const remote = list(o.jobLocationType).some((t) => t === 'TELECOMMUTE');
  if (remote) {
    const where = list(o.applicantLocationRequirements)
      .map(nameOf)
      .filter((s): s is string => s !== null);
    places.unshift(where.length > 0 ? `Remote (${where.join(', ')})` : 'Remote');
  }
  return places.length > 0 ? places.join('; ') : null;
}

export function fromJsonLd(raw: JsonObject): StructuredPosting {
  const o = tidyPlaces(raw);
  const description = str(o.description);
  const title = str(o.title) ?? str(o.name);
  const company = nameOf(o.hiringOrganization);
  return {
    // Titles and names are also entity-encoded on some sites ("R&amp;D Engineer").
    title: title && decodeEntities(title),
    company: company && decodeEntities(company),
    location: location(o),
    text: description ? descriptionToText(description) || null : null,
    url: str(o.url),
    raw: o,
  };
}

/** All JobPosting objects in the page's JSON-LD blocks; blocks that fail to parse are skipped. */
export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    const type = script.getAttribute('type')?.toLowerCase() ?? '';
    if (!type.includes('ld+json')) continue;
    const text = script.textContent ?? '';
    // Cheap filter before parsing: most blocks are Organization / BreadcrumbList.
    if (!text.includes('JobPosting')) continue;
    collect(parseLoose(text), out);
  }
  return out;
}

/**
 * Whether a posting's own URL is this page. A list page (or another job's page) may carry the
 * JSON-LD of a different job: its `url` then names that job, not this page.
 */
export function describesPage(
  postingUrl: string | null,
  page: URL,
  jobId: string | null,
  canonicalLink: string | null,
): boolean {
  if (!postingUrl) return true;
  const u = parseHttpUrl(new URL(postingUrl, page).href);
  if (!u) return true;
  const idPart = jobId?.split(':').pop();
  if (idPart) return u.href.toLowerCase().includes(idPart.toLowerCase());
  const same = (other: URL) =>
    samePage(u, other) &&
    (u.search === '' || u.searchParams.toString() === other.searchParams.toString());
  const canonical = canonicalLink ? parseHttpUrl(new URL(canonicalLink, page).href) : null;
  return same(page) || (canonical !== null && same(canonical));
}

/** The JobPosting that describes this page, or null (none, or only other jobs, or a list of them). */
export function jsonLdPosting(
  doc: Document,
  page: URL,
  jobId: string | null,
): StructuredPosting | null {
  const all = readJsonLd(doc);
  if (all.length === 0) return null;
  const canonicalLink = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const postings = all.map(fromJsonLd);
  const mine = postings.filter((p) => describesPage(p.url, page, jobId, canonicalLink));
  // Several postings that cannot be told apart: a list page, not one posting.
  if (mine.length !== 1) {
    const withUrl = mine.filter((p) => p.url !== null);
    return withUrl.length === 1 ? (withUrl[0] ?? null) : null;
  }
  return mine[0] ?? null;
}
