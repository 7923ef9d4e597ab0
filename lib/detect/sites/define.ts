import { canonicalize } from '../canonical';
import { blockText, firstText, meta } from './dom';
import type { SiteAdapter, SiteFields } from './types';

/** A site described as data: URL rules plus selector lists (newest markup generation first). */
export interface SelectorSpec {
  id: string;
  patterns: readonly string[];
  host: RegExp;
  jobId(url: URL, doc: Document): string | null;
  /** Query parameters that identify the posting; every other one is dropped from the canonical URL. */
  keepParams?: readonly string[];
  /** Canonical URL when it is not just "this URL without extra parameters". */
  canonical?(url: URL, jobId: string): string;
  title: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  description: readonly string[];
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
  cleanLocation?(location: string): string;
  renderedJobId?(doc: Document): string | null;
}

export function selectorAdapter(spec: SelectorSpec): SiteAdapter {
  return {
    id: spec.id,
    patterns: spec.patterns,
    matches: (url) => spec.host.test(url.hostname),
    jobId: (url, doc) => spec.jobId(url, doc),
    canonicalUrl: (url, jobId) =>
      spec.canonical?.(url, jobId) ?? canonicalize(url, spec.keepParams ?? []),
    renderedJobId: spec.renderedJobId,
    extract(doc, url): SiteFields | null {
      const rawTitle = firstText(doc, spec.title);
      const title = rawTitle && spec.cleanTitle ? spec.cleanTitle(rawTitle) : rawTitle;
      const text = blockText(doc, spec.description, {
        all: spec.descriptionAll,
        exclude: spec.exclude,
      });
      if (!title || !text) return null;
      const rawLocation = spec.location ? firstText(doc, spec.location) : null;
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
          (rawLocation && spec.cleanLocation ? spec.cleanLocation(rawLocation) : rawLocation) ||
          spec.locationFallback?.(doc, url) ||
          null,
      };
    },
  };
}

/** Job boards and ATS brands: a "company" with one of these names is the platform, not the employer. */
const PLATFORM =
  /^(linkedin|indeed(\.com)?|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|workable|icims|teamtailor|recruitee|personio|bamboohr|welcome to the jungle|stepstone|wellfound|angellist)$/i;

/** The name unless it is the platform's own. */
export function employer(name: string | null | undefined): string | null {
  return name && !PLATFORM.test(name.trim()) ? name : null;
}

/** Digits-only id check, bounded (ids come from URLs a page controls). */
export function numericId(s: string | null | undefined, min = 1): string | null {
  return s && s.length <= 24 && new RegExp(`^\\d{${min},24}$`).test(s) ? s : null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
