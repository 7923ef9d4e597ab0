import { employer } from './sites/define';
import { meta } from './sites/dom';
import { inlineText } from './text';
import { isJobTitle } from './words';

/**
 * What a page's head says about the posting when its body does not: the document title's pattern
 * ("Title | Company | LinkedIn", "Title - Company", "Title at Company"), the logo's alt text and a
 * brand made from the hostname. Never the bare hostname, never text inside <style> or <script>.
 */

/**
 * Job-site names that end a document title ("… | LinkedIn"), and an apply form's "Easy apply -
 * …": the site or the step, not the employer.
 */
const SITE_PART =
  /^(?:linkedin|indeed|glassdoor|stepstone|monster|dice|seek|xing|reed|naukri|infojobs|bayt|\S{2,20}\.(?:com|ch|co\.uk)|job details|(?:easy )?apply|careers?|jobs?|karriere|stellenangebote?|emploi|empleo|vacatures?|\d{1,12})$/i;

export interface HeadTitle {
  title: string | null;
  company: string | null;
}

function same(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const x = n(a);
  const y = n(b);
  return x.length > 0 && (x === y || y.includes(x));
}

/**
 * Title and company from a document title. `knownTitle` (the page's heading) or `companyHint`
 * (the tenant a hosted board's URL names) tells the parts apart when the order is "Company - Title".
 */
export function splitHeadTitle(
  full: string | null,
  knownTitle?: string | null,
  companyHint?: string | null,
): HeadTitle {
  const s = full?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '';
  if (!s) return { title: null, company: null };
  // "Recordly hiring Data Engineer in Tampere, Finland | LinkedIn"
  const hiring = /^(.{1,80}?) hiring (.{1,150}?)(?: in .{1,80}?)?(?: \| .{1,30})?$/.exec(s);
  if (hiring?.[1] && hiring[2]) return { title: hiring[2], company: hiring[1] };
  const parts = s
    .split(/\s[|–—·]\s|\s-\s/)
    .map((p) => p.trim())
    .filter((p) => p && !SITE_PART.test(p))
    .slice(0, 6);
  if (parts.length === 1) {
    // "Job Application for Line Cook at Acme Diner", "Line Cook at Acme Diner", "Line Cook @ Acme",
    // "Product Engineer at Attio in London, UK" (the place after the company is no part of it)
    const at =
      /^(?:job application for )?(.{2,150}) (?:at|chez|bei|@) (.{2,80}?)(?: in .{2,80})?$/i.exec(
        parts[0] ?? '',
      );
    if (at?.[1] && at[2]) return { title: at[1], company: at[2] };
    return { title: parts[0] ?? null, company: null };
  }
  if (knownTitle) {
    const company = parts.find((p) => !same(p, knownTitle)) ?? null;
    return { title: knownTitle, company };
  }
  // "Fjord Freight - Customs Broker" on /fjordfreight/…: the part the URL's tenant names.
  const named = companyHint
    ? parts.find((p) => same(companyHint, p) && same(p, companyHint))
    : null;
  if (named) return { title: parts.find((p) => p !== named) ?? null, company: named };
  const title = parts.find(isJobTitle) ?? parts[0] ?? null;
  const company = [...parts].reverse().find((p) => p !== title) ?? null;
  return { title, company };
}

/** The head's title: og:title, else <title>. */
export function headTitle(doc: Document): string | null {
  return meta(doc, 'og:title') ?? (doc.title?.trim() || inlineText(doc.querySelector('title')));
}

/** The page's own summary: og:description, else the description meta. */
export function headDescription(doc: Document): string | null {
  return (
    meta(doc, 'og:description') ?? meta(doc, 'description') ?? meta(doc, 'twitter:description')
  );
}

/** "acme-robotics.com" → "Acme Robotics"; "careers.acme.co.uk" → "Acme". */
export function hostBrand(url: URL): string | null {
  const labels = url.hostname.toLowerCase().split('.');
  // The registrable label: before the TLD, or before "co.uk"-style second-level suffixes.
  const sld = labels.length > 2 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2) ?? '');
  const name = labels.at(sld ? -3 : -2);
  if (!name || /^\d+$/.test(name)) return null;
  return name
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
    .join(' ');
}

const NOT_A_NAME = /^(?:company|brand|site|our|the|main|header|footer|logo|home|image|icon)?$/i;

/**
 * "Acme logo" → "Acme": the alt text of the header's logo image (never a cookie banner's, nor the
 * signed-in member's photo, whose alt text is a person's name).
 */
export function logoCompany(doc: Document): string | null {
  const imgs = doc.querySelectorAll(
    'header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], a[href="/"] img[alt]',
  );
  for (const img of [...imgs].slice(0, 8)) {
    if (
      img.closest(
        '[id*="cookie" i], [class*="cookie" i], [id*="onetrust" i], [id*="consent" i], [class*="photo" i]',
      )
    ) {
      continue;
    }
    const alt = img
      .getAttribute('alt')
      ?.replace(/\s*(?:logo|logotype|home(?:page)?)$/i, '')
      .replace(/^logo(?: of)?\s+/i, '')
      .trim();
    if (alt && alt.length <= 60 && !NOT_A_NAME.test(alt)) return alt;
  }
  return null;
}

/**
 * The employer of a page with no structured data, in order: og:site_name, the document title's
 * pattern, the logo's alt text, a brand made from the hostname.
 */
export function pageCompany(doc: Document, url: URL, title: string | null): string | null {
  const site = employer(meta(doc, 'og:site_name'));
  if (site && !(title && same(site, title))) return site;
  // og:title often repeats the job alone; the document title may still name the employer.
  const fromTitle = employer(
    splitHeadTitle(headTitle(doc), title).company ?? splitHeadTitle(doc.title, title).company,
  );
  if (fromTitle && fromTitle.length <= 80) return fromTitle;
  // A job board's own host ("Linkedin") names the platform, never the employer.
  return employer(logoCompany(doc)) ?? employer(hostBrand(url));
}

/**
 * The value next to a field label ("Location: Paris", `<dt>Location</dt><dd>Paris</dd>`, a table
 * row whose first cell is the label). Only leaf elements are read as labels, so a 2 MB page costs
 * one pass of short strings. A value `accept` turns down leaves the search going to the next label.
 */
export function labelledValue(
  root: ParentNode,
  label: RegExp,
  accept: (value: string) => boolean = () => true,
): string | null {
  for (const el of root.querySelectorAll(
    'dt, th, td, strong, b, h3, h4, h5, label, span, div, p',
  )) {
    if (el.childElementCount > 0) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 40) continue;
    const t = raw.replace(/[\s:]+$/, '').trim();
    if (!t || !label.test(t)) continue;
    const next = el.nextElementSibling;
    const rest = (inlineText(el.parentElement) ?? '')
      .slice(raw.trim().length)
      .replace(/^[\s:]+/, '');
    const v = next ? inlineText(next) : rest || cellValue(el, raw);
    if (v && v.length <= 120 && accept(v)) return v;
  }
  return null;
}

/** The next cell of a label that fills its own cell (`<td><span>City</span></td><td>Seattle</td>`). */
export function cellValue(label: Element, raw: string): string | null {
  const cell = label.closest('td, th, dt');
  if (!cell || inlineText(cell) !== inlineText(label) || raw.length === 0) return null;
  const next = cell.nextElementSibling;
  return next && /^(?:TD|DD)$/i.test(next.tagName) ? inlineText(next) : null;
}
