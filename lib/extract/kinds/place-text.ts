import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { gated, warmLater } from '../pipeline/gate';
import { looksLikePlace, WORK_WORDS } from './byline';
import { townKey } from './header';
import {
  afterWorkModel,
  eitherPlace,
  noPlace,
  townsOffered,
  withoutArea,
  withoutSlashModel,
  workOnly,
} from './location-value';
import { placesOf, townOfCode, townOfOffice } from './place-line';
import { isCity, isCountry, isRegion, isTown } from './places';
import {
  BASED_IN,
  capAlt,
  cleanLine,
  firstLines,
  JOB_WORD,
  LABEL_THEN_TOWN,
  LIST_JOIN_SOURCE,
  LOCATION_HEADING,
  LOCATION_LABEL,
  LOCATION_LABEL_IN_PROSE,
  OFFICE_IN,
  OFFICES_LISTED,
  postingAlt,
} from './posting-words';
import { flexible } from './signals';

/**
 * Where a posting says its place in the text rather than its header: a town closing the title, a
 * place "based in" a sentence names, a labelled place further down, and a location heading with
 * the place (or the address) below it. `findLocations` (posting.ts) tries these in turn.
 */

/** "Remote - London", "Télétravail, France": a remote job and where it is open. */
export const REMOTE_IN = new RegExp(
  `^(?:${flexible((l) => l.workplace.remote)})\\s?[-–,:]\\s?`,
  'i',
);
/** Every work model's words, as a bracket after a place holds them: "(Hybrid)", "(Remoto)". */
export const MODEL_WORDS = flexible((l) => [
  ...l.workplace.hybrid,
  ...l.workplace.remote,
  ...l.workplace.onsite,
]);
/** A place's bracketed work model: "Leeds (Hybrid)", "Lyon (télétravail)". */

/** "Campinas - SP", "Curitiba/PR": a town, then its state's code. */
const TOWN_DASH_STATE = /^(\p{Lu}[\p{L}' .-]{1,40}?)\s?[-–/]\s?([A-Z]{2})$/u;
/** A label before a dash and a space ("Job location- Pune"), as LOCATION_LABEL reads it. */
const DASH_LABEL = /\s?[-–]\s/;
/** "Lac du Bonnet MB", "Winnipeg MB": a record's town with its province's code after a space. */
const TOWN_SPACE_STATE = /^(\p{Lu}[\p{L}' .-]{1,40}?\p{L})\s([A-Z]{2})$/u;

/**
 * "… in Wien", "… // GR. Wien", "… - Lyon": a title's last words naming a known town; a classified
 * ad's title-case "… Required In Lahore" too.
 */
const TITLE_TOWN = new RegExp(
  `(?:\\s(?:${capAlt('placeAt')})\\s|\\s?\\/\\/\\s?|\\s[-–|]\\s)([\\p{Lu}][\\p{L}.' -]{1,40})$`,
  'u',
);

/** The town a title ends with, when nothing else in the posting names a place. */
export function titleTown(title: string): string | null {
  const m = TITLE_TOWN.exec(title);
  if (!m) return null;
  const town = withoutArea(m[1] as string);
  return isCity(town) ? town : null;
}

/** After a town's name: another name after a slash, then its postcode in brackets ("(PLZ 83703)"). */
const POSTCODE_AFTER = /^((?:\/[\p{Lu}][\p{L}.'-]{1,30})?)\s?\((?:[A-Z]{2,3}\s)?\d{4,5}\)/u;

/** The joins of a bracketed list of towns: ", ", ", or ", " or ", " and " in every language. */
const LISTED_SPLIT = new RegExp(
  `,\\s(?:(?:${alternation((l) => l.field.listJoins)})\\s)?|\\s(?:${alternation((l) => l.field.listJoins)})\\s`,
  'u',
);

/** "Deux-Acren", "Bietigheim-Bissingen", "Stratford-Upon-Avon": capitalised parts joined by hyphens. */
const HYPHENED_TOWN = /^\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20}){1,3}$/u;

/** "… in a full-time capacity, based in Pittsworth, QLD.", "You live in Melbourne". */
export function basedIn(text: string): string[] {
  const sample = text.slice(0, 8000);
  BASED_IN.lastIndex = 0;
  for (let m = BASED_IN.exec(sample); m; m = BASED_IN.exec(sample)) {
    const place = ((m[1] as string).split('\n')[0] as string).trim().replace(/[.,]$/, '');
    // "für die Regionen Wismar, Rostock, Greifswald und Prenzlau": three towns or more, listed.
    const list = townList(
      sample.slice(m.index + m[0].length - (m[1] as string).length, m.index + 400),
    );
    if (list) return list;
    // "a work-from-home position in the Philippines", "a remote role in Portugal or Spain": the countries
    // it is open in.
    const country = place.split(', ')[0] as string;
    if (isCountry(country) && JOB_OPEN_IN.test(m[0] as string)) {
      const at = sample.indexOf(country, m.index) + country.length;
      return countriesFrom(country, sample.slice(at));
    }
    const rest = sample.slice(m.index + m[0].length);
    // "Regime híbrido em Lisboa ou Porto": a known town, and the other one offered after it.
    if (looksLikePlace(place)) return (isCity(place) && townsOffered(place, rest)) || [place];
    // "Residir en Bogotá, Cali o Medellín": known towns listed, the last one after "or".
    // "Presencial em Caxias do Sul - RS": a town whose names a small word joins, by the gazetteer.
    const joined = PARTICLE_TAIL.exec(rest);
    if (joined && !place.includes(',') && isTown(`${place} ${joined[1]}`))
      return [`${place} ${joined[1]}`];
    // "Ihr Arbeitsplatz ist Otterfing (83624)", "… in Moosrain/Gmund (PLZ 83703)": a name with its
    // postcode in brackets is a place, known or not.
    const coded = place.includes(' ') ? null : POSTCODE_AFTER.exec(rest);
    if (coded) return [`${place}${coded[1] ?? ''}`];
    const listed = place.split(', ');
    const last = listed.at(-1) as string;
    if (listed.length > 1 && listed.slice(0, -1).every(isCity)) {
      const tail = townsOffered(last, rest);
      if (tail && isCity(last)) return [...listed.slice(0, -1), ...tail];
    }
    const city = place.split(',')[0]?.trim() ?? '';
    // "based in either Exeter or Bournemouth": a known town offered with another, both kept.
    const either = city === place && isCity(city) ? townsOffered(place, rest) : null;
    if (either) return either;
    if (isCity(city)) return [city];
    // "am Standort Magdeburg. Arbeitsbeginn …": the place ends with its sentence.
    const sentence = place.split(/[.!]\s/)[0]?.trim() ?? '';
    if (sentence !== place && isCity(sentence)) return [sentence];
    // "Based in Central London", "based in Greater Manchester": a known city qualified.
    const words = place.split(' ');
    if (words.length > 1 && isCity(words[words.length - 1] as string)) return [place];
    // "will be based in Knutsford or Northampton": two towns offered, each one name.
    const offered = words.length === 1 ? townsOffered(place, rest) : null;
    if (offered) return offered;
    // "We are based in Bournemouth, Dorset": a town of the gazetteer, with its county as written.
    if (isTown(sentence.split(',')[0]?.trim() ?? '')) return [sentence];
    // "un centre situé à Deux-Acren, à 1 km de …": a hyphened proper name after a phrase that
    // says where (not a bare preposition such as "sur") is a town the gazetteer lacks.
    const phrase = (m[0] as string).slice(0, -(m[1] as string).length).trim();
    if (phrase.length >= 5 && HYPHENED_TOWN.test(city)) return [city];
  }
  // "ein Office an der Aare in Bern": a known town where the office is.
  OFFICE_IN.lastIndex = 0;
  for (let m = OFFICE_IN.exec(sample); m; m = OFFICE_IN.exec(sample)) {
    const town = (m[1] as string).replace(/\.$/, '');
    if (isTown(town)) return [town];
  }
  // "one of our offices (San Francisco, Sacramento, or Fresno)": towns listed after an office noun.
  OFFICES_LISTED.lastIndex = 0;
  for (let m = OFFICES_LISTED.exec(sample); m; m = OFFICES_LISTED.exec(sample)) {
    const towns = (m[1] as string).split(LISTED_SPLIT).map((t) => t.trim());
    if (towns.length > 1 && towns.every((t) => t !== '' && isTown(t))) return towns;
  }
  // "busca un/a Ingeniero/a en Bogotá (Híbrido)": a known town, its work model in brackets.
  TOWN_THEN_MODEL.lastIndex = 0;
  for (let m = TOWN_THEN_MODEL.exec(sample); m; m = TOWN_THEN_MODEL.exec(sample)) {
    // The pattern ignores case for the work model's words: the town must still be capitalised.
    const town = m[1] as string;
    if (/^\p{Lu}/u.test(town) && isTown(town)) return [town];
  }
  return [];
}

/** A phrase about the job itself ("position in the"), as `BASED_IN` matched it. */
const JOB_OPEN_IN = new RegExp(
  `^(?:${postingAlt('jobOpenIn', true)}|${postingAlt('jobOpenIn')})\\s`,
  'u',
);

/** A list's join, then a capitalised name: ", Spain", " or Spain", " und Österreich". */
const NEXT_IN_LIST = new RegExp(
  `^(?:${LIST_JOIN_SOURCE})(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+){0,2})`,
  'u',
);

/** The country `first` and those listed after it: "Ireland or Spain." → both. */
function countriesFrom(first: string, rest: string): string[] {
  const out = [first];
  let tail = rest.slice(0, 200);
  for (let m = NEXT_IN_LIST.exec(tail); m && out.length < 8; m = NEXT_IN_LIST.exec(tail)) {
    if (!isCountry(m[1] as string)) break;
    out.push(m[1] as string);
    tail = tail.slice(m[0].length);
  }
  return out;
}

/**
 * "Exeter" in the header, "You can be based in either Exeter or Bournemouth" in the text: the
 * header's town offered with another, both kept.
 */
export function withOfferedTowns(text: string, places: string[]): string[] {
  if (places.length !== 1) return places;
  // A cheap first look (most postings have one town and offer no other): the town named again
  // with "or" and another town right after it. Only then the "based in" reader, which reads 8 KB.
  if (!offeredAgain(text, ((places[0] as string).split(',')[0] as string).trim())) return places;
  const based = basedIn(text);
  const key = townKey(places[0] as string);
  if (based.length < 2 || !based.some((b) => townKey(b) === key)) return places;
  return [...places, ...based.filter((b) => townKey(b) !== key)];
}

/** How many times the town is looked for again, and how far after it the other town may be. */
const MAX_AGAIN = 20;
const OFFER_SPAN = 60;

/** Whether the text's first 8 KB name `town` with "or" and another town right after it. */
function offeredAgain(text: string, town: string): boolean {
  if (town.length < 3) return false;
  const sample = text.slice(0, 8000);
  let at = sample.indexOf(town);
  for (let n = 0; at >= 0 && n < MAX_AGAIN; n++) {
    const end = at + town.length;
    if (townsOffered(town, sample.slice(end, end + OFFER_SPAN))) return true;
    at = sample.indexOf(town, end);
  }
  return false;
}

/** "in London (Hybrid)", "en Bogotá (Remoto)": a place word, a town, then the work model bracketed. */
const TOWN_THEN_MODEL = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${postingAlt('placeAt')})\\s([\\p{Lu}][\\p{L}'.-]+(?:[ -][\\p{Lu}][\\p{L}'.-]+){0,2})` +
      `\\s?\\((?:${MODEL_WORDS})\\)`,
    'giu',
  ),
);

/** "Presencial Caxias do Sul -RS": one word before a capitalised place, no dash between. */
const MODEL_WORD_FIRST = /^(\p{L}{4,20})\s(?=\p{Lu})/u;

/**
 * A list of three towns or more, single names joined by commas and a last "und", "et", "en", "and"
 * ("Wismar, Rostock, Greifswald und Prenzlau"), two of them at least towns of the gazetteer.
 */
const TOWN_LIST = new RegExp(
  String.raw`^([\p{Lu}][\p{L}.'-]{1,30}(?:,\s[\p{Lu}][\p{L}.'-]{1,30}){1,8})\s(?:` +
    alternation((l) => l.field.listJoins) +
    String.raw`)\s([\p{Lu}][\p{L}.'-]{1,30})`,
  'u',
);

function townList(rest: string): string[] | null {
  const m = TOWN_LIST.exec(rest);
  if (!m) return null;
  const towns = [...(m[1] as string).split(', '), (m[2] as string).replace(/\.$/, '')];
  // Small towns are not all in the gazetteer: two known ones vouch for the list's other names.
  return towns.filter(isTown).length >= 2 && !towns.some((t) => JOB_WORD.test(t)) ? towns : null;
}

/**
 * "We are recruiting staff nurses in Leeds, York, Hull and Bradford", "recrute des infirmiers à
 * Lyon, Grenoble et Annecy": the towns a hiring sentence lists after its preposition, three or
 * more and two of them known (`townList`).
 */
const HIRING_IN = new RegExp(
  `(?<![\\p{L}])(?:${capAlt('hiringCues')})\\s(?:[^\\n.;:!?]{1,60}?\\s)?` +
    `(?:${postingAlt('headlineIn')})\\s(?=\\p{Lu})`,
  'gu',
);

export function hiringTowns(text: string): string[] {
  const sample = text.slice(0, 6000);
  HIRING_IN.lastIndex = 0;
  for (let m = HIRING_IN.exec(sample), n = 0; m && n < 10; m = HIRING_IN.exec(sample), n++) {
    const at = m.index + m[0].length;
    const list = townList(sample.slice(at, at + 400));
    if (list) return list;
  }
  return [];
}

/** "do Sul", "am Main", "de Henares": a town's small joining word and its next name. */
const PARTICLE_TAIL = new RegExp(
  `^\\s?((?:${alternation((l) => l.posting.townParticles)})\\s[\\p{Lu}][\\p{L}'-]{1,30})`,
  'u',
);

/** A labelled value's dash-joined parts without those that are work words ("Híbrido - Recife"). */
/** A bracket closing a value: "(Work from office, 5 days)". */
const TERMS_BRACKET = /\s?\(([^()]{2,60})\)$/;

/** "Bengaluru (Work from office; 5 days)" → "Bengaluru": a closing bracket of work terms cut. */
export function withoutWorkBracket(value: string): string {
  const bracket = TERMS_BRACKET.exec(value);
  return bracket && WORK_WORDS.test(bracket[1] as string) ? value.slice(0, bracket.index) : value;
}

export function withoutWorkParts(value: string): string {
  const after = afterWorkModel(value);
  if (after !== null) return after;
  // "Presencial Caxias do Sul", "Remoto São Paulo": the work model's word, then the place.
  const lead = MODEL_WORD_FIRST.exec(value);
  if (lead && workOnly(lead[1] as string)) return value.slice(lead[0].length);
  // "Bengaluru (Work from office, 5 days)": the terms in brackets after the place.
  const unbracketed = withoutWorkBracket(value);
  if (unbracketed !== value) return unbracketed;
  const parts = value.split(/\s[-–]\s/);
  // "Ahemdabad/Remote": the work model after a bare slash.
  if (parts.length < 2) return withoutSlashModel(value);
  const kept = parts.filter((p) => !WORK_WORDS.test(p) || REMOTE_IN.test(p));
  return kept.length > 0 && kept.length < parts.length ? kept.join(' - ') : value;
}

export function regionsOnly(place: string): boolean {
  return place.split(',').every((p) => isRegion(p));
}

/**
 * A labelled value as a place: short values as written; in a street address
 * ("R. Augusta, 120 - Centro, São Paulo - SP, 01000-000") the known city it names.
 */
/**
 * "Bradley" on the record's place line, then "Location: Huddersfield" in the ad's own fields: the
 * ad's labelled town is a place of the job too. Read in the first lines only, where record and ad
 * fields stand; one place, or the few towns a slash lists ("Pune / Chennai").
 */
export function withLabelledPlace(text: string, header: string[]): string[] {
  for (const raw of firstLines(text, 10)) {
    if (raw.length > 80 || !(raw.includes(':') || DASH_LABEL.test(raw))) continue;
    const value = LOCATION_LABEL.exec(cleanLine(raw))?.[1];
    // "Job location- Coimbatore / Hyderabad / Remote": the towns beside the work model stay.
    if (value === undefined || (WORK_WORDS.test(value) && !value.includes('/'))) continue;
    const place = labelledPlace(value.trim());
    const places = place === null ? null : placesOf(place, true);
    // "Texas-Houston" under "Houston, TX, US": the same town written another way.
    const lower = (place ?? '').toLowerCase();
    const same = (h: string) =>
      lower.includes(townKey(h)) || h.toLowerCase().includes(townKey(lower));
    if (places && places.length > 0 && places.length <= 4 && !header.some(same)) {
      return [...header, ...places];
    }
    // "Galway" under the title, "Location: Galway or Dublin" below: the field lists the header's
    // town and more, each a place of the job.
    if (places && places.length >= 2 && places.length <= 4 && header.some(same)) {
      const key = (p: string) => townKey(p);
      const more = places.filter((p) => !header.some((h) => key(h) === key(p)));
      if (more.length > 0 && more.length < places.length) return [...header, ...more];
    }
  }
  return header;
}

/** A town, then a country or region, each of at most three capitalised words. */
const WORDS = "\\p{Lu}[\\p{L}'.-]{1,30}(?: \\p{Lu}[\\p{L}'.-]{1,30}){0,2}";
const RUN_ON_PLACE = new RegExp(`^(${WORDS}), (${WORDS}) (?=\\p{Lu}\\p{Ll}{0,20} \\p{Ll})`, 'u');

/**
 * "Location: Reading, United Kingdom In fast changing markets …": a one-line description (a
 * page's meta description) that opens with its labelled place and runs on into the prose. The
 * known town and what follows its comma, up to the prose's first sentence.
 */
export function leadingPlace(value: string | undefined): string | undefined {
  const m = value ? RUN_ON_PLACE.exec(value.slice(0, 120)) : null;
  if (!m || !isCity(m[1] as string)) return undefined;
  return `${m[1]}, ${m[2]}`;
}

/** "Local: Escritório, Jardim Botânico - Rio de Janeiro": the kind of site before the place. */
const OFFICE_FIRST = caseless(`^(?:${postingAlt('officeNouns')}),\\s`, 'iu');

/** Neither a known town nor a region or country: a district's name ("Jardim Botânico", "Centro"). */
const districtOnly = (p: string) => !isCity(p) && !isRegion(p) && !isCountry(p);

/**
 * "Jardim Botânico - Rio de Janeiro", "São Paulo - Centro": a city and its district either side
 * of a dash, the city the part the gazetteer knows.
 */
function cityAfterDistrict(v: string): string | null {
  const parts = v.split(/\s[-–]\s/);
  if (parts.length !== 2) return null;
  const [first, second] = parts.map((p) => p.trim()) as [string, string];
  if (isCity(second) && districtOnly(first)) return second;
  return isCity(first) && districtOnly(second) ? first : null;
}

/** ", Salary: £40,000": the next field of a facts line that ran on after the place's value. */
const NEXT_FIELD = /,\s?(?:\p{Lu}\p{Ll}{1,20}\s){0,2}\p{Lu}\p{Ll}{1,20}\s?:(?:\s|$)/u;

export function labelledPlace(value: string): string | null {
  const next = NEXT_FIELD.exec(value);
  const v = withoutArea(next ? value.slice(0, next.index) : value).replace(OFFICE_FIRST, '');
  if (v.length < 2 || noPlace(v)) return null;
  // "Location: US-OR-Salem": an ATS's place code, its town last.
  const codeTown = townOfCode(v);
  if (codeTown) return codeTown;
  // "Campinas - SP", "Curitiba/PR": the town, its state's code after a dash or slash.
  const coded = TOWN_DASH_STATE.exec(v) ?? TOWN_SPACE_STATE.exec(v);
  if (coded && isRegion(coded[2] as string)) return coded[1] as string;
  // "Job Location: Cebu City Office": the town the employer's office is in.
  const officeTown = townOfOffice(v);
  if (officeTown) return officeTown;
  const city = cityAfterDistrict(v);
  if (city) return city;
  if (v.length <= 40 && !/\d{3}/.test(v)) return v;
  for (const part of v.split(/,\s|\s[-–]\s|\/|\.\s/)) {
    const bare = part.replace(/[.\s]+$/, '').trim();
    if (isCity(bare)) return bare;
    const words = bare.split(' ');
    for (let n = Math.min(3, words.length - 1); n > 0; n--) {
      const tail = words.slice(words.length - n).join(' ');
      if (isCity(tail)) return tail;
    }
  }
  return null;
}

/**
 * "### Sede di lavoro" / "- Roma", "Location:" / "Lyon", "6. Work Location: Marathahalli": a
 * location label anywhere in the text, its place beside or below it.
 */
/** "Vacature voor een developer. Locatie: Antwerpen.": a label closing a line's last sentence. */
function lastSentenceLabel(line: string): string | undefined {
  const at = line.lastIndexOf('. ');
  if (at < 0 || !line.includes(':', at)) return undefined;
  return LOCATION_LABEL.exec(line.slice(at + 2))?.[1]?.replace(/\.$/, '');
}

/** How many more labelled place lines a record may list, one site a line. */
const MORE_LABELLED_LINES = 12;

/**
 * "Locations: Kamloops, BC" / "Locations: Nanaimo, BC" / "Locations: Victoria, BC": a record that
 * lists each site on a labelled line of its own names them all. The lines must follow each other;
 * a value that names no place ("Multiple Locations") is passed over.
 */
function withLabelledLines(
  first: string[],
  after: readonly string[],
  clean: (l: string) => string,
): string[] {
  const all = [...first];
  for (const raw of after.slice(0, MORE_LABELLED_LINES)) {
    const value = LOCATION_LABEL.exec(clean(raw))?.[1]?.replace(/\.$/, '');
    if (value === undefined) break;
    const labelled = withoutArea(withoutWorkParts(value));
    if (!labelled || WORK_WORDS.test(labelled) || noPlace(labelled)) continue;
    for (const place of placesOf(labelled, true) ?? []) if (!all.includes(place)) all.push(place);
  }
  return all;
}

export function placeUnderHeading(text: string): string[] {
  const raw = firstLines(text, 200);
  const clean = (l: string) => cleanLine(l).replace(/^\d{1,2}[.)]\s/, '');
  const bare = (l: string) => l.replace(/\s\((?:required|preferred)\)$/i, '');
  for (const [i, l] of raw.entries()) {
    // Only short lines or lines with a colon can be a label or a heading.
    if (l.length > 40 && !l.includes(':')) continue;
    const line = clean(l);
    // "Lugar de trabajo: Híbrido – San Isidro": the place beside the work model.
    // "Localização: São Martinho, Funchal.": the item's full stop is no part of the place.
    const value = LOCATION_LABEL.exec(line)?.[1]?.replace(/\.$/, '') ?? lastSentenceLabel(line);
    const labelled = value === undefined ? undefined : withoutArea(withoutWorkParts(value));
    if (labelled && !WORK_WORDS.test(labelled) && !noPlace(labelled)) {
      const place = placesOf(bare(labelled), true);
      if (place && place.length > 0) return withLabelledLines(place, raw.slice(i + 1), clean);
    }
    const headed = value === undefined ? townAfterLabel(line) : [];
    if (headed.length > 0) return headed;
    if (line.length > 40 || i + 1 >= raw.length || !LOCATION_HEADING.test(line)) continue;
    // "Plaats tewerkstelling" / "Square City" / "Opvoedingstraat 143" / "9000 GENT": an address
    // below the heading, its town after the postcode on one of its next lines (the building's
    // name above it is no place).
    for (const below of raw.slice(i + 1, i + 1 + ADDRESS_LINES)) {
      const town = townAfterPostcode(clean(below));
      if (town) return [town];
    }
    // "Location(s)" / ":  SK-Rgna-Regina": a form's value below its label, its colon first.
    const next = bare(clean((raw[i + 1] as string).replace(/^:\s{0,3}/, ''))).replace(
      OFFICE_FIRST,
      '',
    );
    const city = cityAfterDistrict(next);
    if (city) return [city];
    const places = placesOf(next, true) ?? slashedPlaces(next);
    if (places && places.length > 0) return places;
  }
  return [];
}

/**
 * "Job Title: Planned Works SurveyorLocation: Gloucester, Salary: …": a capitalised place label glued
 * to the word before it, as a page's bold labels run together when copied; its value up to the next
 * field or the line's end.
 */
const GLUED_LOCATION_LABEL = new RegExp(
  `(?<=\\p{Ll})(?:${postingAlt('locationLabels', true)})${'\\s?:\\s?'}([^\\n:]{2,60}?)(?=,?\\s?(?:\\p{Lu}\\p{Ll}{1,20}\\s){0,2}\\p{Lu}\\p{Ll}{1,20}\\s?:|\\n|$)`,
  'u',
);

function gluedLabelPlace(sample: string): string | null {
  const value = GLUED_LOCATION_LABEL.exec(sample)?.[1]?.trim().replace(/,$/, '');
  return value ? labelledPlace(value) : null;
}

/** How many labels in prose are looked at, and how far after each its town may stand. */
const PROSE_LABELS = 5;
const PROSE_VALUE = 120;
const PROSE_WORDS = 16;
const PROSE_SAMPLE = 50_000;

/**
 * "… hand-deliver your application. CENTRE : Commission House, Pretoria REQUIREMENTS : …",
 * "Local: Unidade Centro - Av. Brasil, 300, Rio de Janeiro/RJ": a place's label inside a paragraph
 * that lost its line breaks, its value running into the text after it. The first known city among
 * the value's first words (three, two, then one at a time) is the place.
 */
export function placeLabelledInProse(text: string): string | null {
  // A posting's place is said in its first pages; a 1 MB text is not searched to its end.
  const sample = text.slice(0, PROSE_SAMPLE);
  LOCATION_LABEL_IN_PROSE.lastIndex = 0;
  for (let n = 0; n < PROSE_LABELS; n++) {
    const m = LOCATION_LABEL_IN_PROSE.exec(sample);
    if (!m) return gluedLabelPlace(sample);
    const from = m.index + m[0].length;
    const value = sample.slice(from, from + PROSE_VALUE).split('\n')[0] as string;
    const words = value
      .split(/[\s,;/()]+|\s[-–]\s/)
      .filter((w) => w !== '')
      .slice(0, PROSE_WORDS);
    for (let i = 0; i < words.length; i++) {
      for (let k = 3; k >= 1; k--) {
        const name = words.slice(i, i + k).join(' ');
        if (i + k <= words.length && /^\p{Lu}/u.test(name) && isCity(name)) return name;
      }
    }
  }
  return gluedLabelPlace(sample);
}

/**
 * "Standort Vohburg a. d. Donau:", "Location Manchester": the town after a place's label with no
 * colon between them. A name the tables do not know counts only on a heading's line (its colon
 * last); "Location Flexible" is no place. "Work location Milan/Bari/Brindisi;": known towns listed.
 */
function townAfterLabel(line: string): string[] {
  const town =
    line.length <= 70 ? LABEL_THEN_TOWN.exec(line)?.[1]?.replace(/[;,.]$/, '') : undefined;
  if (town === undefined || !/^\p{Lu}/u.test(town) || WORK_WORDS.test(town) || noPlace(town))
    return [];
  const listed = eitherPlace(town);
  if (listed.length > 1 && listed.every((t) => isTown(t))) return listed;
  const places = placesOf(town, true);
  if (places?.length !== 1) return [];
  return line.endsWith(':') || isTown(town) || isCity(town) ? [places[0] as string] : [];
}

/** How many lines below a location heading an address may run to its postcode and town. */
const ADDRESS_LINES = 3;
/**
 * "9000 GENT", "Opvoedingstraat 143 9000 Gent", "CH-3270 Aarberg", "1012 AB Amsterdam": a
 * postcode and the town closing an address line (at most four capitalised words, "Oldenburg in
 * Holstein" with the small words a town's name joins them by).
 */
const POSTCODE_TOWN = new RegExp(
  `(?:^|[\\s,])(?:[A-Z]{1,2}-)?\\d{4,5}(?:\\s[A-Z]{2})?\\s(\\p{Lu}[\\p{L}'’.]*(?:[\\s-](?:(?:${postingAlt('townLinks')})[\\s-])?\\p{Lu}[\\p{L}'’.]*){0,3})$`,
  'u',
);

/** The town of an address line ending in a postcode and a town, as a person writes it ("Gent"). */
function townAfterPostcode(line: string): string | null {
  const town = POSTCODE_TOWN.exec(line)?.[1];
  if (town === undefined || JOB_WORD.test(town)) return null;
  // A town in capitals is written as a name: "SINT-NIKLAAS" is "Sint-Niklaas".
  return town === town.toUpperCase()
    ? town.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())
    : town;
}

/** "Utrecht/N-Z Holland" under a place heading: areas joined by a slash, kept as written. */
function slashedPlaces(value: string): string[] | null {
  if (value.length > 40 || !value.includes('/') || /\d/.test(value)) return null;
  const parts = value.split('/');
  // A region alone ("Noord-Holland") is a place too, read as [] by `placesOf`.
  return parts.every((p) => placesOf(p.trim(), true) !== null) ? [value] : null;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  TOWN_LIST,
  REMOTE_IN,
  TITLE_TOWN,
  POSTCODE_TOWN,
  TOWN_DASH_STATE,
  TOWN_SPACE_STATE,
  DASH_LABEL,
);
