import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LATIN } from '../lexicon/letters';
import { warmLater } from '../pipeline/gate';
import { isCity, isRegion, isTown } from './places';
import { JOB_WORD, LEGAL_FORM, LOCATION_HEADING } from './posting-words';

/**
 * The line under a posting's title that many boards print: "Quillstack · New York, NY · Hybrid",
 * "Brightline Health — Austin, TX (On-site)", "Maple Digital | Toronto, ON | Remote". The first
 * part is the company, the part that reads as a place is the location; work-model and contract
 * words are skipped.
 */

const SEPARATOR = /\s[·|—–]\s|\s-\s/;
/**
 * A part of a byline that is a work model or a contract ("Hybrid", "Vollzeit", "CDI"), or opens
 * with a figure (hours, a date): no company and no place.
 */
export const WORK_WORDS = new RegExp(
  `^(?:(?:${alternation((l) => l.posting.bylineTerms)})(?![${LATIN}])|\\d)`,
  'i',
);
/** A proper name of one to three words: "Buchholz", "New York", "Montréal". */
const PROPER_NAME =
  /^[\p{Lu}][\p{L}'.]*(?:-[\p{L}'.]+){0,3}(?:\s(?:(?:am|an|im|der|de|del|la|le|sur|upon|on|en|di|da|do|van|von|aan|den)\s)?[\p{Lu}][\p{L}'.]*(?:-[\p{L}'.]+){0,3}){0,2}$/u;

/** A day's name, with a full stop or comma after it: "Monday - Saturday." names days, no place. */
const DAY_NAME = caseless(`^(?:${alternation((l) => l.schedule.dayNames)})[.,;]?$`, 'iu');

export interface Byline {
  company: string | null;
  location: string | null;
}

/**
 * "Paris 9e" → "Paris", "Lyon (69)" → "Lyon", "Austin, TX (On-site)" → "Austin, TX",
 * "22145, Hamburg, DE" → "Hamburg, DE".
 */
const POSTCODE_FIRST = /^\d{4,5},?\s(?=\p{Lu})/u;

function placePart(part: string): string {
  return part
    .replace(POSTCODE_FIRST, '')
    .replace(/\s*\([^)]{0,40}\)$/, '')
    .replace(/(,\s?[A-Z]{2})\s\d{5}(?:-\d{4})?$/, '$1')
    .replace(/\s\d{1,2}(?:e|er|ème)?$/, '')
    .trim();
}

/** "San Francisco Bay Area", "Greater Boston Area": a town's metropolitan area, as boards name it. */
const METRO = caseless(
  `^(?:greater\\s)?(\\p{L}[\\p{L}'. -]{1,40}?)\\s(?:${alternation((l) => l.posting.metroAfter)})$`,
  'iu',
);

/** The last words of the metropolitan-area words ("area"): a value ending otherwise is none. */
const METRO_LAST = new Set(
  LEXICONS.flatMap((l) =>
    l.posting.metroAfter.map((w) => w.slice(w.lastIndexOf(' ') + 1).toLowerCase()),
  ),
);

/** The known town whose metropolitan area a value names ("San Francisco Bay Area"), or null. */
export function metroTown(value: string): string | null {
  if (value.length > 60 || !METRO_LAST.has(value.slice(value.lastIndexOf(' ') + 1).toLowerCase()))
    return null;
  const town = METRO.exec(value)?.[1];
  return town !== undefined && isTown(town) ? town : null;
}

export function looksLikePlace(part: string): boolean {
  if (metroTown(part) !== null) return true;
  const parts = part.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((p) => PROPER_NAME.test(p) || isRegion(p))) return false;
  if (isRegion(parts[parts.length - 1] as string)) return true;
  // "Medellín, Antioquia", "London, Ontario": a known town, then its region's name. Two towns
  // ("Berlin, Hamburg") are a list, read elsewhere.
  const [town, area] = parts as [string, string];
  // "Bordeaux, CDI", "Chennai, Work From Home": a contract or work model is no region.
  // "Sydney, Australia. RASSURE aims…": a region's name never runs past a sentence's end.
  if (/[.!?]\s/.test(area)) return false;
  return parts.length === 2 && isCity(town) && !isCity(area) && !WORK_WORDS.test(area);
}

export function parseByline(line: string): Byline | null {
  if (line.length > 140 || !SEPARATOR.test(line)) return null;
  const parts = line
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 5) return null;
  const [first, ...rest] = parts as [string, ...string[]];
  // "Location: Remote - Canada" is a labelled line, read by posting.ts; "Especialista | …" a title
  // (its job word is looked for last: the costliest test, and most lines are no byline).
  if (first.includes(':')) return null;
  // "Location – Bristol Filton Office": a location label before a dash, then the place; no company.
  if (LOCATION_HEADING.test(first)) {
    const place = rest.length === 1 ? placePart(rest[0] as string) : '';
    return place.length >= 2 && !JOB_WORD.test(place) ? { company: null, location: place } : null;
  }
  const byline = bylineParts(line, parts, first, rest);
  return byline === null || JOB_WORD.test(first) ? null : byline;
}

/** The company and place of a byline's parts, the first part no label and no title. */
function bylineParts(line: string, parts: string[], first: string, rest: string[]): Byline | null {
  const firstPlace = placePart(first);
  if (looksLikePlace(firstPlace) || isCity(firstPlace)) {
    // "Amsterdam · Hybride · Fulltime": a place then work words, no company.
    if (rest.every((p) => WORK_WORDS.test(p))) return { company: null, location: firstPlace };
    // "London, UK | Dublin, Ireland" is a list of places, not a byline.
    return null;
  }
  let location: string | null = null;
  let at = 0;
  for (const [i, part] of rest.entries()) {
    // A postcode opens a place ("22145, Hamburg"), not hours ("38,5 h/Woche").
    if (WORK_WORDS.test(part) && !POSTCODE_FIRST.test(part)) continue;
    const place = placePart(part);
    // "ORBIT | SHIFT | CENTRO": a name in capitals is a code unless it is a known place.
    const shouted = place === place.toUpperCase() && !isCity(place);
    // "PERSONAL SERVICE GmbH" is a name, not a town.
    if (DAY_NAME.test(place)) continue;
    if (looksLikePlace(place) || (PROPER_NAME.test(place) && !shouted && !LEGAL_FORM.test(place))) {
      location = place;
      at = i;
      break;
    }
  }
  // A byline names a place; without one this is some other line with a dash in it.
  if (!location) return null;
  // "NHS Professionals - Non-Clinical", "BETWEEN - ADICIONA": after a bare hyphen, an unknown
  // single name is more likely a division or a second brand than a town.
  if (parts.length === 2 && / - /.test(line) && !isCity(location) && !looksLikePlace(location))
    return null;
  // "APRIORI – BUSINESS SOLUTIONS AG - 22145, Hamburg, DE": a name with a dash in it, whole, when
  // the parts before the place end in a legal form.
  const before = rest.slice(0, at);
  const whole = before.length > 0 && LEGAL_FORM.test(before[before.length - 1] as string);
  const name = whole ? line.slice(0, line.indexOf(before[before.length - 1] as string)) : first;
  // "PJ/hybrid, only 2 days in person - Lisboa": a sentence of terms before the place, no name.
  const terms = WORK_WORDS.test(first) || (/\d/.test(first) && SENTENCE_WORDS.test(first));
  const company = terms ? null : whole ? `${name}${before.at(-1)}` : first;
  return { company, location };
}

/** Three lower-case words in a row: prose, not a name. */
const SENTENCE_WORDS = /\p{Ll}{2,}\s\p{Ll}{2,}\s\p{Ll}{2,}/u;

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(SEPARATOR, WORK_WORDS, PROPER_NAME, SENTENCE_WORDS);
