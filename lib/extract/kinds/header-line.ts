import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import { isHeadingLine, opensAboutBox } from '../pipeline/sections';
import { WORK_WORDS } from './byline';
import { DIGIT_BRAND, isHeading, MONEY, placesOf } from './place-line';
import { isCity, isRegion } from './places';
import {
  COMPANY_HEADING,
  GENDER_FORM,
  GENDER_MARKER,
  JOB_WORD,
  LEGAL_FORM,
  LOCATION_HEADING,
  postingAlt,
  TITLE_HEADING,
  VALUE_LINE,
} from './posting-words';
import { readsAsProse } from './prose-line';
import { TITLE_REF } from './title-trim';

/**
 * What one line of a record's header is (`header.ts`): a name an employer can have, a record's
 * field (a label, an address, a pay class, a sum), or a brand's local branch.
 */

export const URL = /^https?:\/\/\S+$/;
/** "Salary: …", "Responsibilities: Front Desk", "JOB ID 37380". */
export const FIELD =
  /^[\p{L}][\p{L}\d '’/().-]{0,40}\s?:\s?\S|^[\p{Lu}][\p{L} ]{0,15}\s?#?\s?\d{3,}$/u;
/**
 * "Contrat à durée indéterminée", "Befristet auf 12 Monate": a record's contract line under the
 * title, however long the phrase, is no employer.
 */
export const CONTRACT_LINE = caseless(
  `^(?:${alternation((l) => [...l.employment.permanent, ...l.employment.temporary])})(?![\\p{L}])`,
  'iu',
);

/**
 * A line that can be an employer's name: short, no sentence, no job word, not a place. A public
 * body's name runs long ("Eidgenössisches Departement für Umwelt, Verkehr, Energie und …").
 */
export function nameLike(line: string): boolean {
  if (line.length < 2 || line.length > 90 || line.split(' ').length > 9) return false;
  if (CONTRACT_LINE.test(line) || PAY_CLASS.test(line) || VALUE_LINE.test(line)) return false;
  // "OFFRE n° 7160A", "Stelle Nr. 2024-17": the ad's number, no employer.
  if (TITLE_REF.test(line)) return false;
  if (LEGAL_FORM.test(line) && !line.includes(':')) return true;
  if (/[!?:;]$|\p{Ll}{2}[.!?]\s/u.test(line) || MONEY.test(line) || URL.test(line)) return false;
  // "Close this search box.": a sentence (two lower-case words, a full stop), a page's chrome.
  if (/\.$/.test(line) && (line.match(/\s\p{Ll}/gu)?.length ?? 0) >= 2) return false;
  if (line.includes(' | ') || readsAsProse(line)) return false;
  // "40 Stunden" opens with its figure as hours do; "247.ai", "7-Eleven", "3M" are brands.
  // "Dock 619", "Studio 54": one name and a short number are a brand, not a record's "JOB ID 37380".
  const field = FIELD.test(line) && !(NAME_NUMBER.test(line) && !AD_NOUN_FIRST.test(line));
  if ((WORK_WORDS.test(line) && !DIGIT_BRAND.test(line)) || isHeading(line) || field) return false;
  if (isHeadingLine(line, false) || LOCATION_HEADING.test(line) || COMPANY_HEADING.test(line))
    return false;
  // "Puesto", "Job Role:": a record's label cell, its value on the next line.
  if (TITLE_HEADING.test(line)) return false;
  // "About the business and the role" under the title: the employer's box opens, no name.
  if (opensAboutBox(line)) return false;
  // "No experience needed", "Expérience exigée": a record's requirement line, no name.
  if (EXPERIENCE_NOUN.test(line)) return false;
  if (LEGAL_FORM.test(line)) return true;
  // "Attorney-General's Chambers", "the Pharmacist's Shop": a job noun owning the next word names
  // a body, not a post.
  const unowned = line.replace(OWNER_WORD, '');
  return !JOB_WORD.test(unowned) && !GENDER_MARKER.test(line) && !GENDER_FORM.test(line);
}

/** A capitalised name of three letters or more, then a number of two or three figures. */
export const NAME_NUMBER = /^\p{Lu}\p{Ll}{2,15}\s\d{2,3}$/u;
/** A record's value word or the ad's noun first ("Stelle 123", "Vacature 42"): no brand. */
export const AD_NOUN_FIRST = new RegExp(`^(?:${postingAlt('notNameStart')})\\b`, 'i');

/** An experience noun as a whole word ("experience", "expérience", "Erfahrung"), five letters up. */
export const EXPERIENCE_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${alternation((l) => l.experience.nouns.filter((w) => w.length >= 5))})(?![\\p{L}])`,
  'iu',
);

/** A word with a possessive ending of any language's lexicon ("Attorney-General's"). */
export const OWNER_WORD = new RegExp(
  `[\\p{L}-]+(?:${alternation((l) => l.posting.possessives)})(?![\\p{L}])`,
  'gu',
);

/** The words of a line, without the dashes and bars that separate its parts ("A - B | C"). */
export function wordCount(line: string): number {
  return line.split(' ').filter((w) => !/^[-–—|/·•]$/.test(w)).length;
}

/** "Lazada Singapore", "Acme Deutschland": a brand, then the country or city of its branch. */
export function localBranch(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  const place = words[words.length - 1] as string;
  return (isRegion(place) || isCity(place)) && !isRegion(words.slice(0, -1).join(' '));
}

/**
 * "Nisum US" over "San Francisco, CA": a name and a country read as a place, with a plain place on
 * the next line that does not contain the name's word, is the employer's branch.
 */
export function brandBranch(line: string, next: string): boolean {
  if (!localBranch(line)) return false;
  const words = line.split(' ');
  const place = words[words.length - 1] as string;
  if (!isRegion(place) || words.slice(0, -1).some((w) => isCity(w) || isRegion(w))) return false;
  const below = placesOf(next, false);
  return below !== null && below.length > 0 && !next.includes(words[0] as string);
}

/** A record field line: labelled, a URL, a salary, work words, a pipe list. */
/** "Competition # : 47362", "Job ID: R-10233": a record's number under the title, no employer. */
export const ID_FIELD = /^\p{L}[\p{L} #.]{0,30}:\s{0,2}[A-Z]{0,4}-?\d[\d-]{1,12}$/u;
/**
 * "FR4 Fire Ranger 4", "AS-02 Clerk II": a public service's pay class (a code, the class's name,
 * its level) under the title, a record field and no employer.
 */
export const PAY_CLASS = /^[A-Z]{1,4}-?\d{1,2}\s\p{Lu}[\p{L} -]{2,50}\s(?:\d{1,2}|[IVX]{1,4})$/u;

export function fieldLine(line: string): boolean {
  if (URL.test(line) || FIELD.test(line) || line.includes(' | ') || PAY_CLASS.test(line))
    return true;
  return line.length <= 80 && (MONEY.test(line) || WORK_WORDS.test(line));
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(CONTRACT_LINE, URL, FIELD);
