import { canonicalize } from '../canonical';
import { allTexts, blockText, fieldText, firstText, meta } from './dom';
import type { SiteAdapter, SiteFields } from './types';

/** A site described as data: URL rules plus selector lists (newest markup generation first). */
export interface SelectorSpec {
  id: string;
  /** Where the declared content script runs; none for sites only a scan reaches. */
  patterns?: readonly string[];
  host: RegExp;
  /** The posting id the URL names; or `idFrom`, a pattern on path + query whose group 1 is the id. */
  jobId?(url: URL, doc: Document): string | null;
  idFrom?: RegExp;
  /** Query parameters that identify the posting; every other one is dropped from the canonical URL. */
  keepParams?: readonly string[];
  /** Canonical URL when it is not just "this URL without extra parameters". */
  canonical?(url: URL, jobId: string): string;
  /** Selectors, newest markup first. Empty lists: the page's JSON-LD and the generic reader apply. */
  title?: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  description?: readonly string[];
  /** The site's own labels ("Full-time", "Hybrid", "Feste Anstellung"): read as posting facts. */
  labels?: readonly string[];
  /** Description is split over several matching sections: join them all. */
  descriptionAll?: boolean;
  /** Elements inside the description to leave out. */
  exclude?: readonly string[];
  /** Company when no node holds it (tenant slug, page title pattern). */
  companyFallback?(doc: Document, url: URL): string | null;
  /** Location when no node holds it (a labelled value, a slug). */
  locationFallback?(doc: Document, url: URL): string | null;
  cleanTitle?(title: string): string;
  cleanCompany?(company: string): string;
  /** The location as read, and the company read beside it (some lines hold both). */
  cleanLocation?(location: string, company: string | null): string;
  renderedJobId?(doc: Document): string | null;
  /**
   * When the page's containers moved (or it is a head-only shell), its og:title and og:description
   * stand in. On by default: the URL names one posting. Off for split views, whose URL names a job
   * while the page may still show a list.
   */
  shell?: boolean;
}

export function selectorAdapter(spec: SelectorSpec): SiteAdapter {
  return {
    id: spec.id,
    patterns: spec.patterns ?? [],
    matches: (url) => spec.host.test(url.hostname),
    jobId: (url, doc) => spec.jobId?.(url, doc) ?? idFrom(spec.idFrom, url),
    canonicalUrl: (url, jobId) =>
      spec.canonical?.(url, jobId) ?? canonicalize(url, spec.keepParams ?? []),
    renderedJobId: spec.renderedJobId,
    shell: spec.shell ?? true,
    extract(doc, url): SiteFields | null {
      const rawTitle = firstText(doc, spec.title ?? []);
      const title = rawTitle && spec.cleanTitle ? spec.cleanTitle(rawTitle) : rawTitle;
      const text = blockText(doc, spec.description ?? [], {
        all: spec.descriptionAll,
        exclude: spec.exclude,
      });
      if (!title && !text) return null;
      const rawLocation =
        (spec.location ? firstText(doc, spec.location, fieldText) : null) ??
        spec.locationFallback?.(doc, url) ??
        null;
      const rawCompany = spec.company ? firstText(doc, spec.company) : null;
      return {
        title,
        text,
        company:
          (rawCompany && (spec.cleanCompany ? spec.cleanCompany(rawCompany) : rawCompany)) ||
          employer(meta(doc, 'og:site_name')) ||
          spec.companyFallback?.(doc, url) ||
          null,
        location:
          (rawLocation && spec.cleanLocation
            ? spec.cleanLocation(rawLocation, rawCompany)
            : rawLocation) || null,
        labels: allTexts(doc, spec.labels ?? []),
      };
    },
  };
}

/** Group 1 of `re` on the URL's path and query: a posting id of at most 200 characters. */
function idFrom(re: RegExp | undefined, url: URL): string | null {
  const id = re?.exec(url.pathname + url.search)?.[1];
  return id && id.length <= 200 ? id : null;
}

/** Job boards and ATS brands: a "company" with one of these names is the platform, not the employer. */
const PLATFORM = new RegExp(
  '^(linkedin|indeed(\\.com)?|dice(\\.com)?|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|workable|' +
    'icims|teamtailor|recruitee|personio|bamboohr|welcome to the jungle|stepstone|wellfound|angellist|' +
    'gradconnection|seek|totaljobs|avature)$',
  'i',
);

/** "Acme Careers", "McDonald's Karriere", "Acme - Jobs": the employer's name before its jobs word. */
const JOBS_TAIL = /(?:\s[|–-])?\s(?:careers?|jobs?|karriere|stellenangebote?)$/i;

/** The name, without a trailing jobs word, unless it is the platform's own. */
export function employer(name: string | null | undefined): string | null {
  const n = name?.replace(JOBS_TAIL, '');
  return n && !PLATFORM.test(n.trim()) ? n : null;
}

/** Digits-only id check, bounded (ids come from URLs a page controls). */
export function numericId(s: string | null | undefined, min = 1): string | null {
  return s && s.length <= 24 && new RegExp(`^\\d{${min},24}$`).test(s) ? s : null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
