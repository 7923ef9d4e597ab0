/**
 * Readings of a labelled value that the posting readers share: a title label holding only the kind
 * of job, a location value naming the work model before the place, or two places joined by "or".
 */

import { caseless } from '../lexicon/caseless';
import { WORK_WORDS } from './byline';
import { isCity, isRegion, isTown } from './places';
import { JOB_WORD, postingAlt } from './posting-words';
import { flexible } from './signals';

/** A value that is only a work model or contract word ("Internship", "Full-time", "CDI"). */
export function workOnly(value: string): boolean {
  const m = WORK_WORDS.exec(value);
  return (
    m !== null && m[0] !== '' && !/\d/.test(m[0]) && /^[\s,./-]*$/.test(value.slice(m[0].length))
  );
}

/**
 * "Permanent full-time", "Part-time (20 hours per week)": a contract or hours phrase under a
 * "Role:" label, a work term among its words and no job noun, so the kind of job, not its title.
 */
export function workPhrase(value: string): boolean {
  if (value.length > 60 || JOB_WORD.test(value)) return false;
  return value.split(/[\s(),/]+/, 8).some((w) => w.length > 3 && !/^\d/.test(w) && workOnly(w));
}

/** "Remote (US)", "United States (Remote)": two parts, the second in brackets. */
const BRACKETED = /^([^()]{2,40}?)\s?\(([^()]{2,40})\)$/u;

/**
 * The place of a line that pairs it with a work model in brackets, either way round ("Remote (US)",
 * "United States (Remote)"), or null: the work model is no place, the bracket no province code.
 */
export function placeBesideModel(line: string): string | null {
  const m = BRACKETED.exec(line);
  if (!m) return null;
  const [outer, inner] = [m[1] as string, m[2] as string];
  if (workOnly(outer) && !WORK_WORDS.test(inner)) return inner.trim();
  if (workOnly(inner) && !WORK_WORDS.test(outer)) return outer.trim();
  return null;
}

const OFFICE_ONLY = new RegExp(`^(?:${postingAlt('officeWords')})$`, 'iu');

/**
 * A location value that names no place: the employer's office alone ("Headquarters", "Siège
 * social", "Hauptsitz"), or an ATS's country code whose region and town were left blank ("US-").
 */
export function noPlace(value: string): boolean {
  const v = value.trim().replace(/[.:]+$/, '');
  return /^\p{Lu}{2,3}\s?-{1,3}$/u.test(v) || OFFICE_ONLY.test(v);
}

/** "Ahemdabad/Remote", "Pune/WFH": the place without the work model after a bare slash. */
export function withoutSlashModel(value: string): string {
  const slash = value.lastIndexOf('/');
  if (slash < 2 || !workOnly(value.slice(slash + 1)) || workOnly(value.slice(0, slash)))
    return value;
  return value.slice(0, slash).trim();
}

/**
 * A page's place field without the work models an ATS lists among its offices ("Rotkreuz, Hybrid",
 * "Zürich (Seefeld), Remote" → the town): read after the place, they are no place. A model before
 * it ("Remote, Canada") says where the remote job is open, and stays.
 */
export function withoutModelParts(value: string): string {
  // "USA (Remote)", "London, UK (Hybrid)": the bracket after the place holds the work model only.
  const m = BRACKETED.exec(value.trim());
  if (m && workOnly(m[2] as string) && !WORK_WORDS.test(m[1] as string)) {
    return (m[1] as string).trim();
  }
  const slashed = withoutSlashModel(value);
  if (slashed !== value) return slashed;
  const parts = value.split(/,\s/);
  let n = parts.length;
  while (n > 1 && workOnly(parts[n - 1] as string)) n--;
  return n < parts.length && !workOnly(parts[0] as string) ? parts.slice(0, n).join(', ') : value;
}

/** An address region that names no region: a board's "global", "worldwide", "N/A". */
export const NO_REGION = /^(?:global|worldwide|international|anywhere|remote|n\/?a|none|other)$/i;

/** A town's name alone: a capital, then letters ("Bari", "La Spezia", "Stoke-on-Trent"). */
const TOWN_NAME = /^\s?\p{Lu}[\p{L}'. -]{1,40}$/u;
const PLACE_OR = new RegExp(`\\s(?:${postingAlt('listOr')})\\s`);
/** "District of Columbia", "Isle of Wight": an "of" inside a place's name, kept from PLACE_OR. */
const HEAD_OF = new RegExp(
  `((?<![\\p{L}])(?:${postingAlt('placeOfHeads', true)}|${postingAlt('placeOfHeads')})) of (?=\\p{Lu})`,
  'gu',
);
const held = (v: string) => (v.includes(' of ') ? v.replace(HEAD_OF, '$1\u0001of\u0001') : v);
const unheld = (v: string) => (v.includes('\u0001') ? v.replaceAll('\u0001', ' ') : v);

/**
 * The places of a line offering a place or a work model ("New York, NY or Remote" → "New York, NY";
 * "Remote (EU) or Cork" → "EU", "Cork"), or null when neither side is a work model.
 */
export function modelOptions(value: string): string[] | null {
  const sides = held(value.trim())
    .split(PLACE_OR, 3)
    .map((side) => unheld(side).trim());
  if (sides.length !== 2) return null;
  const model = (side: string) => workOnly(side) || placeBesideModel(side) !== null;
  if (!sides.some(model)) return null;
  return sides.flatMap((side) => {
    const beside = placeBesideModel(side);
    return beside !== null ? [beside] : workOnly(side) ? [] : [side];
  });
}

/** "Leeds or Manchester", "Köln oder Bonn": two places the job may be worked in, each a name. */
export function eitherPlace(value: string): string[] {
  // "London or Portsmouth. Hybrid working applies.": the places end with the first sentence.
  const stop = value.indexOf('. ');
  const head = stop > 0 ? value.slice(0, stop) : value;
  const either = held(head).split(PLACE_OR).map(unheld);
  // "Wommelgem, Belgium / Den Bosch, Netherlands", "Leeds / Bradford": places of their own, a
  // slash between (a town and its country, "London / UK", are one place). "London / Remote": the
  // work model beside the place is no place.
  const slashed = either.length < 2 ? head.split(' / ') : [];
  const towns = slashed.filter((p) => !workOnly(p.trim()));
  const byTown =
    slashed.length > 1 &&
    towns.length > 0 &&
    towns.every((p) => p.includes(', ') || isTown(p.trim()));
  if (byTown && towns.length === 1) return [(towns[0] as string).trim()];
  // "Leeds/Bradford/York", "Milano/Roma": known towns with bare slashes between ("Curitiba/PR" is a
  // town and its state's code, no town of its own).
  const bare = either.length < 2 && slashed.length < 2 ? head.split(/\s?\/\s?/) : [];
  if (bare.length > 1 && bare.length <= 4 && bare.every((p) => TOWN_NAME.test(p) && isTown(p)))
    return bare.map((p) => p.trim());
  const parts = byTown ? towns : either;
  if (parts.length < 2 || parts.length > 4) return [value];
  return parts.every((p) => /^\p{Lu}/u.test(p.trim()) && p.trim().length <= 40 && !JOB_WORD.test(p))
    ? parts.map((p) => p.trim())
    : [value];
}

/**
 * "Hybrid in Reading, UK", "Homeoffice und gelegentlich vor Ort in Biel oder Bern": a work model
 * (up to eight words), then the place it is worked in.
 */
const WORK_MODEL_IN = new RegExp(
  `^((?:\\S{1,20}\\s){0,7}\\S{3,20})\\s(?:${flexible((l) => l.workplace.hoursIn)})\\s(?=\\p{Lu})`,
  'u',
);

/** The place after a leading work model, or null ("Hybrid in Bristol (2-3 days a week)": "Bristol"). */
export function afterWorkModel(value: string): string | null {
  const lead = WORK_MODEL_IN.exec(value);
  if (!lead || !WORK_WORDS.test(lead[1] as string)) return null;
  return value.slice(lead[0].length).replace(/\s?\([^()]{0,40}\)$/, '');
}

/** "… or Fresno", and after a list's serial comma ", or Fresno". */
const OR_TOWN = new RegExp(
  `^,?\\s?(?:${postingAlt('listOr')})\\s(\\p{Lu}[\\p{L}'-]{2,30})(?=[\\s.,;)]|$)`,
  'u',
);
// "Lisboa", "Porto", "Madrid": a city that also names its district or region is still a town.
const notTown = (w: string) =>
  (isRegion(w) && !isCity(w)) || JOB_WORD.test(w) || WORK_WORDS.test(w);

/** "will be based in Knutsford or Northampton": the town read, and the other one offered after it. */
export function townsOffered(place: string, rest: string): string[] | null {
  const other = OR_TOWN.exec(rest)?.[1];
  return other && ![place, other].some(notTown) ? [place, other] : null;
}

const AREA_AFTER = caseless(`[\\s-]{1,2}(?:${postingAlt('areaAfter')})$`, 'iu');

/** "Dublin City Centre", "Melbourne CBD", "Milano centro": a known town, then its centre. */
function townBeforeCentre(value: string): string | null {
  const m = AREA_AFTER.exec(value);
  if (!m || m.index < 2) return null;
  const town = value.slice(0, m.index);
  return isCity(town) ? town : null;
}

const AREA_BEFORE = caseless(`^(?:${postingAlt('areaWords')})\\s{1,2}(?=\\p{Lu})`, 'iu');

/**
 * The town of a value that widens it to its area, without a postcode hint after it: "Raum
 * Heilbronn (74*)" → "Heilbronn", "GR Wien" → "Wien", "Zentrale Soltau" → "Soltau".
 */
export function withoutArea(value: string): string {
  const v = value.trim();
  const area = AREA_BEFORE.exec(v);
  if (!area) return townBeforeCentre(v) ?? v;
  return v
    .slice(area[0].length)
    .replace(/\s\([\d*xX]{1,6}\)$/, '')
    .trim();
}
