import { Readability } from '@mozilla/readability';
import type { PageCapture } from '../schema/capture';
import { LIMITS } from '../schema/limits';
import type { PageOffer } from '../schema/manual';
import { canonicalize, parseHttpUrl, urlKey } from './canonical';
import { isObject, type JsonObject, list, nameOf, str } from './json';
import { fromJsonLd, parseLoose, readJsonLd } from './jsonld';
import { employer } from './sites/define';
import { labelled, meta } from './sites/dom';
import { elementText, inlineText } from './text';

/**
 * "Scan this page" on a page the automatic readers turned down. The click says the page is a
 * posting, so its main content is read as Firefox's Reader View reads it (Mozilla's Readability),
 * and its names come from whatever the page says about itself. Only the runtime-injected scan
 * script imports this module: Readability never loads into the declared content script.
 */

/** Less text than this is a teaser or an empty shell: the user is offered to paste the text. */
export const MIN_READABLE_TEXT = 200;
const MAX_NAME = 150;
const MAX_TITLE_WORDS = 16;

/** What a page says about itself: the start of a job added by hand when its text is unreadable. */
export interface PageNames {
  title: string | null;
  company: string | null;
  location: string | null;
}

/** Words a title part may be that never name the job or the employer. */
const NOT_A_NAME =
  /^(home|careers?|jobs?|job details|stellenangebote?|karriere|emplois?|offres? d'emploi|empleo|empleos|carreiras|lavora con noi|vacatures)$/i;

/** Separators no job title uses inside itself. */
const STRONG_SEPARATOR = /\s{1,3}(?:[|·•–—]|::)\s{1,3}|\s{1,3}(?:at|bei|chez)\s{1,3}/i;
const HYPHEN = /\s{1,3}-\s{1,3}/;

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t && t.length <= MAX_NAME ? t : null;
};

/**
 * "Title | Company | LinkedIn", "Title at Company", "Title - Company": the meaningful parts. A
 * hyphen also joins words inside titles ("Sales - Risk Account Manager"), so it only separates a
 * part that names the page's owner, or a last part short enough to be a name.
 */
export function titleParts(title: string | null, isOwner: (s: string) => boolean = () => false) {
  const parts = (clean(title) ?? '').split(STRONG_SEPARATOR).flatMap((part) => {
    const pieces = part.split(HYPHEN);
    const last = pieces.at(-1) ?? '';
    const nameLike = pieces.length === 2 && last.split(' ').length <= 4 && !last.includes(',');
    return pieces.length > 1 && (pieces.some(isOwner) || nameLike) ? pieces : [part];
  });
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '' && !NOT_A_NAME.test(p) && employer(p) !== null);
}

/** A brand made from the host name: "jobs.acme-robotics.com" → "Acme Robotics". */
export function hostBrand(url: URL): string | null {
  const host = url.hostname.replace(/^(www|careers?|jobs|karriere|emplois?|talent)\./i, '');
  const labels = host.split('.');
  // "northwind.co.uk", "acme.com.au": the name sits before a country's own second level.
  const secondLevel =
    labels.length > 2 && /^(co|com|org|net|ac|gov|ne|or)$/.test(labels.at(-2) ?? '');
  const name = labels.at(secondLevel ? -3 : -2) ?? labels[0] ?? '';
  const words = name.split(/[-_]/).filter((w) => w.length > 0);
  if (words.length === 0 || name.length > 40) return null;
  return words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
}

const ORGANIZATION = /^(Organization|Corporation|LocalBusiness|EmployerAggregateRating)$/;

/** The name of the first Organization the page's JSON-LD describes (often the employer). */
function jsonLdOrganization(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!script.getAttribute('type')?.toLowerCase().includes('ld+json')) continue;
    const text = script.textContent ?? '';
    if (!text.includes('Organization')) continue;
    const root = parseLoose(text);
    const nodes: unknown[] = [...list(root), ...list(isObject(root) ? root['@graph'] : null)];
    for (const node of nodes) {
      if (!isObject(node)) continue;
      const types = list(node['@type']).map((t) => str(t) ?? '');
      if (types.some((t) => ORGANIZATION.test(t))) {
        const name = employer(clean(str(node.name)));
        if (name) return name;
      }
    }
  }
  return null;
}

/** The page's one headline, when it is short enough to be a job title. */
function headline(doc: Document): string | null {
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length === 0 || h1s.length > 2) return null;
  const text = clean(inlineText(h1s[0]));
  return text && text.split(' ').length <= MAX_TITLE_WORDS ? text : null;
}

const LOCATION_LABEL =
  /^(location|locations|job location|work location|lieu|localisation|standort|arbeitsort|einsatzort|ubicaci[óo]n|localidad|sede|luogo di lavoro|local de trabalho|localiza[çc][ãa]o|locatie|standplaats)\s{0,2}:?$/i;

/** Letters and digits only, lowercase: "Acme-Robotics" and "ACME Robotics" are one brand. */
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Title, company and location from JSON-LD, meta tags, the document title, the h1, the site name. */
export function pageNames(doc: Document, url: URL): PageNames {
  const [structured] = readJsonLd(doc).map((o: JsonObject) => fromJsonLd(o));
  const siteName = employer(clean(meta(doc, 'og:site_name')));
  const organization = jsonLdOrganization(doc);
  const brand = hostBrand(url);
  // Names the page gives its owner: a title part or a headline equal to one is not the job.
  const owners = [structured?.company, siteName, organization, brand].flatMap((n) =>
    n ? [fold(n)] : [],
  );
  const isOwner = (s: string) => owners.includes(fold(s));
  const split = (title: string | null) => {
    const parts = titleParts(title, isOwner);
    const job = parts.filter((p) => !isOwner(p));
    const owner = parts.find(isOwner) ?? (job.length > 1 ? job[1] : null) ?? null;
    return { job: job[0] ?? null, owner };
  };
  const og = split(meta(doc, 'og:title') ?? meta(doc, 'twitter:title'));
  const tab = split(doc.title);
  const h1 = headline(doc);
  const title =
    clean(structured?.title) ??
    (h1 && !isOwner(h1) ? h1 : null) ??
    og.job ??
    tab.job ??
    clean(doc.title);
  const company =
    employer(clean(structured?.company)) ??
    siteName ??
    og.owner ??
    tab.owner ??
    organization ??
    employer(clean(nameOf(meta(doc, 'application-name')))) ??
    employer(brand);
  const location =
    clean(structured?.location) ??
    clean(labelled(doc.body ?? doc, 'dt, th, strong, b, span, label, div, h3, h4', LOCATION_LABEL));
  return { title, company, location: location && location.length <= 100 ? location : null };
}

/** The main content of the page as plain text (Readability on a copy: the page is left alone). */
export function readableText(doc: Document): string | null {
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (content?.nodeType !== 1) return null;
  const text = elementText(content as Element);
  return text.length >= MIN_READABLE_TEXT ? text.slice(0, LIMITS.text) : null;
}

/**
 * The posting the user says this page shows, read from its main content; null when the page has
 * no readable text (the popup then offers to save it with pasted text).
 */
export function readablePosting(doc: Document, url: string): PageCapture | null {
  const page = parseHttpUrl(url);
  if (!page || url.length > LIMITS.url) return null;
  const text = readableText(doc);
  if (!text) return null;
  const canonicalUrl = canonicalize(page);
  const jobKey = urlKey(canonicalUrl);
  if (canonicalUrl.length > LIMITS.url || jobKey.length > LIMITS.url) return null;
  const names = pageNames(doc, page);
  const short = (s: string | null) => (s ? s.slice(0, LIMITS.short) : null);
  return {
    url,
    canonicalUrl,
    jobKey,
    site: 'generic',
    detectedBy: 'readable',
    title: short(names.title),
    company: short(names.company),
    location: short(names.location),
    text,
    jsonLd: null,
  };
}

/** What "Save this page anyway" starts from: the page's address and names. */
export function pageOffer(doc: Document, url: string): PageOffer | null {
  const page = parseHttpUrl(url);
  return page && url.length <= LIMITS.url ? { url, ...pageNames(doc, page) } : null;
}
