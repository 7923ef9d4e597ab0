import { alternation, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LEGAL_FORMS } from '../lexicon/words';
import { warmLater } from '../pipeline/gate';
import { classifyHeading, isHeadingLine, isKnownHeading } from '../pipeline/sections';
import { townOfAddress, withoutPostcode } from './address-place';
import { looksLikePlace, parseByline, WORK_WORDS } from './byline';
import { placeInChipLine } from './chip-line';
import { usualCase, withoutDivision } from './company-name';
import { companySubject, NOT_COMPANY } from './company-subject';
import { contactCompany } from './contact-line';
import {
  advertiserFor,
  departmentOf,
  employerAfterDash,
  employerHiring,
  employerInProse,
  employerOfMail,
  employerWithForm,
  hiringTown,
} from './employer';
import { categoryInTitle, LEGAL_FORM, readHeader, recursAsName } from './header';
import {
  eitherPlace,
  modelOptions,
  NO_REGION,
  noPlace,
  placeBesideModel,
  withoutModelParts,
  workOnly,
  workPhrase,
} from './location-value';
import { spelledOut } from './own-acronyms';
import { companyOfPageTitle } from './page-title-company';
import { PLACEHOLDER, townOfCode } from './place-line';
import {
  basedIn,
  hiringTowns,
  labelledPlace,
  leadingPlace,
  MODEL_WORDS,
  placeLabelledInProse,
  placeUnderHeading,
  REMOTE_IN,
  regionsOnly,
  titleTown,
  withLabelledPlace,
  withOfferedTowns,
  withoutWorkBracket,
  withoutWorkParts,
} from './place-text';
import { cityOfSite, isCity, isCountry, isRegion } from './places';
import {
  ADVERTISER_LABEL,
  AGENCY_CUE,
  aboutCompany,
  CAREERS_HEADING,
  COMPANY_HEADING,
  COMPANY_LABEL,
  CONFIDENTIAL,
  cleanLine,
  DEPARTMENT_LINE,
  DESCRIPTION_HEADING,
  FIELD_LABEL_LINE,
  firstLines,
  GENDER_FORM,
  GENDER_MARKER,
  HIRING_VERB,
  INSTITUTION,
  JOB_WORD,
  LED_TITLE_LABEL,
  LOCATION_LABEL,
  postingAlt,
  ROLE_SUBJECT,
  ROLE_SUBJECT_OTHER,
  TITLE_HEADING,
  TITLE_LABEL,
} from './posting-words';
import { seatTown } from './seat-town';
import { sendToAddress } from './send-to';
import { pluralTitle, titleInProse, topHeadingTitle } from './title-prose';
import { TITLE_REF, trimTitle, unwanted, withoutJobNoun } from './title-trim';

/**
 * Title, company and locations. JSON-LD and page metadata win when present; otherwise the text:
 * the first lines of a posting usually carry title and place, and boilerplate names the company
 * ("About Pinterest:", "Twitter is an equal opportunity employer"). Null/[] when unsure.
 */

export type JsonLd = Record<string, unknown> | null;

export interface PageMeta {
  title?: string | null;
  company?: string | null;
  location?: string | null;
}

/**
 * "Acme is an equal opportunity employer", "Acme est un employeur garantissant l'égalité…"; the name
 * may carry its legal form ("Acme Tools, Inc. is an …") and open a line under emphasis ("***Acme is").
 */
export const EOE_COMPANY = new RegExp(
  `(?:^|[.!?]\\s|\\n[*_]{0,3})((?:[\\p{Lu}][\\p{L}\\d&'-]*\\s){0,3}[\\p{Lu}][\\p{L}\\d&'-]*,?\\s` +
    `(?:${rankedAlternation(LEGAL_FORMS)})\\s|(?:[\\p{Lu}][\\p{L}\\d&'-]*\\s){1,4}?)` +
    `(?:${postingAlt('equalOpportunity')})`,
  'u',
);
/** "At Acme, we …", "Chez Acme, nous …": the name a we-clause follows. */
export const AT_COMPANY_SENTENCE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${postingAlt('selfIntroAt')}) ((?:[\\p{Lu}][\\p{L}\\d&'-]*\\s?){1,3}), ` +
    `(?:${postingAlt('weWords')})(?![\\p{L}\\p{N}_])`,
  'u',
);

/**
 * The value of the first "Label: value" line among the first lines; with `heading`, also a form's
 * question heading over its answer ("### Company Name" / "Acme", "### Título del trabajo" / "QA").
 */
function labelled(text: string, label: RegExp, heading?: RegExp): string | null {
  const lines = firstLines(text, 12);
  for (const [i, line] of lines.entries()) {
    const clean = cleanLine(line);
    const m = label.exec(clean);
    if (m) return unquoted((m[1] as string).trim());
    // A form's heading ("### Job Title"), a record's label cell ("Job Role:", "Puesto |").
    const next = lines[i + 1];
    const alone = line.startsWith('#') || clean.endsWith(':') || line.endsWith(' |');
    if (heading && next && alone && heading.test(clean) && formAnswer(cleanLine(next)))
      return cleanLine(next);
  }
  return null;
}

/** A front matter's value as YAML quotes it ("title: \"Finance Manager\""): the words inside. */
const QUOTED = /^(["'])([^"']{2,200})\1$/;

function unquoted(value: string): string {
  return QUOTED.exec(value)?.[2] ?? value;
}

/** A short answer line under a form heading: no heading, sentence or link of its own. */
function formAnswer(line: string): boolean {
  return line.length <= 120 && !line.startsWith('#') && !/[.!?:]$|^https?:/.test(line);
}

const BRACKETED = /\(([^()]{3,80})\)/;
/** "(Stuttgart / München)", "(Lyon et Paris)": what separates the cities in brackets. */
const CITY_SEPARATOR = new RegExp(`\\s?[/,;]\\s?|\\s(?:${postingAlt('listAnd')})\\s`);

function bracketCities(line: string): string[] {
  const inside = BRACKETED.exec(line)?.[1];
  if (!inside) return [];
  const parts = inside.split(CITY_SEPARATOR).map((p) => p.trim());
  return parts.length > 1 && parts.every(isCity) ? parts : [];
}

const PROVINCE_PLACE =
  /^([\p{Lu}][\p{L}'.-]+(?:[ -][\p{Lu}][\p{L}'.-]+){0,2})\s\((?:[A-Z]{2}|\d{2,3})\)$/u;
export const MODEL_IN_BRACKETS = new RegExp(`\\s*\\((?:${MODEL_WORDS})\\)$`, 'i');
const PLACE = /^[\p{Lu}][\p{L}.' -]{1,40}(?:,\s?[\p{Lu}][\p{L}.' -]{0,40}){1,2}$/u;

function str(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 300 ? t : null;
}

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : null;
}

function looksLikeTitle(line: string): boolean {
  if (line.length < 3 || line.length > 100 || /[!?:;]$/.test(line)) return false;
  // "Sales Executive at Wesgar Inc.": the legal form's dot ends no sentence.
  if (line.endsWith('.') && !LEGAL_FORM.test(line)) return false;
  // ".Net Web Developer": a technology's leading dot counts as a capital.
  if (line.split(/\s+/).length > 12 || !/^(?:[\p{Lu}\d[]|\.\p{L})/u.test(line)) return false;
  if (isHeadingLine(line, false) && classifyHeading(line) !== null) return false;
  // "Entwickler:in", "Assistant·e": a job's gender form marks a title as its mark does.
  return JOB_WORD.test(line) || GENDER_MARKER.test(line) || GENDER_FORM.test(line);
}

/**
 * Lever pasted as one line: "… / Engineering / Full-time Driftwood AI trains models for …": the
 * posting's first sentence starts right after the commitment, with the company as its subject.
 */
const LEAD_COMPANY = new RegExp(
  `^.{0,200}?\\/\\s(?:${postingAlt('leadCommitments')})\\s` +
    String.raw`((?:[\p{Lu}][\p{L}\d&'.-]*\s){0,3}[\p{Lu}][\p{L}\d&'.-]*)\s` +
    `(?:${postingAlt('leadVerbs')}|\\p{Ll}{3,15}s)\\s`,
  'u',
);

/**
 * A posting pasted as one line starts with its title: "ML Platform Engineer Remote (US) / …".
 * The capitalised words up to the last job noun among the first eight are the title.
 */
function leadTitle(line: string): string | null {
  if (line.length < 200) return null;
  const words = line.split(' ', 8);
  for (let n = words.length; n > 0; n--) {
    const word = words[n - 1] as string;
    if (!/^[\p{Lu}\d]/u.test(word) && n > 1) continue;
    if (JOB_WORD.test(word) && words.slice(0, n).every((w) => /^[\p{Lu}\d&(]/u.test(w))) {
      return words.slice(0, n).join(' ');
    }
  }
  return null;
}

/** The title the page itself gives (its JSON-LD, its site's field), as it shows it. */
export function pageTitle(jsonLd: JsonLd, meta: PageMeta | undefined): string | null {
  const title = str(jsonLd?.title) ?? str(meta?.title);
  return title === null ? null : withoutJobNoun(title);
}

export function findTitle(text: string, jsonLd: JsonLd, meta: PageMeta | undefined): string | null {
  const fromPage = pageTitle(jsonLd, meta);
  if (fromPage) return fromPage;
  const label = labelled(text, TITLE_LABEL, TITLE_HEADING);
  // "Position: Internship", "Poste : CDI": the kind of job under a title label, not its title.
  const header = readHeader(text).title;
  if (label && !workOnly(label) && !workPhrase(label)) {
    const title = trimTitle(label);
    // "Job Title: Senior Analyst (team lead experience essential)" under the record's "Senior
    // Analyst": the record's title, the ad's remark in brackets left out.
    const rest = header !== null && title.startsWith(header) ? title.slice(header.length) : '';
    return /^\s\([^()]{3,80}\)$/.test(rest) ? (header as string) : title;
  }
  // "Descrição" over the ad's bullets, "Pay" over its value: a heading or a label, no title.
  if (header && !DESCRIPTION_HEADING.test(header) && !FIELD_LABEL_LINE.test(header)) {
    const led = header.includes(':') ? LED_TITLE_LABEL.exec(header)?.[1] : undefined;
    return led !== undefined && looksLikeTitle(led) ? trimTitle(led) : header;
  }
  const head = oneLineHead(text);
  if (head) return head.title;
  // "Jobs" / "Jobs" / …: a page's heading written twice (its menu, then its banner) counts once.
  const first = firstLines(text, 8).filter((l, i, all) => i === 0 || l !== all[i - 1]);
  const top = topHeadingTitle(first);
  if (top) return top;
  for (const raw of first.slice(0, 4)) {
    // "## Data Engineer (m/w/d)": a markdown heading's marks are no part of the title.
    const line = raw.startsWith('#') ? raw.replace(/^#{1,4}\s/, '') : raw;
    if (looksLikeTitle(line) && !isPlace(line)) return unwanted(line.replace(TITLE_REF, ''));
    // "Insurance Sales Representatives", "Telemarketers": a classified ad's post in the plural.
    if (pluralTitle(line)) return line;
    // "Erfahrener Poolbauer (m/w/d) oder Lust auf …?": the role ends with its gender mark.
    const marked = throughGenderMark(line);
    if (marked) return marked;
    // "EEN FULL TIME BINNENDIENST MEDEWERKER:": the role announced, without article and hours.
    const role = line.endsWith(':') ? ROLE_HEADING.exec(line)?.[1] : undefined;
    if (role && looksLikeTitle(role)) return role;
  }
  // "Wir suchen Sie!", a line of intro and a branch heading, then "Hauswirtschaftskraft (w/m/d)":
  // a short line carrying a job's gender mark a little lower down is the title.
  for (const line of firstLines(text, 8).slice(4)) {
    if (GENDER_MARKER.test(line) && line.split(' ').length <= 6 && looksLikeTitle(line)) {
      if (!isPlace(line)) return line.replace(TITLE_REF, '');
    }
  }
  const lead = leadTitle(firstLines(text, 1)[0] ?? '');
  if (lead) return lead;
  const sample = text.slice(0, 5000);
  return titleInProse(sample) ?? labelCellTitle(text) ?? roleSubject(sample);
}

/** "The Field Sales Rep will …": a role named as its sentence's subject (`ROLE_SUBJECT`). */
function roleSubject(sample: string): string | null {
  ROLE_SUBJECT.lastIndex = 0;
  for (let m = ROLE_SUBJECT.exec(sample); m; m = ROLE_SUBJECT.exec(sample)) {
    const role = m[1] as string;
    if (ROLE_SUBJECT_OTHER.test(role) || !JOB_WORD.test(role)) continue;
    if (!looksLikeTitle(role) || isPlace(role)) continue;
    // "The PROJECT MANAGER reports to …": a role shouted in prose is written as a title; short
    // words stay as they are ("IT", "HR").
    if (role !== role.toUpperCase()) return role;
    return role.replace(/\p{Lu}{4,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
  }
  return null;
}

/**
 * "VACANTES" / "Puesto" / "Conductor ejecutivo": a page's own label cell for the post, alone on its
 * line below the page's intro, its value on the next line. Read when nothing above names a title.
 */
function labelCellTitle(text: string): string | null {
  const lines = firstLines(text, 40);
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = cleanLine(lines[i] as string);
    // "Vacantes" / "PROMOTOR": the careers page's own heading over its one opening counts too.
    if (label.length > 40 || !(TITLE_HEADING.test(label) || CAREERS_HEADING.test(label))) continue;
    const value = cleanLine(lines[i + 1] as string);
    if (formAnswer(value) && looksLikeTitle(value) && !isPlace(value)) return value;
  }
  return null;
}

/** A line's words up to the gender mark closing a role, when more words follow it; or null. */
function throughGenderMark(line: string): string | null {
  const mark = line.length <= 160 ? GENDER_MARKER.exec(line) : null;
  if (!mark || mark.index < 3) return null;
  const end = mark.index + mark[0].length;
  const head = line.slice(0, end);
  if (end >= line.length - 2 || head.split(' ').length > 8 || HIRING_VERB.test(head)) return null;
  return looksLikeTitle(head) && !isPlace(head) ? head : null;
}

const HOURS_WORD = `(?:${alternation((l) => [...l.employment.fullTime, ...l.employment.partTime])}|full time|part time)`;
/**
 * A line announcing the role: an article or the hours (or both) before it, then a colon ("EEN
 * FULL TIME MAGAZIJN MEDEWERKER:"). Prose ending on a colon opens otherwise.
 */
const ROLE_HEADING = caseless(
  `^(?:(?:${postingAlt('articles')})\\s(?:${HOURS_WORD}\\s)?|${HOURS_WORD}\\s)` +
    '((?:[^\\s:]+\\s){0,4}[^\\s:]+)\\s?:$',
  'iu',
);

/** One to three capitalised words: "Norwich", "Milton Keynes". */
const PLACE_NAME = /^[\p{Lu}][\p{L}'.-]+(?:[ -][\p{Lu}][\p{L}'.-]+){0,2}$/u;
const NAME_LINE = /^[\p{Lu}\d][\p{L}\d&'.-]*(?:\s[\p{Lu}&][\p{L}\d&'.-]*){0,5}$/u;
const NOT_NAME_START = new RegExp(`^(?:${postingAlt('notNameStart')})\\b`, 'i');

/** A short proper-name line under the title, not a place, work words or a heading. */
function nameCandidate(line: string, title: string | null): boolean {
  if (line === title || line.length < 2 || line.length > 60 || !NAME_LINE.test(line)) return false;
  if (NOT_NAME_START.test(line) || isPlace(line) || isCity(placeOf(line))) return false;
  // "Remoto", "Hybrid", "Full-time": a record's work term on its own line, no employer.
  if (WORK_WORDS.test(line)) return false;
  // "Cuisine", "Événements": the ad's category on a careers page, not its employer; so is one word
  // a title naming a post gives after a comma ("Coordinator, Ticketing – Harbour Hall").
  if (DEPARTMENT_LINE.test(line)) return false;
  if (title && categoryInTitle(title, line)) return false;
  if (isHeadingLine(line, false) && classifyHeading(line) !== null) return false;
  // "Functieomschrijving" over the text and again above it: a section's name recurs, no employer's.
  if (isKnownHeading(line)) return false;
  return !looksLikeTitle(line);
}

/**
 * The company line many boards print under the title ("Lumio", "Stadtwerke Rheinland GmbH",
 * "Willow Lodge Care Home, Norwich"): a short name that carries a legal form, or that the posting
 * repeats as a subject further down ("Lumio édite…", "About Oakfield Academy"). A city line
 * repeats too, but after a preposition. A place after a comma is the location.
 */
function companyLine(text: string): { company: string; place: string | null } | null {
  const lines = firstLines(text, 5);
  const title = lines[0] ?? null;
  for (const [i, line] of lines.entries()) {
    if (i === 0) continue;
    const comma = line.split(', ');
    const [name, sameLine] =
      comma.length === 2 && PLACE_NAME.test(comma[1] as string)
        ? [comma[0] as string, comma[1] as string]
        : [line, null];
    if (!nameCandidate(name, title)) continue;
    // "Roswell, New Mexico": a town and its state, the line a place, however often repeated.
    if (sameLine !== null && isRegion(sameLine) && !LEGAL_FORM.test(name)) continue;
    // Or on the line below: "Maasdal Distributie B.V." then "Venlo".
    const next = lines[i + 1];
    const place = sameLine ?? (next !== undefined && placeLine(next, text) ? next : null);
    if (LEGAL_FORM.test(name)) return { company: name, place };
    const end = text.indexOf(line) + line.length;
    const words = name.split(' ');
    // "Hotel Belvedere Riccione" → "Hotel Belvedere, 4 stelle…": two leading words suffice.
    const forms = words.length > 2 ? [name, words.slice(0, 2).join(' ')] : [name];
    if (forms.some((f) => recursAsName(text, f, end))) return { company: name, place };
  }
  return null;
}

const IN_PLACE = new RegExp(`(?:^|\\s)(?:${postingAlt('placeAt')})\\s$`, 'i');

/**
 * A line that is only a place: "Alcúdia, Illes Balears", or one name the posting uses as a place
 * further down ("… in Venlo"); not "CDI", "Full-time" or a heading.
 */
function placeLine(line: string, text: string): boolean {
  if (line.length > 50 || NOT_NAME_START.test(line) || looksLikeTitle(line)) return false;
  if (isHeadingLine(line, false) && classifyHeading(line) !== null) return false;
  if (PLACE.test(line)) return true;
  if (!PLACE_NAME.test(line) || line === line.toUpperCase()) return false;
  const after = text.indexOf(line) + line.length;
  for (let at = text.indexOf(line, after); at >= 0 && at < after + 20_000; ) {
    if (IN_PLACE.test(text.slice(Math.max(0, at - 6), at))) return true;
    at = text.indexOf(line, at + line.length);
  }
  return false;
}

/** "Paris 11e", "Riccione (RN)", "Portland, OR 97209" → the place name. */
function placeOf(line: string): string {
  return withoutPostcode(line.replace(/\s?\((?:\d{2,3}|[A-Z]{2})\)$/, '')).trim();
}

/**
 * A posting pasted as one line: "Growth Marketing Manager Lumen Dental · Chicago, IL (Hybrid)
 * About Lumen Dental …". The head before the first "·" is title then company; the company is the
 * name that "About" repeats.
 */
function oneLineHead(
  text: string,
): { title: string; company: string; location: string | null } | null {
  const first = firstLines(text, 1)[0] ?? '';
  if (first.length < 200) return null;
  const dot = first.indexOf(' · ');
  if (dot < 0 || dot > 120) return null;
  const head = first.slice(0, dot);
  const words = head.split(' ');
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const company = words.slice(words.length - n).join(' ');
    if (!first.includes(`About ${company}`)) continue;
    const title = words.slice(0, words.length - n).join(' ');
    if (!JOB_WORD.test(title)) continue;
    const rest = first.slice(dot + 3, dot + 80);
    const place =
      /^([\p{Lu}][\p{L}.' -]{1,40},\s?[\p{Lu}][\p{L}.' -]{0,30}?)(?:\s\(|\s·|\s[A-Z][a-z]+\s[A-Z])/u.exec(
        rest,
      );
    const location = place?.[1] && looksLikePlace(place[1]) ? place[1] : null;
    return { title, company, location };
  }
  return null;
}

/** "der Evangelischen Müttergenesung" from "Logo der …": the page's name without its lead word. */
const NAME_LEAD = new RegExp(`^(?:${postingAlt('nameLeads')})\\s+(?=\\p{Lu})`, 'u');

export function findCompany(
  text: string,
  jsonLd: JsonLd,
  meta: PageMeta | undefined,
  lang = 'en',
): string | null {
  const org = jsonLd?.hiringOrganization;
  const fromPage = str(obj(org)?.name) ?? str(org) ?? str(meta?.company)?.replace(NAME_LEAD, '');
  // "Canonical - Jobs" from a board's JSON-LD, "Canonical, the company…" in the text: the bare name.
  if (fromPage) return CONFIDENTIAL.test(fromPage) ? null : withoutDivision(fromPage, text);
  const found = companyFromText(text, lang);
  // "Confidential", "Entreprise confidentielle": the posting hides its employer on purpose; an
  // agency's line below may still name itself ("Rh Mais Talentos em parceria com empresa …"), and
  // a board's "Private Advertiser" may sit over an "About the Widget Guild" heading.
  const hidden = found !== null && CONFIDENTIAL.test(found);
  const name = hidden ? (companySubject(text) ?? aboutHeading(text)) : found;
  if (name === null || CONFIDENTIAL.test(name) || NOT_COMPANY.test(name)) return null;
  return usualCase(withoutDivision(spelledOut(text, name) ?? name, text), text);
}

/** An employer's name "on behalf of our client X" is the client's, not the advertiser's. */
function afterAgencyCue(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && AGENCY_CUE.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * A board's record further down the page: "Arbeitgeber" on its own line over "Acme GmbH", or
 * "Von: Acme GmbH" among the ad's fields. Only a name with its legal form is taken this far down.
 */
function companyInRecord(text: string): string | null {
  const lines = firstLines(text, 24).map(cleanLine);
  for (const [i, line] of lines.entries()) {
    const advertiser = ADVERTISER_LABEL.exec(line)?.[1]?.trim();
    if (advertiser && LEGAL_FORM.test(advertiser)) return advertiser;
    const next = lines[i + 1];
    if (next && COMPANY_HEADING.test(line) && LEGAL_FORM.test(next) && formAnswer(next))
      return next;
  }
  // "- Nome da Empresa: UNIVERSO STORE" among the ad's closing details: a label of several words
  // names the employer wherever it stands; a one-word one ("Empresa:") opens prose too often.
  for (const raw of firstLines(text, 80)) {
    if (!raw.includes(':')) continue;
    const name = NAMED_COMPANY_LABEL.exec(cleanLine(raw))?.[1]?.trim();
    if (name && /^[\p{Lu}\d]/u.test(name)) return name;
  }
  return null;
}

/** A company label of two words or more ("company name", "nome da empresa"), a short name after it. */
const NAMED_COMPANY_LABEL = caseless(
  `^(?:${alternation((l) => l.posting.companyLabels.filter((w) => w.includes(' ')))})` +
    '\\s?:\\s?([^.!?:;]{2,60})$',
  'iu',
);

function companyFromText(text: string, lang: string): string | null {
  const label =
    labelled(text, COMPANY_LABEL, COMPANY_HEADING) ?? companyInRecord(text) ?? departmentOf(text);
  if (label) return label;
  // "Careers | Acme", "Dufour Tours - Employment": the careers page's own title over the posting
  // names the employer; the header under it holds the role and its terms.
  const paged = companyOfPageTitle(text);
  if (paged) return paged;
  // "Send resume to Jane Roe, Owner, Acme LLC, …": the firm applications go to.
  const header = readHeader(text).company ?? contactCompany(text) ?? sendToAddress(text)?.company;
  // "Dupont Consulting is recruiting on behalf of our client, Talent Ticker": the advertiser.
  if (header) return advertiserFor(text, header) ?? header;
  const byline = bylineOf(text);
  if (byline?.company) return byline.company;
  const head = oneLineHead(text);
  if (head) return head.company;
  const named = companyLine(text);
  if (named) return named.company;
  const lead = LEAD_COMPANY.exec(firstLines(text, 1)[0] ?? '')?.[1];
  if (lead) return lead;
  const about = aboutHeading(text);
  if (about) return about;
  const subject = companySubject(text);
  const hiring = employerHiring(text);
  if (subject && !afterAgencyCue(text, subject)) {
    // "L'Institut X recrute …" above "ADVANCE est une collaboration …": the one hiring, named
    // first, is the employer; the later subject is a project or a partner it speaks of.
    return hiring && hiring !== subject && firstSeen(text, hiring, subject) ? hiring : subject;
  }
  if (hiring) return hiring;
  const sample = text.slice(0, 50_000);
  for (const re of [EOE_COMPANY, AT_COMPANY_SENTENCE]) {
    const name = re.exec(sample)?.[1]?.trim();
    if (name && !NOT_COMPANY.test(name) && !/^(?:We|The|This|It|Our)\b/.test(name)) return name;
  }
  return (
    institutionNamed(text) ??
    signedName(text) ??
    employerWithForm(text) ??
    employerInProse(text, cleanLine(firstLines(text, 1)[0] ?? ''), lang) ??
    employerAfterDash(text) ??
    readHeader(text).layoutCompany ??
    employerOfMail(text) ??
    null
  );
}

/** "About Acme", "Sobre la Red Vial": the employer an "About" heading names. */
function aboutHeading(text: string): string | null {
  for (const line of firstLines(text, 60)) {
    const name = aboutCompany(cleanLine(line), text)?.trim();
    if (name && !NOT_COMPANY.test(name)) return name;
  }
  return null;
}

/** Whether `a` is written before `b` in the text (both are in it). */
function firstSeen(text: string, a: string, b: string): boolean {
  const at = text.indexOf(a);
  return at >= 0 && at < text.indexOf(b);
}

/** Before an institution's name: where a candidate studied, not who employs ("degree from"). */
const STUDIED_AT = new RegExp(`(?:${postingAlt('studiedAt')})[^.;]{0,30}$`, 'i');

/** "Die Forschungsgruppe an der Hochschule Magdeburg-Stendal sucht": a university named in prose. */
function institutionNamed(text: string): string | null {
  for (const raw of firstLines(text, 20)) {
    const line = cleanLine(raw);
    const m = INSTITUTION.exec(line);
    if (!m?.[1] || STUDIED_AT.test(line.slice(0, m.index))) continue;
    return m[1];
  }
  return null;
}

/** "ELEKTRO-TEL AG" alone on a line, as a signature under the text: a name with its legal form. */
function signedName(text: string): string | null {
  for (const raw of firstLines(text, 200)) {
    const line = cleanLine(raw);
    if (line.length > 50 || !/^\p{Lu}/u.test(line) || line.includes(':')) continue;
    if (line.split(' ').length > 6 || JOB_WORD.test(line) || !LEGAL_FORM.test(line)) continue;
    return line;
  }
  return null;
}

function isPlace(line: string): boolean {
  return PLACE.test(line) && looksLikePlace(line);
}

/** "St. Brendan's Hospital, Columbus, OH" → "Columbus, OH"; "Paris, Île-de-France, France" stays. */
function lastTwo(place: string): string {
  const parts = place.split(',').map((p) => p.trim());
  if (parts.length === 3 && !isRegion(parts[1] as string)) return parts.slice(1).join(', ');
  return place;
}

/** The byline under the title (the second to fourth non-empty line), if there is one. */
function bylineOf(text: string) {
  const title = readHeader(text).title;
  for (const line of firstLines(text, 4).slice(1)) {
    // "Job Details" over "Clerk - Administrative Assistant - (121484)": under a page's heading the
    // title itself is the second line, no byline.
    if (title !== null && trimTitle(cleanLine(line)) === title) continue;
    const byline = parseByline(line);
    if (byline) return byline;
  }
  return null;
}

/**
 * "Canada, QC, Montreal", "USA, CA, San Francisco": a locality written from the country down to the
 * town (as Workday tenants do) reads town first, "Montreal, QC, Canada", and already names its
 * country. Null when the locality is not written that way.
 */
function countryFirst(locality: string): string | null {
  const parts = locality.split(',').map((p) => p.trim());
  const town = parts[parts.length - 1] as string;
  if (parts.length < 2 || parts.length > 4 || !isRegion(parts[0] as string)) return null;
  return isRegion(town) || town.length < 2 ? null : parts.reverse().join(', ');
}

function placeFromJsonLd(place: unknown): string | null {
  const p = obj(place);
  if (!p) return str(place);
  const address = obj(p.address);
  if (!address) return str(p.address) ?? str(p.name);
  const country = str(address.addressCountry) ?? str(obj(address.addressCountry)?.name);
  const locality = str(address.addressLocality);
  const region = str(address.addressRegion);
  const reversed = locality && countryFirst(locality);
  if (reversed) return reversed;
  // "New York City, New York, United States": a locality that already ends in its country.
  if (locality?.includes(', ') && isCountry(locality.slice(locality.lastIndexOf(',') + 1).trim())) {
    return locality;
  }
  const parts = [
    locality && cityOfSite(locality),
    region && !NO_REGION.test(region) ? region : country,
  ];
  const joined = parts.filter((x): x is string => x !== null).join(', ');
  return joined.length > 0 ? joined : country;
}

export function findLocations(
  text: string,
  jsonLd: JsonLd,
  meta: PageMeta | undefined,
  title: string | null,
): string[] {
  const raw = jsonLd?.jobLocation;
  const places = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .slice(0, 20)
    .map(placeFromJsonLd)
    .filter((x): x is string => x !== null);
  if (places.length > 0) return [...new Set(places)];
  const fromMeta = str(meta?.location);
  if (fromMeta && !noPlace(fromMeta)) {
    // "Warwick, RI 02886": the page's place field, its postcode after the state left out.
    // "Remote (United States)": the place the page's field pairs with its work model.
    const place = placeBesideModel(fromMeta) ?? fromMeta;
    return [townOfCode(place) ?? withoutPostcode(townOfAddress(withoutModelParts(place)))];
  }
  const header = readHeader(belowPageTitle(text, meta, title)).locations;
  // "KA, IN": a state and a country only; a labelled place further down may name the town.
  if (header.length > 0 && header.every(regionsOnly)) {
    const below = placeUnderHeading(text);
    if (below.length > 0) return below;
  }
  // "Lagos, Lagos": a town named as its own state is one place.
  if (header.length > 0)
    return [...new Set(withOfferedTowns(text, withLabelledPlace(text, header)))];
  // A one-line description opening with its labelled place: the place, not the prose after it.
  const first = firstLines(text, 2).find((l) => cleanLine(l) !== title) ?? '';
  const lead =
    first.length > 80
      ? leadingPlace(LOCATION_LABEL.exec(cleanLine(first.slice(0, 160)))?.[1])
      : null;
  if (lead) return [lead];
  const byline = bylineOf(text);
  if (byline?.location) return [byline.location];
  const head = oneLineHead(text);
  if (head) return head.location ? [head.location] : [];
  const named = companyLine(text);
  if (named?.place) return [named.place];
  const chip = placeInChipLine(text);
  if (chip) return [chip];
  const found: string[] = [];
  const lines = firstLines(text, 8 + MORE_PLACE_LINES);
  let labelledAt = -1;
  for (const [i, raw] of lines.entries()) {
    // Past the first lines, only a record's labelled place lines that follow one another
    // ("Locations: Kamloops, BC" / "Locations: Nanaimo, BC" / …) are read.
    if (i >= 8 && (labelledAt !== i - 1 || !LOCATION_LABEL.test(cleanLine(raw)))) break;
    const line = cleanLine(raw);
    if (line === title) continue;
    // "omgeving Oldenzaal", "zona Bergamo": an area word and a capitalised name alone on a line.
    const area = line.length <= 60 ? AREA_LINE.exec(line)?.[1] : undefined;
    if (area && /^\p{Lu}/u.test(area)) {
      found.push(area);
      continue;
    }
    const labelled = LOCATION_LABEL.exec(line);
    if (labelled) labelledAt = i;
    // "Locations: Multiple Locations, BC CA (Primary)": a record's stand-in for its site list.
    if (labelled && PLACEHOLDER.test((labelled[1] as string).split(',')[0]?.trim() ?? '')) continue;
    const value = labelled ? (labelled[1] as string) : line;
    // "Remote or Calgary, AB": the place offered beside the work model.
    const options = modelOptions(value);
    if (options) {
      for (const o of options) if (isCity(o) || isRegion(o) || isPlace(o)) found.push(o);
      continue;
    }
    // "Remote (US)", "Location: Hybrid (London)": the place beside the work model, as "Remote - US".
    const beside = placeBesideModel(value);
    // "Remote (US or Canada)": each place the remote job is open in.
    const each = beside
      ? eitherPlace(beside).filter((b) => isCity(b) || isRegion(b) || isPlace(b))
      : [];
    if (each.length > 0) {
      found.push(...each);
      continue;
    }
    // "Riccione (RN)", "Lyon (69)": a province or department code marks a place.
    const province = PROVINCE_PLACE.exec(line);
    if (province?.[1]) found.push(province[1]);
    // "Remote, United Kingdom": the country a remote job is open in.
    const remote = REMOTE_IN.test(labelled ? (labelled[1] as string) : line);
    // "Region Süd (Stuttgart / München)": cities listed in brackets.
    for (const city of bracketCities(line)) found.push(city);
    // "Bengaluru (Work from office; 5 days)": a bracket of terms goes before the value is split.
    const candidates = (labelled ? withoutWorkBracket(labelled[1] as string) : line)
      .split(/\s?[;|·]\s?/)
      // "Location: Hybrid - Manchester": the place beside the work model.
      .map((c) => (labelled ? withoutWorkParts(c) : c))
      // "Sede: Torino · Full remote · Tempo indeterminato": the place, not the work words.
      .filter((c) => !(labelled && WORK_WORDS.test(c) && !REMOTE_IN.test(c)))
      .map((c) => placeOf(c.replace(MODEL_IN_BRACKETS, '').replace(REMOTE_IN, '')));
    for (const c of candidates) {
      const tail = c.slice(c.indexOf(',') + 1).trim();
      if (labelled) {
        for (const part of eitherPlace(c)) {
          const place = labelledPlace(part);
          if (place) found.push(place);
        }
      } else if (isPlace(c)) found.push(lastTwo(c));
      else if (isCity(c) || (remote && isRegion(c))) found.push(c);
      else if (c.split(',').length === 3 && isPlace(tail)) found.push(tail);
    }
  }
  if (found.length > 0) return [...new Set(found)];
  const below = placeUnderHeading(text);
  if (below.length > 0) return below;
  const inProse = placeLabelledInProse(text);
  if (inProse) return [inProse];
  const based = basedIn(text);
  if (based.length > 0) return based;
  const listed = hiringTowns(text);
  if (listed.length > 0) return listed;
  const hiring = hiringTown(text);
  if (hiring) return [hiring];
  const town = title === null ? null : titleTown(title);
  if (town !== null) return [town];
  const seat = seatTown(text);
  return seat === null ? [] : [seat];
}

/**
 * The text from the page's title line on, when a site's menu ("Search Jobs", "Home") stands above
 * it: the employer and the place follow the title there, as they do at the top of a record.
 */
function belowPageTitle(text: string, meta: PageMeta | undefined, title: string | null): string {
  if (title === null || str(meta?.title) !== title) return text;
  const lines = firstLines(text, 4);
  const at = lines.findIndex((l) => cleanLine(l) === title);
  if (at < 1 || lines.slice(0, at).some((l) => l.length > 40)) return text;
  return text.slice(text.indexOf(lines[at] as string));
}

/** How many labelled place lines past the first ones a record may list, one site a line. */
const MORE_PLACE_LINES = 12;

/** An area word, then a name and nothing else: the name is the place (case checked by the reader). */
const AREA_LINE = caseless(
  `^(?:${postingAlt('areaWords')})\\s([\\p{Lu}][\\p{L}'.-]+(?:[ -][\\p{Lu}][\\p{L}'.-]+){0,2})$`,
  'iu',
);

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  ROLE_HEADING,
  AREA_LINE,
  NAMED_COMPANY_LABEL,
  EOE_COMPANY,
  AT_COMPANY_SENTENCE,
  BRACKETED,
  PROVINCE_PLACE,
  MODEL_IN_BRACKETS,
  PLACE,
  LEAD_COMPANY,
  PLACE_NAME,
  NAME_LINE,
  NOT_NAME_START,
  IN_PLACE,
  STUDIED_AT,
);
