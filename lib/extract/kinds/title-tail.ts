import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LEGAL_FORM, townKey } from './header';
import { placesOf } from './place-line';
import { isCity, isCountry, isTown } from './places';
import { THEN_TOWN } from './posting-words';

/**
 * A title's head or tail that a board or a careers page adds around the role: the employer
 * ("Electrical Technician - Acme Industries Plc", "Acme Systems: Lead Engineer"), or the place
 * ("Network Engineer - Kenya", "Engineer (Dublin, Ireland)", "Track Officer - Leeds Central Station"
 * when Leeds is the posting's town). The role alone is the title; the place, when it was one, is
 * handed back so that a posting naming no other place keeps it.
 */
export interface TitleTail {
  title: string;
  place: string | null;
  /** The employer a title's tail names by its site ("Caretaker - Hyrstmount Junior School"). */
  employer: string | null;
}

/** "Acme Systems: Lead Engineer (Dublin, Ireland)": the employer, a colon, then the rest. */
const NAME_COLON = /^([^:]{2,60}):\s(.{3,120})$/u;
/**
 * The last bracket closing a title with a town and its country or region: "Lead Engineer (Dublin,
 * Ireland)". A bracket of one word stays ("Designer (mobile)", "Developer bij Acme (Utrecht)").
 */
const LAST_BRACKET = /^(.{3,120}?)\s\(([^(),]{2,40},\s?[^(),]{2,40})\)$/u;
/**
 * The last dash, bar or underscore with spaces round it: "Cisco Engineer - Kenya", "Officer | Acme
 * Ltd", "Java Developer _ Torino/Milano".
 */
const LAST_DASH = /^(.{3,120})\s[-–—|_]\s([^-–—|_]{2,60})$/u;
/**
 * A country and its town in the closing bracket, joined by a dash: "Data Scientist (Saudi Arabia-
 * Tabuk)", "Nurse (UAE - Abu Dhabi)". The town is the place.
 */
const BRACKET_DASH = /^(.{3,120}?)\s\(([^()\-–]{2,40}?)\s?[-–]\s?([^()\-–]{2,40})\)$/u;

/** The town of a bracket's "Country - Town" (either way round), or null. */
function bracketTown(first: string, second: string): string | null {
  const [a, b] = [first.trim(), second.trim()];
  if (isCountry(a) && isTown(b)) return b;
  if (isCountry(b) && isTown(a)) return a;
  return null;
}

/**
 * "Hyrstmount Junior School", "Kita Sonnenschein", "Escola Viva": a site's own name, up to eight
 * words that open or end with the kind of site (lexicon `posting.siteNouns`); written with a
 * capital (tested apart: a case-blind `\p{Lu}` takes any letter).
 */
const SITE_NAME = caseless(
  `^(?:(?:${alternation((l) => l.posting.siteNouns)})\\s(?:\\S+\\s){0,6}\\S+|(?:\\S+\\s){0,6}\\S*(?:${alternation((l) => l.posting.siteNouns)}))$`,
  'iu',
);

/** "Health Educator II, Community Health Education-Dallas": a known city glued on by a dash. */
const GLUED_CITY = /^(.{3,120}\p{Ll})-(\p{Lu}[\p{L}.' ]{2,30})$/u;

function lowered(s: string): string {
  return s
    .replace(/[.\s]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Whether `part` names a place: a known country, town or city, or a line the place reader takes. */
function namesPlace(part: string, places: readonly string[]): boolean {
  const bare = part.trim();
  // "Designer - mobile": a place is written with a capital.
  if (!/^\p{Lu}/u.test(bare)) return false;
  if (isCountry(bare) || isTown(bare)) return true;
  // "Torino/Milano": towns joined by slashes, each of them known.
  if (townsOfTail(bare).length > 1) return true;
  const read = placesOf(bare, false);
  if (read !== null && read.length > 0) return true;
  // "Exeter Central Station" when the posting's place is Exeter: a site in the posting's town.
  const first = townKey(bare.split(/\s/u)[0] ?? '');
  return first.length > 2 && places.some((p) => townKey(p) === first);
}

function sameName(part: string, company: string | null): boolean {
  return company !== null && lowered(part) === lowered(company);
}

/** The towns a title's place names: "Torino/Milano" is two when each is known, else the place as one. */
export function townsOfTail(place: string): string[] {
  const towns = place.split(/\s?\/\s?/u);
  return towns.length > 1 && towns.every((t) => isTown(t)) ? towns : [place];
}

/** The role without the employer or place a title carries around it; see `TitleTail`. */
export function titleWithoutTail(
  title: string | null,
  company: string | null,
  places: readonly string[],
): TitleTail {
  if (title === null) return { title: '', place: null, employer: null };
  let role = title.trim();
  let place: string | null = null;
  let employer: string | null = null;
  const colon = NAME_COLON.exec(role);
  if (colon && sameName(colon[1] as string, company)) role = (colon[2] as string).trim();
  // "Sachbearbeiter (m/w/d) in Potsdam", "Serveur (H/F) à Lyon": a known town after the
  // headline's preposition ends the title.
  const marked = THEN_TOWN.exec(role);
  const town = marked ? (marked[2] as string).trim() : '';
  if (marked && isTown(town)) {
    role = (marked[1] as string).trim();
    place = town;
  }
  const glued = GLUED_CITY.exec(role);
  if (glued && isCity(glued[2] as string)) {
    role = (glued[1] as string).trim();
    place = glued[2] as string;
  }
  const dashed = BRACKET_DASH.exec(role);
  const bracketed = dashed ? bracketTown(dashed[2] as string, dashed[3] as string) : null;
  if (dashed && bracketed && /\p{L}{2}/u.test(dashed[1] as string)) {
    role = (dashed[1] as string).trim();
    place ??= bracketed;
  }
  for (let n = 0; n < 2; n++) {
    const m = LAST_BRACKET.exec(role) ?? LAST_DASH.exec(role);
    if (!m) break;
    const [head, tail] = [(m[1] as string).trim(), (m[2] as string).trim()];
    if (!/\p{L}{2}/u.test(head)) break;
    // "Data Scientist (Saudi Arabia - Riyadh)": a dash inside the closing bracket splits no tail.
    if (head.split('(').length > head.split(')').length) break;
    if (sameName(tail, company)) role = head;
    else if (namesPlace(tail, places)) {
      role = head;
      place ??= tail;
    } else if (tail.includes(' ') && /^\p{Lu}/u.test(tail) && SITE_NAME.test(tail)) {
      role = head;
      employer ??= tail;
    } else break;
  }
  return { title: role, place, employer };
}

/**
 * "Harbourview Mills Limited Maintenance Fitter Recruitment" over "Job Title: Maintenance Fitter":
 * a board's headline with the employer's name before the title the record labels. The words
 * before the title are the employer when they end in a legal form.
 */
export function employerBeforeTitle(headline: string, title: string | null): string | null {
  if (title === null || title.length < 3) return null;
  const at = headline.indexOf(` ${title}`);
  if (at < 3) return null;
  const name = headline.slice(0, at).trim();
  return name.length <= 80 && LEGAL_FORM.test(name) ? name : null;
}
