import type { PageCapture } from '../schema/capture';
import { LIMITS } from '../schema/limits';
import { canonicalize, parseHttpUrl, urlKey } from './canonical';
import { extensions } from './extensions';
import { jsonLdPosting, type StructuredPosting } from './jsonld';
import { microdataPosting } from './microdata';
import { headDescription, headTitle, pageCompany, splitHeadTitle } from './page-meta';
import { ADAPTERS, adapterFor, type SiteAdapter, type SiteFields } from './sites';
import { employer } from './sites/define';

/** Manifest match patterns of every known job site (the content script's `matches`). */
export const JOB_SITE_MATCHES: readonly string[] = [
  ...new Set(ADAPTERS.flatMap((a) => a.patterns)),
];

/** Below this, DOM text is a teaser or a loading placeholder; JSON-LD's description wins. */
const SUBSTANTIAL_TEXT = 200;

export interface PageIdentity {
  site: string;
  jobKey: string;
  canonicalUrl: string;
}

/**
 * Identity of the job the URL names on a known site, without reading the page body: cheap enough
 * to run on every DOM mutation. Null on other sites and on known-site pages that are not a posting.
 */
export function pageIdentity(doc: Document, url: string): PageIdentity | null {
  const u = parseHttpUrl(url);
  const adapter = u && adapterFor(u);
  const id = u && adapter?.jobId(u, doc);
  if (!u || !adapter || !id) return null;
  return {
    site: adapter.id,
    jobKey: `${adapter.id}:${id}`,
    canonicalUrl: adapter.canonicalUrl(u, id),
  };
}

function clip(s: string | null | undefined, max: number): string | null {
  if (!s) return null;
  return s.length > max ? s.slice(0, max) : s;
}

/** JSON text, or null for a value nested too deep to serialise (a hostile page's JSON-LD). */
function stringify(value: unknown): string | null {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function serialise(raw: StructuredPosting['raw'] | undefined): string | null {
  if (!raw) return null;
  const full = stringify(raw);
  if (full !== null && full.length <= LIMITS.jsonLd) return full;
  // The description is also in `text`; without it the structured fields still fit.
  const { description: _omit, ...rest } = raw;
  const slim = stringify(rest);
  return slim !== null && slim.length <= LIMITS.jsonLd ? slim : null;
}

function pickText(site: SiteFields | null, structured: StructuredPosting | null): string | null {
  const domText = site?.text ?? null;
  if (domText && (domText.length >= SUBSTANTIAL_TEXT || !structured?.text)) return domText;
  return structured?.text ?? domText;
}

/** True when the page shows a job other than the one its URL names (split view still loading). */
function isStale(adapter: SiteAdapter, doc: Document, jobId: string): boolean {
  const rendered = adapter.renderedJobId?.(doc);
  return rendered != null && rendered !== jobId;
}

/** A head-only shell's summary below this is a teaser too short to stand for the posting. */
const SHELL_TEXT = 80;
/** A JSON-LD text below this may be one section of the posting the page shows. */
const PARTIAL_TEXT = 2000;

/**
 * The posting shown by this page, or null. Order: JSON-LD, microdata, site adapter, generic
 * fallback; structured title/company/location win, the adapter's rendered text usually wins.
 * On a known site whose URL names a job, a description container that moved falls back to the
 * generic reader under the site's identity, and a head-only shell to the page's og: tags.
 */
export function detect(doc: Document, url: string): PageCapture | null {
  const page = parseHttpUrl(url);
  if (!page || url.length > LIMITS.url) return null;
  const adapter = adapterFor(page);
  const jobId = adapter?.jobId(page, doc) ?? null;
  // A known site's page that names no job (a search list, a company page) is not a posting.
  if (adapter && (!jobId || isStale(adapter, doc, jobId))) return null;

  const structured = jsonLdPosting(doc, page, jobId) ?? microdataPosting(doc);
  const site = adapter?.extract(doc, page) ?? null;
  const found = pickText(site, structured);
  // A careers page's JSON-LD may hold one section of what the page shows (no offer, no hours): the
  // page's own posting, under the same title and at least twice as long, is read instead. Only a
  // short JSON-LD text is checked so: the generic reader is the costly part of a page's detection.
  const generic = (found ? !adapter && found.length < PARTIAL_TEXT : adapter || !structured)
    ? (extensions.generic?.(doc, page) ?? null)
    : null;
  const shell =
    !found && !generic && adapter && (adapter.shell || site?.title) ? headDescription(doc) : null;

  const fuller =
    found &&
    generic &&
    generic.title === structured?.title &&
    generic.text.length > 2 * found.length;
  const text =
    (fuller ? generic.text : found) ??
    generic?.text ??
    (shell && shell.length >= SHELL_TEXT ? shell : null);
  if (!text) return null;

  const canonicalUrl = adapter && jobId ? adapter.canonicalUrl(page, jobId) : canonicalize(page);
  const jobKey = adapter && jobId ? `${adapter.id}:${jobId}` : urlKey(canonicalUrl);
  if (canonicalUrl.length > LIMITS.url || jobKey.length > LIMITS.url) return null;
  const title = structured?.title ?? site?.title ?? generic?.title ?? null;
  const head = title
    ? null
    : splitHeadTitle(headTitle(doc), null, site?.company ?? page.pathname.split('/')[1]);
  const company =
    employer(structured?.company) ??
    site?.company ??
    generic?.company ??
    (adapter ? pageCompany(doc, page, title ?? head?.title ?? null) : null);
  const location = structured?.location ?? site?.location ?? generic?.location ?? null;
  const labels = (site ? site.labels : extensions.labels?.(doc))
    ?.map((l) => l.slice(0, LIMITS.label))
    .slice(0, LIMITS.labels);
  return {
    url,
    canonicalUrl,
    jobKey,
    site: adapter?.id ?? 'generic',
    detectedBy: structured
      ? structured.raw
        ? 'jsonld'
        : 'microdata'
      : site?.text
        ? 'adapter'
        : 'generic',
    title: clip(title ?? head?.title, LIMITS.short),
    company: clip(company, LIMITS.short),
    location: clip(location, LIMITS.short),
    text: text.slice(0, LIMITS.text),
    jsonLd: serialise(structured?.raw ?? structured?.typed),
    ...(labels?.length ? { labels } : {}),
  };
}
