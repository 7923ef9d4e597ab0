import { looksLikePlace, parseByline } from './byline';
import { isRegion } from './places';
import { classifyHeading, isHeadingLine } from './sections';

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

/** Words that make a short line read as a job title. */
const JOB_NOUN =
  /(?:manager|engineer|specialist|analyst|developer|designer|director|lead|consultant|assistant|associate|coordinator|administrator|architect|scientist|intern|officer|representative|executive|head|vp|president|technician|nurse|teacher|accountant|advisor|adviser|agent|writer|editor|researcher|recruiter|strategist|operator|programmer|tester|owner|partner|planner|buyer|clerk|cashier|driver|chef|cook|receptionist|secretary|supervisor|controller|auditor|economist|lawyer|attorney|paralegal|pharmacist|therapist|physician|doctor|trainee|apprentice|responsable|chargée?|chef|ingénieure?|développeu(?:r|se)|commerciale?|directeur|directrice|stagiaire|technicienne?|conseill(?:er|ère)|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|kauf(?:mann|frau)|werkstudent(?:in)?|praktikant(?:in)?|desarrollador(?:a)?|ingenier[oa]|gerente|técnic[oa]|comercial|analista|asistente|becari[oa]|jef[ea]|sviluppatore|ingegnere|responsabile|addett[oa]|impiegat[oa]|tecnico|stagista|desenvolvedor(?:a)?|engenheir[oa]|assistente|estagiári[oa]|medewerker|ontwikkelaar|adviseur|beheerder|stage|stagista|tirocinante|tirocinio|praktikum|stagiair|alternance|apprentie?|estágio)(?![\p{L}])/iu;
const GENDER_MARKER =
  /(?<![\p{L}])\(?(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|h\/f|f\/h|m\/f|h\/m)\)?(?![\p{L}])/iu;

/** "As a Senior Account Manager you'll ..." and its siblings in other languages. */
const TITLE_IN_PROSE =
  /\b(?:As|Als|En tant que|Como|Come|In qualità di|We are looking for|We're looking for|We are hiring|We're hiring|Nous recherchons|Wir suchen)\s(?:an?|our|the|une?|notre|eine?n?|unser(?:e|en)?|una?|nuestro|nuestra|um|uma|onze|ab sofort)?\s?((?:[\p{Lu}][\p{L}&/-]*\s){0,5}[\p{Lu}][\p{L}&/-]*)/gu;

const ABOUT_COMPANY =
  /^(?:About|Über|À propos de|A propos de|Sobre|Acerca de|Over)\s((?:[\p{Lu}\d][\p{L}\d&.'-]*\s?){1,4}?)\s?[:!]?$/u;
const NOT_COMPANY =
  /^(?:us|you|the|this|our|we|it|the role|the team|the job|the position|this role|the company|company|job|role|team|position)$/i;
const EOE_COMPANY =
  /(?:^|[.!?]\s)((?:[\p{Lu}][\p{L}\d&'-]*\s){1,4}?)(?:is|are) (?:an?|a proud) equal (?:opportunity|employment)/u;
const AT_COMPANY = /\bAt ((?:[\p{Lu}][\p{L}\d&'-]*\s?){1,3}), (?:we|our)\b/u;

const TITLE_LABEL =
  /^(?:job title|title|position|role|poste|intitulé(?: du poste)?|stellenbezeichnung|stelle|puesto|posizione|ruolo|cargo|functie|vacature)\s?:\s?(.{3,100})$/i;
const COMPANY_LABEL =
  /^(?:company|employer|organi[sz]ation|entreprise|société|employeur|unternehmen|arbeitgeber|firma|empresa|azienda|bedrijf|werkgever)\s?:\s?(.{2,80})$/i;

/** The value of the first "Label: value" line among the first lines. */
function labelled(text: string, label: RegExp): string | null {
  for (const line of firstLines(text, 12)) {
    const m = label.exec(line);
    if (m) return (m[1] as string).trim();
  }
  return null;
}

const LOCATION_LABEL =
  /^(?:location|locations|standort|arbeitsort|lieu|localisation|ubicación|sede|localização|locatie|based in)\s?:\s?(.{2,80})$/i;
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

const NON_SPACE = /\S/g;

/** The first non-empty lines, trimmed (blank runs are skipped in one regex step). */
function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  NON_SPACE.lastIndex = 0;
  while (out.length < count) {
    const m = NON_SPACE.exec(text);
    if (!m) break;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    out.push(text.slice(m.index, Math.min(end, m.index + 300)).trim());
    NON_SPACE.lastIndex = end;
  }
  return out;
}

function looksLikeTitle(line: string): boolean {
  if (line.length < 3 || line.length > 100 || /[.!?:;]$/.test(line)) return false;
  if (line.split(/\s+/).length > 12 || !/^[\p{Lu}\d]/u.test(line)) return false;
  if (isHeadingLine(line, false) && classifyHeading(line) !== null) return false;
  return JOB_NOUN.test(line) || GENDER_MARKER.test(line);
}

export function findTitle(text: string, jsonLd: JsonLd, meta: PageMeta | undefined): string | null {
  const fromPage = str(jsonLd?.title) ?? str(meta?.title);
  if (fromPage) return fromPage;
  const label = labelled(text, TITLE_LABEL);
  if (label) return label;
  for (const line of firstLines(text, 4)) {
    if (looksLikeTitle(line) && !isPlace(line)) return line;
  }
  const sample = text.slice(0, 5000);
  TITLE_IN_PROSE.lastIndex = 0;
  for (let m = TITLE_IN_PROSE.exec(sample); m; m = TITLE_IN_PROSE.exec(sample)) {
    const words = (m[1] as string).split(/\s+/);
    // Keep the capitalised run up to its last job noun ("Senior Account Manager").
    for (let n = words.length; n > 0; n--) {
      if (JOB_NOUN.test(words[n - 1] as string)) return words.slice(0, n).join(' ');
    }
  }
  return null;
}

export function findCompany(
  text: string,
  jsonLd: JsonLd,
  meta: PageMeta | undefined,
): string | null {
  const org = jsonLd?.hiringOrganization;
  const fromPage = str(obj(org)?.name) ?? str(org) ?? str(meta?.company);
  if (fromPage) return fromPage;
  const label = labelled(text, COMPANY_LABEL);
  if (label) return label;
  const byline = bylineOf(text);
  if (byline?.company) return byline.company;
  for (const line of firstLines(text, 60)) {
    const about = ABOUT_COMPANY.exec(line);
    const name = about?.[1]?.trim();
    if (name && !NOT_COMPANY.test(name)) return name;
  }
  const sample = text.slice(0, 50_000);
  for (const re of [EOE_COMPANY, AT_COMPANY]) {
    const name = re.exec(sample)?.[1]?.trim();
    if (name && !NOT_COMPANY.test(name) && !/^(?:We|The|This|It|Our)\b/.test(name)) return name;
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
  for (const line of firstLines(text, 4).slice(1)) {
    const byline = parseByline(line);
    if (byline) return byline;
  }
  return null;
}

function placeFromJsonLd(place: unknown): string | null {
  const p = obj(place);
  if (!p) return str(place);
  const address = obj(p.address);
  if (!address) return str(p.address) ?? str(p.name);
  const country = str(address.addressCountry) ?? str(obj(address.addressCountry)?.name);
  const parts = [str(address.addressLocality), str(address.addressRegion) ?? country];
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
  if (fromMeta) return [fromMeta];
  const byline = bylineOf(text);
  if (byline?.location) return [byline.location];
  const found: string[] = [];
  for (const line of firstLines(text, 8)) {
    if (line === title) continue;
    const labelled = LOCATION_LABEL.exec(line);
    const candidates = (labelled ? (labelled[1] as string) : line)
      .split(/\s?[;|]\s?/)
      .map((c) => c.replace(/\s*\((?:hybrid|remote|on-?site)\)$/i, '').trim());
    for (const c of candidates) {
      const tail = c.slice(c.indexOf(',') + 1).trim();
      if (labelled && c.length > 1) found.push(c);
      else if (isPlace(c)) found.push(lastTwo(c));
      else if (c.split(',').length === 3 && isPlace(tail)) found.push(tail);
    }
  }
  return [...new Set(found)];
}
