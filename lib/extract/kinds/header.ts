import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import { perText } from '../pipeline/memo';
import {
  classifyHeading,
  isHeadingLine,
  isKnownHeading,
  isNonRequirementHeading,
} from '../pipeline/sections';
import { withoutRegionCode } from './address-place';
import { parseByline, WORK_WORDS } from './byline';
import {
  brandBranch,
  fieldLine,
  ID_FIELD,
  localBranch,
  nameLike,
  URL,
  wordCount,
} from './header-line';
import { isCareersPageTitle } from './page-title-company';
import {
  addressTown,
  BRAND,
  FIELD_LABEL_ALONE,
  isHeading,
  MONEY,
  NAME_AND_PLACE,
  placesOf,
  placesUnderValue,
} from './place-line';
import { isRegion } from './places';
import {
  AT_COMPANY,
  advertiserAfterLead,
  CAREERS_HEADING,
  cleanLine,
  DEPARTMENT_LINE,
  firstLines,
  GENDER_FORM,
  GENDER_MARKER,
  HIRING_HEADLINE,
  HIRING_LINE,
  JOB_WORD_OR_PLURAL,
  LEAD_TAG,
  LEADING_ARTICLE,
  LEGAL_FORM,
  LOCATION_HEADING,
  PLACE_AT_END,
  PLACE_ENDING,
  STOPWORDS,
  THEN_TOWN,
  TITLE_HEADING,
  UNIT_AFTER_DASH,
  VALUE_LINE,
  WANTED_SHOUT,
} from './posting-words';
import { readsAsProse } from './prose-line';
import { isDutyHeading } from './skill-context';
import { trimTitle } from './title-trim';

/**
 * The header of a posting record: what a scraper, a board or a poster puts on the first lines.
 * - "Title" / "Company" / "City, Region" (with record fields such as salary or contract between);
 * - "Company | Title | Place | Salary" (a "who is hiring" post);
 * - "Acme zoekt een" / "Title" and "Nous recherchons" / "un·e Title";
 * - "Helixa.ai" / "Milan, Italy": a brand, then its place.
 * Each part is read only when the layout around it confirms it; otherwise it stays null/[] and
 * the other readers of `posting.ts` have their turn.
 */

export interface HeaderFacts {
  title: string | null;
  company: string | null;
  locations: string[];
  /** A name only the header's layout gives ("Title" / "Acme" / empty line / body): the last resort. */
  layoutCompany?: string;
  /** A region or country alone under the title ("Zuid-Holland", "Portugal"): the place of last resort. */
  region?: string;
}

const NONE: HeaderFacts = { title: null, company: null, locations: [] };

export { LEGAL_FORM } from './posting-words';

/** A line holding an ad's reference number and nothing else: "ID: 21954", "Réf. 2024-118". */
const REF_ONLY = caseless(
  `^(?:${alternation((l) => l.posting.refLabels)})\\s?[:#.]?\\s?[A-Z]{0,4}-?\\d[\\d-]{1,12}[A-Z]?$`,
  'iu',
);

/** A pay word anywhere in a line: "Guaranteed 14th month pay". */
const PAY_WORD = caseless(`(?<![\\p{L}])(?:${alternation((l) => l.salary.pay)})(?![\\p{L}])`, 'iu');
/**
 * Where a name recurs as a subject: at a line start, or after "About", "at", "bij", "chez", "bei"
 * ("the Seasonal Laborers position at Jefferson Housing Authority").
 */
export function recursAsName(text: string, name: string, from: number): boolean {
  if (recursWhole(text, name, from)) return true;
  // "Riverford Organic Farmers" … "At Riverford, we…": the name's leading word, when it is a long
  // capitalised one, recurs as the subject.
  const lead = /^(?:\p{Lu}[\p{L}\d-]{4,}|\p{Lu}{2,4} \p{Lu}[\p{L}\d-]{3,})(?=\s)/u.exec(name)?.[0];
  return lead !== undefined && recursWhole(text, lead, from, true);
}

function recursWhole(text: string, name: string, from: number, word = false): boolean {
  let at = text.indexOf(name, from);
  while (at >= 0 && at < from + 20_000) {
    if (word && /[\p{L}\d]/u.test(text.charAt(at + name.length))) {
      at = text.indexOf(name, at + name.length);
      continue;
    }
    const before = text.slice(Math.max(0, at - 7), at);
    // "A Rede Vitta Saúde reúne…", "La Maison Dorée recrute…": an article may lead the subject.
    if (
      /(?:^|\n)[\s*#_]{0,3}(?:(?:A|O|La|Le|Il|El|De|Het|Die|Der|Das)\s)?$|(?:About|[Aa]t|[Bb]ij|[Cc]hez|[Bb]ei|[Ee]n|[Ee]m|[Nn]a|Join|Über|Sobre|from|within|Why)\s$/.test(
        before,
      )
    )
      return true;
    at = text.indexOf(name, at + name.length);
  }
  return false;
}

/** "(www.base2.com.br)", "(acme.nl)": a web address in brackets closing a line. */
const SITE_BRACKET =
  /\s\((?:https?:\/\/)?(?:www\.)?[\p{L}\d-]{1,40}(?:\.[\p{L}\d-]{2,20}){1,3}\/?\)$/u;

/**
 * The employer a title names after "at", "bij", "bei", "chez", "na" ("Front-end Developer bij
 * NAK (Emmeloord)", "Elektroniker bei Müller GmbH in Köln", "Android Developer na [Solvis]"):
 * the employer and its town. Null when what comes before is no title.
 */
function employerAfter(line: string): { company: string; town: string | null } | null {
  // "Dev .NET @ Base2 Tecnologia (www.base2.com.br)": the employer's site in brackets after its name.
  const named = line.replace(SITE_BRACKET, '').replace(/\[([^\]]{2,40})\]$/, '$1');
  const at = AT_COMPANY.exec(named);
  const before = at ? named.slice(0, at.index).trim() : '';
  if (!at?.[1] || !titleLike(before)) return null;
  let company = at[1].trim();
  let town = at[2] ?? at[3] ?? null;
  // A name may hold a link word ("Foco em Você"): its last words are a town only when known.
  const split = town === null ? THEN_TOWN.exec(company) : null;
  if (split && placesOf(split[2] as string, false)) {
    company = split[1] as string;
    town = split[2] as string;
  }
  return { company, town: town?.trim() ?? null };
}

/**
 * "OverviewCultureBenefitsDiversityStudents & new grads": a site's menu whose links lost the spaces
 * between them, three or more words glued (a name glues once: "JavaScript", "McDonald's").
 */
function gluedMenu(line: string): boolean {
  let glued = 0;
  for (const _ of line.matchAll(/\p{Ll}\p{Lu}/gu)) if (++glued >= 3) return true;
  return false;
}

/** A first line that can be a title when the layout under it says so. */
function plausibleTitle(line: string): boolean {
  // "PROFESSOR AUXILIAR I - TECNOLOGIA DA INFORMAÇÃO - … - BELÉM - PA": a board's title of parts.
  if (line.length < 2 || line.length > 120 || wordCount(line) > 14 || gluedMenu(line)) return false;
  // "Kfz-Mechatroniker (m/w/d) für unser Servicecenter gesucht!": a marked title may shout, and so
  // may a want-ad line ("Erfahrene pädagogische Fachkraft gesucht!").
  const shout = line.endsWith('!') && !GENDER_MARKER.test(line) && !WANTED_SHOUT.test(line);
  if (/[:?;]$|[.!?]\s\p{Lu}/u.test(line) || shout || isHeading(line) || URL.test(line))
    return false;
  if (/\.$/.test(line) && line.split(' ').length > 10) return false;
  if (HIRING_LINE.test(line)) return false;
  return !LEGAL_FORM.test(line) && !BRAND.test(line) && placesOf(line, false) === null;
}

/** A Swiss workload after a title: "Finance & HR Support 20–40%", "Koch (80 - 100 %)". */
const WORKLOAD = /\s\(?(?:\d{2,3}\s?%?\s?[-–]\s?)?\d{2,3}\s?%\)?$/u;

function titleLike(line: string): boolean {
  const marked =
    GENDER_MARKER.test(line) ||
    GENDER_FORM.test(line) ||
    (line.endsWith('%') || line.endsWith('%)') ? WORKLOAD.test(line) : false) ||
    JOB_WORD_OR_PLURAL.test(line);
  return marked && placesOf(line, false) === null;
}

/** A first line that reads as a title on its own: capitalised, a job word, no sentence. */
function titleOnItsOwn(line: string): boolean {
  // A gender marker lets a title run on with what the job is for ("… (w/m/d) für Grußkarten,
  // Papeterie, Designservietten und Geschenkartikel").
  const marked = GENDER_MARKER.test(line);
  if (line.length > (marked ? 160 : 120) || wordCount(line) > (marked ? 18 : 14) || gluedMenu(line))
    return false;
  // "Vertriebsmitarbeiter (w/m/d) für Grußkarten.": a gender marker keeps a title whole despite
  // the full stop a site's editor left after it.
  // "Erfahrene pädagogische Fachkraft gesucht!": a want-ad line's exclamation ends no sentence.
  const shout = line.endsWith('!') && !WANTED_SHOUT.test(line);
  const stopped = /[:?;]$/.test(line) || shout || (line.endsWith('.') && !marked);
  return /^[\p{Lu}\d[(]/u.test(line) && !stopped && titleLike(line);
}

/** "Het Nieuwe Media Team van NRC Media" → "NRC Media"; "Nous" → null. */
function subjectName(subject: string): string | null {
  const of = /(?:^|\s)(?:van|of|von|de|di|da|at|bij)\s((?:[\p{Lu}][\p{L}\d&.'-]*\s?){1,4})$/u.exec(
    subject,
  );
  const name = (of?.[1] ?? subject).trim();
  if (!/^[\p{Lu}\d]/u.test(name) || name.split(' ').length > 5) return null;
  return STOPWORDS.has((name.split(' ')[0] as string).toLowerCase()) ? null : name;
}

/** "NRC Digitaal zoekt een" / "# Backend developer"; "Nous cherchons un·e" / "intégrateur·rice". */
function hiringHeader(lines: string[]): HeaderFacts | null {
  const m = HIRING_LINE.exec(lines[0] as string);
  const next = lines[1];
  if (!m) return hiringHeadline(lines[0] as string);
  if (next === undefined) return null;
  const title = trimTitle(next.replace(LEADING_ARTICLE, '')).trim();
  if (title.length > 100 || !titleLike(title)) return null;
  const locations: string[] = [];
  for (const line of lines.slice(2, 6)) {
    const places = placesOf(line, false);
    if (places && places.length > 0) {
      locations.push(...places);
      break;
    }
  }
  // "SPITZ IS HIRING" / title / "AVI Limited": the record's own employer line, with its legal
  // form, over the brand the banner names.
  const below = lines[2];
  const legal = below !== undefined && LEGAL_FORM.test(below) && nameLike(below) ? below : null;
  return { title, company: legal ?? subjectName((m[1] as string).trim()), locations };
}

/** "Acme is hiring a Data Engineer in Berlin", "Dupont recrute un Comptable H/F à Lyon". */
function hiringHeadline(line: string): HeaderFacts | null {
  // "[Singapore] - LiveLabs is hiring Research Engineer": a job board's place tag opens the line.
  const tag = LEAD_TAG.exec(line);
  const m =
    line.length <= 200 ? HIRING_HEADLINE.exec(tag ? line.slice(tag[0].length) : line) : null;
  if (!m) return null;
  let title = (m[2] as string).trim();
  let locations: string[] = tag ? (placesOf(tag[1] as string, false) ?? []) : [];
  const town = THEN_TOWN.exec(title);
  const places = town ? placesOf(town[2] as string, false) : null;
  if (town && places) {
    title = town[1] as string;
    locations = places;
  }
  // "Wir suchen einen …", "We are hiring a …": a sentence of the posting's, read as prose.
  const company = subjectName((m[1] as string).trim());
  if (company === null || !titleLike(title) || title.split(' ').length > 10) return null;
  return { title: trimTitle(title), company, locations };
}

/** "Remote (US Only)" → US; "Hybrid (Cork, Ireland)" → Cork, Ireland; "Bangalore (Hybrid)" → Bangalore. */
function placesInPart(part: string): string[] {
  const out: string[] = [];
  for (const piece of part.split(/\s(?:or|and|ou|oder|o|of)\s/i)) {
    const inner = /^(?:remote|hybrid|on-?site)\s?\(([^()]{2,40})\)$/i.exec(piece.trim())?.[1];
    const place = inner ? inner.replace(/\s?only$/i, '').trim() : piece.trim();
    if (inner && isRegion(place)) out.push(place);
    else out.push(...(placesOf(place, false) ?? []));
  }
  return out;
}

/** "Company | Title | Place | Pay": a poster's own header line. */
function pipeHeader(line: string): HeaderFacts | null {
  const parts = line.split(/\s\|\s/).map((p) => p.trim());
  if (parts.length === 2) return titleAndOther(parts[0] as string, parts[1] as string);
  if (parts.length < 3) return null;
  const liked = parts.findIndex((p) => titleLike(p) && !MONEY.test(p));
  const at = liked < 0 ? titleLeft(parts) : liked;
  if (at < 0) return null;
  // "Acme | Designer | Austin, TX", or "Designer | Acme | Austin, TX": the name before or after it.
  const named = at > 0 ? 0 : 1;
  const name = parts[named] as string;
  const isName =
    nameLike(name) && (at > 0 || (!titleLike(name) && (placesOf(name, false) ?? []).length === 0));
  const company = isName ? name : null;
  const locations = parts
    .filter((_, i) => i !== at && !(i === named && (isName || at > 0)))
    .flatMap(placesInPart);
  return { title: trimTitle(parts[at] as string), company, locations };
}

/**
 * "Service Desk Officer | ACT Government" over "SB Recruitment Pty Ltd": the name after the pipe is
 * the client the ad is for; the legal name on the record's own line under it is the advertiser.
 */
function withAdvertiser(pipe: HeaderFacts | null, below: string | undefined): HeaderFacts | null {
  if (pipe === null || below === undefined || pipe.company === null || pipe.company === below) {
    return pipe;
  }
  return LEGAL_FORM.test(below) && nameLike(below) && !titleLike(below)
    ? { ...pipe, company: below }
    : pipe;
}

/**
 * "SerpApi | https://serpapi.com | Customer Success | Austin, TX | Full-time | $52k": a poster's
 * header line whose title has no job word. The employer first, then every part a web address, a
 * place, a work or contract term or a sum but one: that one is the title.
 */
function titleLeft(parts: string[]): number {
  if (parts.length < 4 || !nameLike(parts[0] as string)) return -1;
  let left = -1;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as string;
    if (URL.test(p) || MONEY.test(p) || WORK_WORDS.test(p) || placesOf(p, false)?.length) continue;
    if (left >= 0) return -1;
    left = i;
  }
  // "EST - PST", "UTC+1": time zones in capitals are no title.
  return left > 0 && /\p{Ll}/u.test(parts[left] as string) ? left : -1;
}

/**
 * "Software Engineer - Acme - Austin, TX": a board's headline of title, employer and place
 * between dashes. The employer must read as a name and recur in the text (or carry a legal form).
 */
function dashHeader(line: string, text: string): HeaderFacts | null {
  const parts = line.split(/\s[-–—]\s/);
  if (parts.length !== 3) return null;
  const [title, name, place] = parts.map((p) => p.trim()) as [string, string, string];
  const locations = placesOf(place, false);
  if (!locations || locations.length === 0 || !titleLike(title)) return null;
  if (!nameLike(name) || titleLike(name) || placesOf(name, false) !== null) return null;
  if (!LEGAL_FORM.test(name) && !recursAsName(text, name, line.length)) return null;
  return { title: trimTitle(title), company: name, locations };
}

/** A name's bracket after it: "Info Support (Veenendaal, Data & AI)" → name, bracket. */
const NAME_BRACKET = /^([^()]{2,60}?)(?:\s\(([^()]{2,60})\))?$/;

/**
 * "Senior Data Engineer - Info Support (Veenendaal, Data & AI)": a title, a dash, then its
 * employer, with the place in brackets. The employer must read as a name and recur in the text
 * as one: as a subject (`recursAsName`), or, a name of two words or more, written the same way
 * twice more.
 */
function titleDashName(line: string, text: string): HeaderFacts | null {
  const parts = line.split(/\s[-–—]\s/);
  if (parts.length !== 2) return null;
  const [title, rest] = parts.map((p) => p.trim()) as [string, string];
  const m = NAME_BRACKET.exec(rest);
  const name = m?.[1]?.trim();
  if (!m || !name || !titleLike(title) || !nameLike(name) || titleLike(name)) return null;
  // "Administrador de Catálogo - Colina (Híbrido)": a town with its work model, no employer.
  if (placesOf(name, false) !== null || (m[2] && WORK_WORDS.test(m[2]))) return null;
  const times = timesAfter(text, name, line.length);
  const recurs =
    LEGAL_FORM.test(name) ||
    recursAsName(text, name, line.length) ||
    (name.includes(' ') && times >= 2);
  // "Momentum" in the header, "Momentum Digital is…" in the text: the longer name is the
  // employer's, which the text's own readers find.
  const longer = timesAfter(text, `${name} `, line.length, /\p{Lu}/u);
  if (!recurs || (longer > 0 && 2 * longer > times)) return null;
  const bracket = m[2] ? (m[2].split(',')[0] as string).trim() : null;
  return {
    title: trimTitle(title),
    company: name,
    locations: bracket ? placesInPart(bracket) : [],
  };
}

/**
 * "Dedagroup – .Net Developer Stage", "Opencity Labs - Technical assistant": the employer, a dash,
 * then the title. The name must recur in the text as a subject; it is written as the text writes
 * it, whatever its case in the header ("OpenCity Labs è la start up …").
 */
function nameDashTitle(line: string, text: string): HeaderFacts | null {
  const parts = line.split(/\s[-–—]\s/);
  if (parts.length !== 2) return null;
  const [name, title] = parts.map((p) => p.trim()) as [string, string];
  if (!titleLike(title) || titleLike(name) || !nameLike(name)) return null;
  if (placesOf(name, false) !== null || DEPARTMENT_LINE.test(name) || WORK_WORDS.test(name)) {
    return null;
  }
  const sample = text.slice(0, 20_000);
  const lower = sample.toLowerCase();
  if (lower.length !== sample.length) return null;
  const at = lower.indexOf(name.toLowerCase(), line.length);
  if (at < 0) return null;
  const spelled = sample.slice(at, at + name.length);
  if (!LEGAL_FORM.test(spelled) && !recursAsName(sample, spelled, line.length)) return null;
  return { title: trimTitle(title), company: spelled, locations: [] };
}

/**
 * How often `name` is written within 20 KB after `from` (at most 8), not inside a word: the next
 * character must match `next` (by default, anything but a letter or digit).
 */
function timesAfter(text: string, name: string, from: number, next?: RegExp): number {
  let n = 0;
  for (let at = text.indexOf(name, from); at >= 0 && at < from + 20_000 && n < 8; ) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    const ends = next ? next.test(after) : !/[\p{L}\d]/u.test(after);
    if (!/[\p{L}\d]/u.test(before) && ends) n++;
    at = text.indexOf(name, at + name.length);
  }
  return n;
}

/**
 * "Desarrolladores | Mobiik", "Cleaner – Department of Health | Johannesburg": a title, then its
 * employer or its place; the employer may also follow the title after a dash.
 */
function titleAndOther(first: string, second: string): HeaderFacts | null {
  if (!titleLike(first) || titleLike(second)) return null;
  // "Data Analyst | Guaranteed 14th month pay": a perk tagged onto the title, no employer.
  if (PAY_WORD.test(second)) return null;
  const places = placesOf(second, false);
  const dash = /^(.{3,80}?)\s[–—]\s(.{2,60})$/.exec(first);
  const employer = dash && nameLike(dash[2] as string) && !titleLike(dash[2] as string);
  const title = trimTitle(employer ? (dash[1] as string) : first);
  if (places && places.length > 0) {
    return { title, company: employer ? (dash[2] as string) : null, locations: places };
  }
  return nameLike(second) ? { title, company: second, locations: [] } : null;
}

/** The record's header, its first line read as "Title - Employer (Place)" where it is one. */
function withDashName(record: HeaderFacts, first: string, text: string): HeaderFacts {
  if (record.company !== null || record.title !== trimTitle(first)) return record;
  const split = titleDashName(first, text) ?? nameDashTitle(first, text);
  if (!split) return record;
  const locations = record.locations.length > 0 ? record.locations : split.locations;
  return { ...record, title: split.title, company: split.company, locations };
}

/** A place's town, lower-cased, to tell the same town apart: "Houston, TX" and "Houston (TX)". */
export function townKey(place: string): string {
  return (place.split(/[,(]/)[0] as string).trim().toLowerCase();
}

/** Cities listed on a header line ("Adelaide, Brisbane, Canberra"), added once each. */
function addPlaces(into: string[], more: string[]) {
  for (const p of more) if (!into.some((q) => townKey(q) === townKey(p))) into.push(p);
}

/** Right after a header's last line: an empty line, then the body's first characters. */
const BLOCK_END = /^[ \t]*\r?\n[ \t]*\r?\n[ \t]*(\S)/;
/** A body line: long, a list item, or a heading ending with a colon ("Deine Aufgaben:"). */
const BODY_LINE = /^[^\n]{61}|^[-*•·]\s|^[^\n:]{2,60}:[ \t]*\r?\n/;

/**
 * "Frontend Entwickler" / "Bertelsmann" / empty line / the body: a record of two header lines, the
 * employer's short name under the title, then the description (a long line or a list). The title
 * line must lead the text and the two lines must stand together.
 */
function twoLineHeader(text: string, first: string, second: string, end: number): boolean {
  const at = end - second.length;
  if (at < first.length || at > 400 || second.split(' ').length > 5) return false;
  if (!/^[\p{Lu}\d]/u.test(second) || !/\S[ \t]*\r?\n[ \t]*$/.test(text.slice(at - 4, at)))
    return false;
  if (!text.slice(0, at).trimEnd().endsWith(first)) return false;
  const gap = BLOCK_END.exec(text.slice(end, end + 12));
  if (!gap) return false;
  const body = text.slice(end + gap[0].length - 1, end + gap[0].length + 80);
  // A board's section heading opens the body ("About the job", "Acerca del empleo").
  const opening = body.trimStart().split('\n', 1)[0] as string;
  // "SEA", "NYC": a code (an airport's, a city's), not a name; "Alle" the body writes as a word;
  // "Huddersfield", or a name the body puts after "in": the town.
  return (
    (BODY_LINE.test(body) || isHeadingLine(opening, false)) &&
    !/^\p{Lu}{2,4}$/u.test(second) &&
    !narrowsTitle(first, second) &&
    !PLACE_ENDING.test(second.slice(second.lastIndexOf(' ') + 1)) &&
    !usedAsWord(text, second, end)
  );
}

/**
 * "Kraftfahrer Fernverkehr" over "Nationaler Fernverkehr", "Nurse Night Shift" over "Weekend
 * Night Shift": a line of several words whose head (its last word) the title holds as a word
 * narrows the job, it names no employer.
 */
function narrowsTitle(title: string, line: string): boolean {
  const space = line.lastIndexOf(' ');
  if (space < 0) return false;
  const head = line.slice(space + 1);
  if (head.length < 4) return false;
  for (let at = title.indexOf(head); at >= 0; at = title.indexOf(head, at + 1)) {
    if (!/\p{L}/u.test(title.charAt(at - 1)) && !/\p{L}/u.test(title.charAt(at + head.length)))
      return true;
  }
  return false;
}

/** A postcode right before a name: "CH-3625 ", "1012 AB ", "75008 ". */
const POSTCODE_BEFORE = /(?:^|[\s,(])(?:[A-Z]{1,2}-)?\d{4,5}(?: [A-Z]{2})? $/;

/**
 * Whether the body writes a one- or two-word name as a town, after a postcode ("CH-3625
 * Heiligenschwendi"). Not after "in": an employer is worked "in" too ("lavorare in PagoPA").
 */
function townElsewhere(text: string, name: string, from: number): boolean {
  if (name.split(' ').length > 2 || !/^\p{Lu}\p{Ll}/u.test(name)) return false;
  const hay = text.slice(from, from + 20_000);
  for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + name.length)) {
    if (/[\p{L}\d]/u.test(hay.charAt(at + name.length))) continue;
    const before = hay.slice(Math.max(0, at - 12), at);
    if (POSTCODE_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * Whether the body writes the line as an ordinary word ("Alle" … "alle") or as a place ("in
 * Lindau"): then it is no employer's name.
 */
function usedAsWord(text: string, line: string, from: number): boolean {
  const lower = line.toLowerCase();
  const hay = text.slice(from, from + 20_000);
  const low = hay.toLowerCase();
  for (let at = low.indexOf(lower); at >= 0; at = low.indexOf(lower, at + 1)) {
    const edges = (low.charAt(at - 1) + low.charAt(at + lower.length)).replace(/[\s.,;:!?]/g, '');
    if (edges !== '') continue;
    if (hay.startsWith(lower, at) && lower !== line) return true;
    if (PLACE_AT_END.test(hay.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

/** A line that is one region or country ("Zuid-Holland", "Brasil"), not work words ("Remote, Any"). */
function regionLine(line: string): string | null {
  const name = withoutRegionCode(line.trim());
  return isRegion(name) ? name : null;
}

/** A list item opening the line after a heading ("Perfil" over "- 12º ano de escolaridade"). */
const LIST_AFTER = /^:?[ \t]*\r?\n[ \t]*[-•*▪]\s/;

/**
 * "## Perfil", "Perfil" over a bulleted list, or "Beneficios" alone, under the title: a section's
 * heading opening the body, not the employer's name.
 */
function sectionOpening(lines: string[], text: string, headings: Set<number>): boolean {
  const second = lines[1] ?? '';
  const heading = classifyHeading(second) !== null || isNonRequirementHeading(second);
  if (second.length > 40 || !heading) return false;
  // "Beneficios" alone on its line: one heading word is no employer's name.
  if (headings.has(1) || !second.includes(' ')) return true;
  const at = text.indexOf(second);
  return at >= 0 && LIST_AFTER.test(text.slice(at + second.length, at + second.length + 12));
}

/** A page's URL slug: lowercase words and figures joined by hyphens, three words or more. */
const URL_SLUG = /^[a-z0-9]{1,30}(?:-[a-z0-9]{1,30}){2,20}$/;

/** "Full time", "Permanent, Part-time": a record's work-term value alone on its line. */
const typeLine = (line: string) => line.length <= 30 && !/^\d/.test(line) && WORK_WORDS.test(line);

/** "Title" then company, place and record fields, in the order boards give them. */
function recordHeader(lines: string[], text: string, headings: Set<number>): HeaderFacts {
  const first = lines[0] as string;
  if (FIELD_LABEL_ALONE.test(first)) return NONE;
  if (BRAND.test(first)) {
    const place = lines[1] === undefined ? null : placesOf(lines[1], false);
    return { title: null, company: first, locations: place ?? [] };
  }
  let company: string | null = null;
  let weak: string | null = null;
  const locations: string[] = [];
  let structured = false;
  let region: string | null = null;
  // "from HALO" under the title: the advertiser's name without its lead word.
  const second = advertiserAfterLead(lines[1] ?? '') ?? lines[1] ?? '';
  const byline = parseByline(second);
  const secondPlaces = placesOf(second, false);
  const named = NAME_AND_PLACE.exec(second);
  // "Filiale Aarauerstrasse 36, Muri (AG)": a branch's street address under the title is the job's
  // place, whatever the town, not the employer's name.
  const addressed = !secondPlaces && addressTown(second) !== null ? placesOf(second, true) : null;
  if (LOCATION_HEADING.test(second)) {
    // Workday, Ashby: "locations" on a line, then one place a line.
    structured = true;
    for (const line of lines.slice(2, 8)) {
      const places = placesOf(line, false);
      if (!places) break;
      addPlaces(locations, places);
    }
  } else if (
    !secondPlaces &&
    named &&
    nameLike(named[1] as string) &&
    placesOf(named[2] as string, false)?.length
  ) {
    // "Willow Lodge Care Home, Norwich".
    company = named[1] as string;
    locations.push(named[2] as string);
    structured = true;
  } else if (byline?.location) {
    company = byline.company;
    locations.push(byline.location);
    structured = true;
  } else if (secondPlaces && brandBranch(second, lines[2] ?? '')) {
    // "Nisum US" over "San Francisco, CA": the employer's branch by its country, the town below.
    company = second;
    locations.push(...(placesOf(lines[2] ?? '', false) ?? []));
    structured = true;
  } else if (secondPlaces) {
    locations.push(...secondPlaces);
    structured = true;
  } else if (addressed !== null && addressed.length > 0) {
    locations.push(...addressed);
    structured = true;
  } else if (nameLike(second) && !isHeading(second) && !sectionOpening(lines, text, headings)) {
    const third = lines[2] ?? '';
    // "Profiel", "Regio": a section heading or a place's label under the name is no place itself.
    // "Regio" over "Utrecht": the label's value on the line below is the place.
    const placeLabel = LOCATION_HEADING.test(third);
    // "Horaire", "Permanent": a record's value word under the name is a field, no place.
    const valueWord = VALUE_LINE.test(third);
    // "Role Overview", "Key Responsibilities": a section's heading under the name is no place.
    const labelLine =
      placeLabel ||
      valueWord ||
      (third.length <= 40 &&
        (classifyHeading(third) !== null || isKnownHeading(third) || isDutyHeading(third)));
    const thirdPlaces = placeLabel
      ? placesOf(lines[3] ?? '', true)
      : labelLine
        ? null
        : placesOf(third, !headings.has(2));
    const end = text.indexOf(second) + second.length;
    if (thirdPlaces) locations.push(...thirdPlaces);
    if (!thirdPlaces && townElsewhere(text, second, end)) {
      // "Heiligenschwendi" under the title, "CH-3625 Heiligenschwendi" in the address below.
      locations.push(second);
      structured = true;
    } else if (
      !ID_FIELD.test(second) &&
      (thirdPlaces ||
        fieldLine(third) ||
        valueWord ||
        // "TTC" over "JOB INFORMATION" (or "Closing on 10 Jun", a unit's name) over "Requisition
        // ID: 13065": the employer's line heads a block of record fields.
        (third.length <= 60 && fieldLine(lines[3] ?? '')) ||
        LEGAL_FORM.test(second) ||
        localBranch(second) ||
        recursAsName(text, second, end))
    ) {
      // "Xinerlink - Unidad Logística": the employer without its business unit.
      const unit = UNIT_AFTER_DASH.exec(second);
      company = unit && unit.index >= 2 ? second.slice(0, unit.index) : second;
      structured = true;
    } else if (twoLineHeader(text, first, second, end)) {
      // The layout alone names it: a name the text gives elsewhere ("Wir, die CIB-Gruppe") wins.
      weak = second;
    }
  } else if (typeLine(second) && placesUnderValue(lines[2] ?? '')) {
    // "Full time" under the title, then "Klang": the record's type, then its place.
    locations.push(...(placesUnderValue(lines[2] ?? '') ?? []));
    structured = true;
  } else if (fieldLine(second) || (isHeadingLine(second, false) && fieldLine(lines[2] ?? ''))) {
    // "Details" over "Start: ab sofort": a page's block of record fields under the title.
    structured = true;
  }
  if (structured) {
    // Record fields may stand between the company and its place (salary, contract lines).
    for (const line of lines.slice(2, 7)) {
      // "Horaire", "Permanent": a record's value word, no place however the gazetteer spells it.
      if (VALUE_LINE.test(line)) continue;
      const places = placesOf(line, false);
      if (places && (places.length > 2 || locations.length === 0)) addPlaces(locations, places);
      // "Acme" over "Brasil": a country or region alone among the record's lines.
      if (places?.length === 0) region ??= regionLine(line);
    }
  }
  const trimmed = trimTitle(first);
  const title = titleOnItsOwn(trimmed) || (structured && plausibleTitle(trimmed)) ? trimmed : null;
  const at = title === null ? null : employerAfter(title);
  const atName = at?.company ?? null;
  // "ACME VACANCIES" over "ACME": a heading of the employer's, not a title. A title naming the
  // employer after "at"/"na" ("Developer na Guasti Tecnologia", then "## Guasti") stays a title.
  if (title !== null && company !== null && title.includes(company)) {
    if (atName?.startsWith(company) || categoryInTitle(title, company)) company = null;
    else return { title: null, company, locations };
  }
  // Without a title the layout is unconfirmed: only a line that is plainly a place counts.
  if (title === null) return { title: null, company: null, locations: secondPlaces ?? [] };
  const facts: HeaderFacts = { title, company, locations };
  if (secondPlaces?.length === 0) region = regionLine(second) ?? region;
  if (region !== null) facts.region = region;
  if (weak !== null && company === null) facts.layoutCompany = weak;
  // The title stays as written ("Front-end Developer bij NAK (Emmeloord)"): its employer and
  // town are read from it.
  if (at && (company === null || company === at.company)) {
    facts.company = at.company;
    if (at.town && locations.length === 0) facts.locations = [at.town];
  }
  // "[Niterói - Híbrido] Front-end Developer": a leading tag naming the place and the work model.
  if (facts.locations.length === 0) facts.locations = tagPlaces(title);
  const tag = /\s\[([^\]]{2,40})\]$/.exec(title)?.[1];
  if (tag && facts.company === null && text.includes(tag, text.indexOf(title) + title.length))
    facts.company = tag;
  return facts;
}

/**
 * "Coordonnateur, Événements – DOCK619" over "Événements": one word a title naming a post (a job
 * word in it) gives after a comma is the ad's category repeated, not the employer's name ("ACME
 * VACANCIES" over "ACME" stays the employer's heading; "Developer (Acme)" over "Acme" the name).
 */
export function categoryInTitle(title: string, line: string): boolean {
  return !line.includes(' ') && title.includes(`, ${line}`) && titleLike(title);
}

/**
 * The places of a title's leading "[…]" tag: "[Hybrid - São Paulo]" → São Paulo. Beside a work
 * model or a region ("[Niterói - Híbrido]", "[Brusque - Santa Catarina]") any proper name is the
 * town; a tag of one word ("[Alocado]") must be a known place.
 */
function tagPlaces(title: string): string[] {
  const tag = /^\[([^\]]{2,60})\]/.exec(title)?.[1];
  if (!tag) return [];
  // "[Remoto Lisboa, Porto]": a work word may open a part, before its place.
  let modelled = false;
  const parts = tag.split(/\s?[-–/|]\s?|,\s/).map((raw) => {
    const p = raw.trim();
    const lead = /^(\S+)\s(.{2,40})$/.exec(p);
    if (!lead || !WORK_WORDS.test(lead[1] as string)) return p;
    modelled = true;
    return lead[2] as string;
  });
  const framed =
    parts.length > 1 && (modelled || parts.some((p) => WORK_WORDS.test(p) || isRegion(p)));
  const out: string[] = [];
  for (const part of parts) {
    const loose = framed && part.length > 3 && !isRegion(part);
    const places = placesOf(part, loose);
    if (places) out.push(...places);
  }
  return out;
}

/**
 * One full sentence, a capital first and a full stop last, most of its words in lower case ("No
 * endorsement of any products or services is expressed or implied."): prose, not a title, whose
 * words are mostly capitalised ("Colaborador Ventas, IKEA 7 Palmas City Shop.").
 */
function noteLine(line: string): boolean {
  if (line.length > 200 || !/^\p{Lu}[^.!?:]{20,}\.$/u.test(line)) return false;
  return line.split(' ').filter((w) => /^\p{Ll}/u.test(w)).length >= 6;
}

/** The header read once per posting, for the title, company and place readers. */
const headerOf = perText((text: string) => readHeaderOnce(text));

/** The title, company and places a posting's first lines give (the last text's answer is kept). */
export function readHeader(text: string): HeaderFacts {
  const facts = headerOf(text);
  return { ...facts, locations: [...facts.locations] };
}

/** "[Recrutement]": a line that is one tag in square brackets, its inside. */
const BRACKET_TAG = /^\[([^\]\n]{2,28})\]$/;

function readHeaderOnce(text: string): HeaderFacts {
  // A quoted note ("> Vaga semi-presencial") is no header line; a markdown heading ("## Acme")
  // after the first line names a section, so it is never read as a place by position alone.
  const headings = new Set<number>();
  const lines: string[] = [];
  const top = firstLines(text, 8);
  for (const [i, raw] of top.entries()) {
    if (raw.startsWith('>')) continue;
    // "Home › Companies › Acme › Backend Engineer": a page's breadcrumb ends with the posting.
    const crumbs = raw.split(/\s[›»>]\s/);
    const line = cleanLine(crumbs.length >= 3 ? (crumbs.at(-1) as string) : raw);
    // "[Vacature]", "[Recrutement]": a blog's category tag in brackets reads as the word alone.
    const tag = lines.length === 0 ? line.replace(BRACKET_TAG, '$1') : line;
    if (line.length === 0 || (lines.length === 0 && TITLE_HEADING.test(tag))) continue;
    // "Dufour Tours - Employment" over the ad: the careers page's title names the employer only.
    if (lines.length === 0 && i === 0 && isCareersPageTitle(line)) continue;
    // "Current Opening" over the title: the careers page's own heading ("Carrières" over a
    // sentence, "Nous recrutons.", heads an intro, not the title).
    // A colon after it ("Unsere Stellen-Angebote:", "Vacatures :") heads the same list.
    if (lines.length === 0 && line.length <= 30 && CAREERS_HEADING.test(tag.replace(/\s?:$/, ''))) {
      if (!/[.!?]$/.test(cleanLine(top[i + 1] ?? ''))) continue;
    }
    // "id: P053750" over a record's title: its reference number alone, no header line.
    if (lines.length === 0 && line.length <= 30 && REF_ONLY.test(line)) continue;
    // "registered-nurse-er-new-mexico" over the title: the page's URL slug, no header line.
    if (lines.length === 0 && URL_SLUG.test(line)) continue;
    // "Plongeur" / "Cuisine" / "Longueuil, QC": the category a careers page files the ad under,
    // right under the title, is neither the employer nor the place; the record goes on below it.
    if (lines.length === 1 && DEPARTMENT_LINE.test(line)) continue;
    // "Shape the future of secure development": the ad's strap line under its title.
    if (lines.length === 1 && line.length <= 80 && readsAsProse(line)) continue;
    // The page's heading under its breadcrumb repeats the posting's name.
    if (line === lines[lines.length - 1]) continue;
    if (raw.startsWith('#') && lines.length > 0) headings.add(lines.length);
    lines.push(line);
  }
  // "No endorsement of any products or services is expressed or implied." over the title: a
  // page's note, one full sentence, is no header line; the record starts at the short line below.
  if (lines.length > 2 && noteLine(lines[0] as string) && !/[.:]$/.test(lines[1] as string)) {
    lines.shift();
    const moved = [...headings].map((i) => i - 1).filter((i) => i > 0);
    headings.clear();
    for (const i of moved) headings.add(i);
  }
  // A posting pasted as one line has no header lines (`posting.ts` splits it).
  if (lines.length === 0 || (lines[0] as string).length > 200) return NONE;
  return (
    hiringHeader(lines) ??
    withAdvertiser(pipeHeader(lines[0] as string), lines[1]) ??
    dashHeader(lines[0] as string, text) ??
    withDashName(recordHeader(lines, text, headings), lines[0] as string, text)
  );
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(PAY_WORD, LEGAL_FORM, BLOCK_END, BODY_LINE);
