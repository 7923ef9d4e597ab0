import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import { classifyHeading, isHeadingLine } from '../pipeline/sections';
import { townOfAddress, withoutPostcode, withoutRegionCode } from './address-place';
import { looksLikePlace, WORK_WORDS } from './byline';
import { modelOptions } from './location-value';
import { isCity, isCountry, isRegion, isTown, namesAState } from './places';
import {
  BUILDING,
  JOB_WORD,
  LEGAL_FORM,
  LIST_JOIN_SOURCE,
  LOCATION_HEADING,
  postingAlt,
  TITLE_HEADING,
} from './posting-words';

/**
 * Whether a line of a record's header is a place, and which: "Leeds, UK", "56 - LORIENT",
 * "Av. Paulista, 1000 - Bela Vista, São Paulo - SP", "Kewdale, Perth, Fremantle & Peel WA",
 * "Hannover · Berlin". The header reader (`header.ts`) and the posting's place readers ask it.
 */

/** A sum of money: a line holding one is no place. */
export const MONEY =
  /[£$€₹]\s?\d|\d\s?(?:€|k€|EUR|GBP|USD|PLN|SGD|AUD|CAD|INR|CHF|BRL|MXN)(?![\p{L}])|\b(?:SGD|PLN|EUR|USD)\s\d/u;
/** A board's filler in a place field: "Any", "Worldwide", "Select state". */
export const PLACEHOLDER = caseless(`^(?:${alternation((l) => l.posting.placeholders)})$`, 'iu');

/** "56 - LORIENT", "75 - PARIS 02", "35 - acigne": a French department number, then the town (any case). */
const DEPARTMENT = /^(?:\d{2,3}|2[AB])\s-\s(\p{L}[\p{L}\d ()'.-]{1,40})$/u;
/** "Pessac - 33", "Marmande - 47": the town, then its French department number. */
const TOWN_DEPARTMENT = /^(\p{Lu}[\p{L}' .-]{1,40}?)\s-\s(?:\d{2,3}|2[AB])$/u;
/** One place name, its particles lower-case: "Stockton on the Forest", "Las Palmas de Gran Canaria". */
const PLACE_WORD = "[\\p{Lu}][\\p{L}'.]*(?:-[\\p{L}'.]+){0,4}";
const PARTICLES =
  'de|del|la|le|les|sur|upon|on|the|en|di|da|do|dos|van|von|am|an|im|der|aan|den|of|bei|ob|' +
  // German abbreviated particles: "Frankfurt a. M.", "Mülheim a. d. Ruhr", "Neumarkt i. d. OPf.".
  'a\\.|i\\.|d\\.';
/** Words joined by spaces only (a hyphen stays inside a word), so matching stays linear. */
const PLACE_WORDS = new RegExp(
  `^${PLACE_WORD}(?:\\s(?:(?:${PARTICLES})\\s){0,2}${PLACE_WORD}){0,4}$`,
  'u',
);
/** A city, its district number (French arrondissement: "Paris 10", "Lyon 3e"), maybe a country. */
const CITY_DISTRICT = /^([^\d,]{2,40}?) \d{1,2}(?:e|er|ème|eme)?(?:, [^\d,]{2,30})?$/u;
/** "1er Arrondissement, Paris", "17ème arrondissement, Paris". */
const ARRONDISSEMENT = /^\d{1,2}(?:er|e|ème|eme) [Aa]rrondissement, ([^\d,]{2,40})$/u;
/** "City, Region" or "Place, City, Region" as written. */
const COMMA_PLACE = /^[\p{Lu}][\p{L}.' -]{1,40}(?:,\s?[\p{Lu}][\p{L}.' -]{0,40}){1,2}$/u;
/** "Zürcherstrasse 29c, Siebnen", "Hauptstrasse 80, 9422 Staad": a street and number, then the town. */
export const STREET_ADDRESS =
  /^[^,\d]{2,50}\s\d{1,4}[a-z]?,\s(?:\d{4,5}\s)?([\p{Lu}][^,\d]{1,40})$/u;
/**
 * "12 rue de la Paix, 75002 Paris", "Rue de la Gare, 09300 Lavelanet", "Calle Mayor, 28013
 * Madrid": a street (its number or its street word first), then the postcode and the town.
 */
const POSTCODE_ADDRESS = caseless(
  `^(?:\\d{1,4}[a-z]?,?\\s(?:(?:${alternation((l) => l.posting.streetWords)})\\s)?|` +
    `(?:${alternation((l) => l.posting.streetWords)})\\s)` +
    `[^,\\d]{2,50},\\s\\d{4,5}\\s(\\p{Lu}[^,\\d]{1,40})$`,
  'iu',
);

/** The town a street address line names after its street, or null. */
export function addressTown(line: string): string | null {
  if (!DIGIT.test(line) || !line.includes(', ')) return null;
  const town = STREET_ADDRESS.exec(line)?.[1] ?? POSTCODE_ADDRESS.exec(line)?.[1];
  return town === undefined ? townAfterNumberedStreet(line) : town.trim();
}

/**
 * "12 High Street, Bristol, BS1 5TR", "Unit 4, Riverside Way, Leeds LS1 4AB": a British or Irish
 * address, the street's number first and the postcode last. The town is its first known city
 * after the street; null when none is.
 */
function townAfterNumberedStreet(line: string): string | null {
  const address = withoutPostcode(line.trim()).replace(/,$/, '');
  if (!DIGIT.test(address.slice(0, 12))) return null;
  const town = townOfAddress(address);
  return town !== address && isTown(town) ? town : null;
}
/**
 * "Av. Paulista, 1000 - Bela Vista, São Paulo - SP": a street and its number, the district, then
 * the town and its state's code, as Brazilian addresses run. The town is the place.
 */
const STREET_TOWN_STATE =
  /^[^,\d]{2,60},\s\d{1,5}[^,\n]{0,40},\s([\p{Lu}][\p{L}' .-]{1,40}?)\s[-–/]\s([A-Z]{2})$/u;
/**
 * A board's region and country codes after the town: ", LOM, IT", ", PIE, IT", and Indeed's two
 * letters for both (", FC, NG" for Abuja, ", DU, AE" for Dubai, ", OY, NG" for Ibadan).
 */
const CODED_REGION = /, [A-Z]{2,3}, [A-Z]{2}$/;
/** "Acacia Ridge QLD", "Lac du Bonnet MB": a town (a small word may join its names) and its state's code. */
const TOWN_STATE = new RegExp(
  `^([\\p{Lu}][\\p{Ll}'.-]+(?:\\s(?:(?:${alternation((l) => l.posting.townParticles)})\\s)?` +
    `[\\p{Lu}][\\p{Ll}'.-]+){0,3})\\s([A-Z]{2,3})$`,
  'u',
);
/**
 * SEEK's place field, "Suburb, Area STATE": "Newcastle, Newcastle, Maitland & Hunter NSW",
 * "Parramatta, Sydney NSW". The suburb is the place.
 */
const SUBURB_AREA_STATE = new RegExp(
  String.raw`^([\p{Lu}][\p{L}'.-]{1,25}(?:\s[\p{Lu}][\p{L}'.-]{1,25}){0,2}),\s` +
    String.raw`([\p{Lu}][\p{L}'.&, -]{1,60})\s(NSW|VIC|QLD|TAS|ACT|NT|SA|WA)$`,
  'u',
);
/**
 * State codes another country writes too (WA is Washington's): "The Alder Hotel, Seattle WA" is a
 * hotel and its town. After these, SEEK's area must be one of those states' own.
 */
const SHARED_STATE = new Set(['WA', 'SA', 'NT']);
const SEEK_AREAS_SHARED = /^(?:Perth|Adelaide|Darwin|Bunbury|Mandurah|Alice Springs|.*&.*)$/;

/** Whether a text opens with an ASCII figure (\d without the `u` flag's wider reach: none). */
function startsWithDigit(text: string): boolean {
  const c = String.prototype.charCodeAt.call(text, 0);
  return c >= 48 && c <= 57;
}

/** Whether a line ends as a French department number does ("… - 33", "… - 2A"). */
function departmentLast(text: string): boolean {
  const c = String.prototype.charCodeAt.call(text, text.length - 1);
  return (c >= 48 && c <= 57) || c === 65 || c === 66;
}

const DIGIT = /\d/;

/** Whether a text ends with a capital A to Z. */
function capitalLast(text: string): boolean {
  const c = String.prototype.charCodeAt.call(text, text.length - 1);
  return c >= 65 && c <= 90;
}

/** Whether a text opens or ends with a comma or a semicolon. */
function endsWithSeparator(text: string): boolean {
  const first = String.prototype.charCodeAt.call(text, 0);
  const last = String.prototype.charCodeAt.call(text, text.length - 1);
  return first === 44 || first === 59 || last === 44 || last === 59;
}

/** Whether a trimmed line opens or ends with a site word: `SITE_PLACE` needs one there. */
function hasSiteWord(text: string): boolean {
  if (!SITE_LETTERS) return true;
  for (const w of SITE_LIST) if (text.startsWith(w) || text.endsWith(w)) return true;
  return false;
}

/** The suburb of SEEK's "Suburb, Area STATE" place field, or null. */
function seekSuburb(line: string): string | null {
  const m = line.length <= 90 ? SUBURB_AREA_STATE.exec(line) : null;
  if (!m) return null;
  if (SHARED_STATE.has(m[3] as string) && !SEEK_AREAS_SHARED.test(m[2] as string)) return null;
  return m[1] as string;
}
/** The site words as written and with a capital first letter: the pattern keeps \\p{Lu} exact. */
const SITE_LIST = LEXICONS.flatMap((l) =>
  l.posting.siteWords.flatMap((w) => [w.trim(), w.charAt(0).toUpperCase() + w.trim().slice(1)]),
);
/** A site word of letters only is matched as written; any other (a space, an apostrophe the
 * pattern spells two ways) leaves the first look to the pattern itself. */
const SITE_LETTERS = SITE_LIST.every((w) => /^\p{L}+$/u.test(w));
const SITE_WORDS = alternation((l) =>
  l.posting.siteWords.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
);
/**
 * "Werkstatt Lengede", "Cremlingen / Hauptsitz", "Sucursal Monterrey": a site word beside one
 * place name is the job's place, not the employer's name.
 */
const SITE_PLACE = new RegExp(
  `^(?:(?:${SITE_WORDS})\\s(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})|` +
    `(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})\\s(?:[/–-]\\s)?(?:${SITE_WORDS}))$`,
  'u',
);

/** "Cebu City Office", "Leeds branch": a town, then the employer's office in it. */
const TOWN_OFFICE = caseless(
  `^(\\p{Lu}[\\p{L}'. -]{1,40}?)\\s(?:${alternation((l) => l.posting.officeNouns)})$`,
  'iu',
);

/** The office nouns, lower-cased: a value whose last word is none of them is no office. */
const OFFICE_NOUNS = new Set(
  LEXICONS.flatMap((l) => l.posting.officeNouns.map((w) => w.toLowerCase())),
);

/**
 * The place on the line under a record's type value ("Full time" then "Klang"): the line the
 * record gives the job's place, so any town of the tables will do, not only the cities named alone.
 */
export function placesUnderValue(line: string): string[] | null {
  const trimmed = line.trim();
  const places = placesOf(trimmed, false);
  if (places !== null) return places.length > 0 ? places : null;
  return trimmed.length <= 40 && isTown(trimmed) ? [trimmed] : null;
}

/** The town of "Cebu City Office", "Leeds branch" (a town the tables know), or null. */
export function townOfOffice(value: string): string | null {
  if (value.length > 60) return null;
  if (!OFFICE_NOUNS.has(value.slice(value.lastIndexOf(' ') + 1).toLowerCase())) return null;
  const town = TOWN_OFFICE.exec(value)?.[1];
  return town && isTown(town) ? town : null;
}

/** "Willow Lodge Care Home, Norwich": a name, then its town. */
export const NAME_AND_PLACE = /^(.{2,60}),\s([\p{Lu}][\p{L}' .-]{1,40})$/u;
/** A brand that opens with a figure: "247.ai Philippines", "7-Eleven", "3M". */
export const DIGIT_BRAND = /^\d{1,4}(?:\.\p{Ll}{2,}|-\p{Lu}\p{Ll}+$|\p{Lu}(?:\s|$))/u;
/** "Helixa.ai", "Yumpingo.com": a brand written as its domain. */
/**
 * "Dienstverband" over "Loondienst of ZZP", "Tipo di contratto" over its value: a page opening with
 * a field's label and its value names neither the title nor the employer.
 */
export const FIELD_LABEL_ALONE = caseless(
  `^(?:${alternation((l) => l.employment.labels)})\\s?:?$`,
  'iu',
);
export const BRAND = caseless(
  String.raw`^[\p{L}\d][\p{L}\d-]{1,40}\.(?:ai|com|io|co|net|org|app|dev|tech|de|fr|es|it|nl|pt|eu)$`,
  'iu',
);

export function isHeading(line: string): boolean {
  return isHeadingLine(line, false) && classifyHeading(line) !== null;
}

/** Two or three capitals, at most two short codes, then a capitalised name: "SK-Rgna-Regina". */
const PLACE_CODE = /^\p{Lu}{2,3}(?:-\p{L}{2,6}){0,2}-(\p{Lu}[\p{L}.'’ ]{1,40})$/u;

/**
 * "SK-Rgna-Regina", "US-IL-Yorkville": an ATS's place code, region codes first, the town last. The
 * town is one the tables know, or one a country's and a region's codes both open.
 */
export function townOfCode(value: string): string | null {
  const code = value.length <= 60 ? PLACE_CODE.exec(value.trim()) : null;
  if (!code) return null;
  const town = code[1] as string;
  const [country, region] = value.trim().split('-', 3);
  const opened = region !== undefined && isCountry(country as string) && isRegion(region);
  return (isTown(town) || opened) && !JOB_WORD.test(town) ? town : null;
}

/**
 * The places a line consists of, or null when it is something else. A bare country gives [] (the
 * line is a place, but not a city-level one). `loose` also takes any proper name: for a line whose
 * position in the header says it is the place.
 */
/** A board's work-model word before the place it is open from, no comma between. */
const MODEL_BEFORE_PLACE = /^(?:TELECOMMUTE|Telecommute)\s(?=\p{Lu})/u;

/** The last word of the metropolitan-area words ("Area"), with a capital as place fields write it. */
const AREA_WORDS = alternation((l) =>
  l.posting.metroAfter.map((w) => {
    const last = w.slice(w.lastIndexOf(' ') + 1);
    return last.charAt(0).toUpperCase() + last.slice(1);
  }),
);
/** Adzuna's place, "North Perth, Vincent Area": a suburb, then the council area it lies in. */
const SUBURB_OF_AREA = new RegExp(
  `^(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}),\\s${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}\\s(?:${AREA_WORDS})$`,
  'u',
);

/**
 * A suburb over its area ("North Perth, Vincent Area" → North Perth), or a city's district over the
 * city ("Perth CBD, Perth" → Perth), or null.
 */
function suburbOfArea(line: string): string[] | null {
  if (line.length > 70) return null;
  const suburb = SUBURB_OF_AREA.exec(line)?.[1];
  if (suburb !== undefined) return JOB_WORD.test(suburb) ? null : [suburb];
  const parts = line.split(', ');
  if (parts.length !== 2 || !isCity(parts[1] as string)) return null;
  const district = SITE_PLACE.exec(parts[0] as string);
  return (district?.[1] ?? district?.[2]) === parts[1] ? [parts[1] as string] : null;
}

/** A calendar month's name or short form, in any language the lexicons hold. */
const MONTH = alternation((l) => l.posting.calendarMonths);
/**
 * "Christchurch 24 Dec 2018", "Auckland, Dec 21, 2018": a board's town, then the day it posted the
 * ad. The town alone is the place (a known one only: "Fixed Term till 31st July 2019" is none).
 */
const TOWN_THEN_DATE = caseless(
  `^(\\p{Lu}[\\p{L}'. -]{1,40}?),?\\s(?:\\d{1,2}(?:st|nd|rd|th)?\\s(?:${MONTH})\\.?|(?:${MONTH})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?)\\s(?:19|20)\\d{2}$`,
  'iu',
);

/** The known town of a "town, then posting date" line, or null. */
function townBeforeDate(raw: string): string | null {
  const town = raw.length <= 70 ? TOWN_THEN_DATE.exec(raw.trim())?.[1] : undefined;
  return town !== undefined && isTown(town) ? town : null;
}

export function placesOf(raw: string, loose: boolean): string[] | null {
  // "Christchurch 24 Dec 2018": the town over the board's posting date.
  const dated = DIGIT.test(raw.charAt(raw.length - 1)) ? townBeforeDate(raw) : null;
  if (dated) return [dated];
  // "North Perth, Vincent Area", "Perth CBD, Perth": a board's suburb and its area.
  const ofArea = raw.includes(', ') ? suburbOfArea(raw.trim()) : null;
  if (ofArea) return ofArea;
  // "TELECOMMUTE Lima, Callao Region, Peru": a board's work model glued before the place.
  if (String.prototype.charCodeAt.call(raw, 0) === 84 && MODEL_BEFORE_PLACE.test(raw)) {
    return placesOf(raw.replace(MODEL_BEFORE_PLACE, ''), loose);
  }
  // "SK-Rgna-Regina": an ATS's place code, the town last.
  const codeTown = townOfCode(raw);
  if (codeTown) return [codeTown];
  // "Rue de la Gare, 09300 Lavelanet": an address with its postcode, the town after it.
  const streetTown = POSTCODE_ADDRESS.exec(raw.trim())?.[1]?.trim();
  if (streetTown && (loose || isTown(streetTown))) return [streetTown];
  // "Vienna: office or remote": a known town, then the ways the job is worked.
  const modelled = raw.length <= 140 ? townBeforeModels(raw) : null;
  if (modelled) return [modelled];
  // "New York, NY or Remote": the place offered beside a work model.
  const options = raw.length <= 140 ? modelOptions(raw) : null;
  if (options) {
    const places = options.flatMap((o) => placesOf(o, loose) ?? []);
    return places.length > 0 ? places : null;
  }
  // "London [Remote], UK", "Berlin (Hybrid), Germany": a work model bracketed inside the place.
  const unmodelled = withoutModelBracket(raw);
  if (unmodelled !== null) return placesOf(unmodelled, loose);
  // "Brandizzo (Torino), Piemonte": a town, its province in brackets, then its region.
  const unprovinced = withoutProvinceBracket(raw);
  if (unprovinced !== null) return placesOf(unprovinced, loose);
  // "Lille (59) - Hybride", "Nantes (44) – CDI": the place, then work-model or contract parts.
  const untermed = withoutTermsAfter(raw);
  if (untermed !== null) return placesOf(untermed, loose);
  // Each pattern below is tried only where the line's first or last character (or its comma) can
  // begin or end its match: most lines are no place, and a \p{L} pattern costs the more on text
  // with a character past U+00FF (a dash, a curly quote, "€").
  const trimmed = raw.trim();
  const dept = startsWithDigit(raw) ? DEPARTMENT.exec(raw) : null;
  if (dept?.[1]) return [dept[1].trim()];
  const site = raw.length <= 60 && hasSiteWord(trimmed) ? SITE_PLACE.exec(trimmed) : null;
  const siteTown = site?.[1] ?? site?.[2];
  if (siteTown && !JOB_WORD.test(siteTown)) return [siteTown];
  const officeTown = townOfOffice(trimmed);
  if (officeTown) return [officeTown];
  const street = raw.length <= 140 && raw.includes(',') ? STREET_TOWN_STATE.exec(raw) : null;
  if (street && isRegion(street[2] as string)) return [(street[1] as string).trim()];
  const town = departmentLast(raw) ? TOWN_DEPARTMENT.exec(raw)?.[1] : undefined;
  if (town && (isCity(town) || (loose && PLACE_WORDS.test(town)))) return [town];
  // "8ème Arrondissement, Paris": a board's district, then its city (a figure first, as hours are).
  const arrondissement = startsWithDigit(trimmed) ? ARRONDISSEMENT.exec(trimmed) : null;
  if (arrondissement && isCity(arrondissement[1] as string)) return [trimmed];
  // "12 High Street, Bristol BS1 5TR", "Unit 4, Riverside Way, Leeds": the street's number
  // first, then a known town (its postcode after it).
  const numberedTown = raw.includes(', ') ? townAfterNumberedStreet(raw) : null;
  if (numberedTown) return [numberedTown];
  // Each edit only where the line's first or last character allows it: most lines need none.
  // "München,", ", Hilden,": a list's stray commas.
  const uncommaed = endsWithSeparator(raw) ? raw.replace(/^[,;]\s*|\s*[,;]$/g, '') : raw;
  // "75177 Pforzheim, Germany", "1012 AB Amsterdam": a postcode before the town.
  const unposted = startsWithDigit(uncommaed)
    ? uncommaed.replace(/^\d{4,5}(?:\s[A-Z]{2})?\s(?=\p{Lu}\p{Ll})/u, '')
    : uncommaed;
  const unbracketed = unposted.endsWith(')')
    ? unposted.replace(/\s?\([^()]{0,40}\)$/, '')
    : unposted;
  const plain = withoutPostcode(unbracketed).trim();
  const line = withoutRegionCode(plain);
  if (line.length < 2 || line.length > 200) return null;
  const filled = line.includes(', ') ? filledField(line.split(', ')) : null;
  if (filled) return filled;
  // "55100 Verdun", "Kallang, S00, SG": the postcode or code read off, the town is what the
  // line's figures were about.
  const coded = /^\d{4,5}\s\p{Lu}/u.test(raw) || line !== plain;
  const suburb = seekSuburb(line);
  const places =
    placeLine(coded ? line : raw, line, loose) ?? (suburb ? [suburb] : null) ?? townDistrict(line);
  // A legal form, work words, a job word or a sum make the line something else. Tested last:
  // most lines are no place, and these scans (JOB_WORD most) cost more than the checks above.
  // "Home-Office, Hannover, Berlin": a list of towns led by the work model is still the towns.
  // "Brightwave GmbH, Hamburg": an employer's legal name, then its town, is no list of places.
  const named = places !== null && line.includes(', ') && line.split(', ').some(legalName);
  if (
    places === null ||
    named ||
    LEGAL_FORM.test(line) ||
    (WORK_WORDS.test(line) && places.length < 2)
  )
    return null;
  return JOB_WORD.test(line) || MONEY.test(line) ? null : places;
}

const legalName = (part: string) => LEGAL_FORM.test(part);

/** "München/Schwabing", "Essen / Kettwig": a known town, a slash, then one of its districts. */
const TOWN_SLASH_DISTRICT =
  /^(\p{Lu}[\p{L}.' -]{1,30}?)\s?\/\s?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** The line as written when it is a known town and one of its districts, or null. */
function townDistrict(line: string): string[] | null {
  if (line.length > 60 || !line.includes('/')) return null;
  const m = TOWN_SLASH_DISTRICT.exec(line);
  return m && isCity(m[1] as string) ? [line] : null;
}

/** A line's parts after a dash, a dot or a bar: "Lille (59) - Hybride" → "Lille (59)", "Hybride". */
const TERM_SEPARATOR = /\s[-–·|]\s/;

/** A bracketed word or two before the line's comma: "[Remote]" in "London [Remote], UK". */
const BRACKET_BEFORE_COMMA = /\s?[[(](\p{L}[^[\]()]{0,28})[\])](?=,\s)/u;

/** The line without a work model bracketed before its comma, or null when it has none. */
function withoutModelBracket(line: string): string | null {
  if (line.length > 140 || (!line.includes('],') && !line.includes('),'))) return null;
  const m = BRACKET_BEFORE_COMMA.exec(line);
  if (!m || !WORK_WORDS.test((m[1] as string).trim())) return null;
  return line.slice(0, m.index) + line.slice(m.index + m[0].length);
}

/** A town, its province or district in brackets, a comma, then a known region. */
const PROVINCE_BEFORE_COMMA =
  /^(\p{Lu}[\p{L}.' -]{1,40}?)\s\((\p{Lu}[\p{L}.' -]{1,30})\),\s(\p{Lu}[\p{L}.' -]{1,40})$/u;

/** "Vimercate (Monza), Lombardia" → "Vimercate, Lombardia", or null when the line is no such place. */
function withoutProvinceBracket(line: string): string | null {
  if (line.length > 100 || !line.includes('),')) return null;
  const m = PROVINCE_BEFORE_COMMA.exec(line.trim());
  if (!m) return null;
  const area = (m[3] as string).trim();
  // A country after the comma keeps its bracket ("Paris (Île-de-France), France" is read as written).
  return isRegion(area) && !isCountry(area) ? `${(m[1] as string).trim()}, ${area}` : null;
}

/** The line without its trailing work-model or contract parts, or null when it has none. */
function withoutTermsAfter(line: string): string | null {
  if (line.length > 140 || !TERM_SEPARATOR.test(line)) return null;
  const parts = line.split(TERM_SEPARATOR);
  let keep = parts.length;
  while (keep > 1 && workTerms((parts[keep - 1] as string).trim())) keep--;
  if (keep === parts.length || WORK_WORDS.test((parts[0] as string).trim())) return null;
  return parts.slice(0, keep).join(' - ');
}

/** Where a list of the ways to work splits: "office, remote, hybrid", "office or remote". */
const MODEL_LIST_SPLIT = new RegExp(`${LIST_JOIN_SOURCE}|\\s?\\/\\s?`);

/**
 * Whether a part is a contract or work-model term, or a list of the ways the job may be worked
 * where the office is one ("office, remote, hybrid", "Büro oder remote").
 */
function workTerms(part: string): boolean {
  if (WORK_WORDS.test(part)) return true;
  const items = part.split(MODEL_LIST_SPLIT);
  return (
    items.length > 1 &&
    items.every((i) => WORK_WORDS.test(i) || OFFICE_NOUNS.has(i.toLowerCase())) &&
    items.some((i) => WORK_WORDS.test(i))
  );
}

/** "Vienna: office, remote, hybrid": a known town, a colon, then the ways the job is worked. */
function townBeforeModels(line: string): string | null {
  const colon = line.indexOf(': ');
  if (colon < 2 || colon > 40) return null;
  const town = line.slice(0, colon).trim();
  return isCity(town) && workTerms(line.slice(colon + 2).trim()) ? town : null;
}

/**
 * "Remote, Remote, United States of America", "Remote, Any, Worldwide": a board's place field
 * filled with the work model and placeholders. The one country left, if any, is the place.
 */
function filledField(parts: string[]): string[] | null {
  if (parts.length > 4 || !parts.some((p) => PLACEHOLDER.test(p) || WORK_WORDS.test(p)))
    return null;
  const rest = parts.filter((p) => !PLACEHOLDER.test(p) && !WORK_WORDS.test(p));
  if (rest.length === 0) return parts.some((p) => PLACEHOLDER.test(p)) ? [] : null;
  // "Remote, US, Michigan", "Hybrid, Germany, Munich": the country first, then its state or town,
  // as an ATS fills the field; read town first, as the place is written elsewhere.
  const [country, place] = rest as [string, string];
  if (rest.length === 2 && isCountry(country) && !isCountry(place)) {
    if (isRegion(place) || isCity(place)) return [`${place}, ${country}`];
  }
  return rest.length === 1 && parts.length - rest.length >= 2 && isRegion(rest[0] as string)
    ? [rest[0] as string]
    : null;
}

/** "München, Hannover, Münster", "Köln/Bonn", "Bern und Basel": the towns of a line's parts. */
function placeList(line: string, all: string[], loose: boolean): string[] | null {
  const towns = all.filter((p) => !WORK_WORDS.test(p));
  // "Leeds / Bradford", "Bochum oder Herne" on the header's place line: two towns of the GeoNames
  // table, not only of the short list. Not with a comma: "Salford, Manchester" is one place.
  const slashedTowns = loose && !line.includes(',');
  // "Melbourne or Sydney, Australia", "Bangalore, India or Budapest, Hungary": two towns or more
  // with their countries; the countries are no places of the list.
  const cities = towns.filter((p) => isCity(p) || !isRegion(p));
  const list =
    cities.length >= 2 && cities.length < towns.length && cities.every(isCity) ? cities : towns;
  // "Frankfurt/M.", "Frankfurt a.M.": the river's name written short keeps the town whole.
  const named = (p: string) =>
    PLACE_WORDS.test(p.replace('/', ' ').replace(/\b([ai])\.(?=\p{Lu})/u, '$1. '));
  if (
    list.length > 1 &&
    // "Campinas, São Paulo" is a town and its state; "Bern und Basel", "Karlsruhe, München" two towns.
    (all.length > 2
      ? loose || list.some(isCity)
      : list.every((p) => isCity(p) || (slashedTowns && isTown(p))) &&
        !(line.includes(',') && (isRegion(list[1] as string) || namesAState(list[1] as string)))) &&
    list.every((p) => named(p) && p.split(' ').length <= 3 && (isCity(p) || !isRegion(p)))
  )
    return list;
  return null;
}

/**
 * "Las Condes, Santiago, Región Metropolitana de Santiago, Chile", "Calama, El Loa, Antofagasta,
 * Chile": a board's route from the town up to the country; the town is the place. Four parts or
 * more, the last a country, one between no city ("Berlin, Hamburg, München, Germany" stays a list).
 */
function routeTown(parts: string[]): string | null {
  if (parts.length < 4 || parts.length > 6 || !isRegion(parts[parts.length - 1] as string))
    return null;
  const between = parts.slice(1, -1);
  if (between.every(isCity) || !parts.every((p) => PLACE_WORDS.test(p))) return null;
  return parts[0] as string;
}

/** A place, then its area after a dash, or a two-letter state code after a slash. */
const CITY_THEN_AREA = /^([^-–/,]{2,40}?)(?:\s[-–]\s?([\p{Lu}][\p{L} .'-]{1,40})|\/([A-Z]{2}))$/u;

/**
 * Between places that carry their own commas: " / " after a comma, " • ", " · ". The look back
 * for the comma comes after the slash: tried at every position, it read 40 characters back each.
 */
const PLACE_PARTS = /\s\/(?<=,[^/•·]{1,40}\s\/)\s|\s[•·]\s/;

/**
 * Between the towns of a list: a comma, a spaced slash, or the lexicons' "and" / "or" words, the
 * "and/or" ones first ("Verona e/o Padova", "Köln und/oder Bonn").
 */
const LIST_SPLIT = new RegExp(
  `,\\s?|\\s\\/\\s|\\s(?:${postingAlt('listOr')}|${postingAlt('listAnd')})\\s`,
);
/**
 * A line of towns with no comma may join them with "&" too ("Brisbane & Gold Coast"); after a
 * comma, "&" joins the names of a board's area ("Wollongong, Illawarra & South Coast NSW").
 */
const AMPERSAND_LIST_SPLIT = new RegExp(`${LIST_SPLIT.source}|\\s&\\s`);

/** What `placesOf` reads in a line that is no legal name, work words, job title or sum. */
function placeLine(raw: string, line: string, loose: boolean): string[] | null {
  // "Westwood, MA | Manchester, NH", "Ciudad de México | Guadalajara", "Lille; Lens": one place a
  // part.
  const bar = line.includes(' | ') ? ' | ' : line.includes('; ') ? '; ' : null;
  if (bar) {
    const out: string[] = [];
    for (const part of line.split(bar, 9)) {
      // "Toronto, Canada | Remote": the work model beside the places is no place.
      if (WORK_WORDS.test(part.trim())) continue;
      const places = part.length <= 60 ? placeLine(part, part.trim(), loose) : null;
      if (places === null) return null;
      out.push(...places);
    }
    return out;
  }
  // "Melbourne, VIC / Sydney, NSW, Australia", "Singapore • Ho Chi Minh, Vietnam": places with
  // their regions, one a part. Read only when every part is a place; else the line goes on below.
  // A character test first: most lines hold none of the separators, and the pattern's look back
  // is tried at every space.
  const parted = line.includes(' / ') || line.includes(' • ') || line.includes(' · ');
  if (parted && PLACE_PARTS.test(line)) {
    const out: string[] = [];
    for (const part of line.split(PLACE_PARTS, 9)) {
      // "Limassol, Cyprus / Remote Europe": the work model beside the places is no place.
      if (WORK_WORDS.test(part.trim())) continue;
      const places = part.length <= 60 ? placeLine(part, part.trim(), loose) : null;
      if (places === null || places.length === 0) {
        out.length = 0;
        break;
      }
      out.push(...places);
    }
    if (out.length > 0) return out;
  }
  const single = line.length <= 60;
  if (single && isCity(line)) return [line];
  // "São Paulo - Vila Madalena", "Lisboa - Portugal", "Curitiba – PR", "São Paulo/SP": a known city,
  // then its district, state or country after a dash (or its state's code after a slash); not a
  // second city ("Köln/Bonn" is two towns, read below).
  // The patterns below each need a character most lines lack (a dash or a slash, a figure, a
  // comma, a capital last): looked for first.
  const digit = DIGIT.test(line);
  const comma = line.indexOf(', ');
  const dashed = line.includes('-') || line.includes('–') || line.includes('/');
  const area = single && dashed ? CITY_THEN_AREA.exec(line) : null;
  if (area && isCity(area[1] as string) && !isCity(area[2] ?? '')) return [area[1] as string];
  // "Paris 10", "Lyon 3e", "Paris 9, France": a city and its district number, as written.
  const district = digit ? CITY_DISTRICT.exec(line) : null;
  if (district && isCity(district[1] as string)) return [line];
  // "Commission House, Pretoria": a building, then its city.
  const building = comma > 0 ? /^([^,]{2,60}), ([^,]{2,40})$/.exec(line) : null;
  if (building && BUILDING.test(building[1] as string) && isCity(building[2] as string))
    return [building[2] as string];
  if (single && isRegion(line)) return [];
  if (single && looksLikePlace(line)) return [line];
  const town = capitalLast(line) ? TOWN_STATE.exec(line) : null;
  if (town && isRegion(town[2] as string)) return [line];
  // "Lyon, télétravail partiel possible": a city, then how the job is worked.
  // On the header's place line any proper name will do ("Zollikofen, mobiles Arbeiten").
  const first = line.slice(0, comma);
  if (
    comma > 0 &&
    (isCity(first) || (loose && PLACE_WORDS.test(first))) &&
    WORK_WORDS.test(line.slice(comma + 2))
  )
    return [first];
  // "Filiale Zürcherstrasse 29c, Siebnen", "Route des Acacias 43, 1227 Genève": a street address on
  // the place line (a shop, a site); its town is the place.
  const street = digit && line.includes(',') ? STREET_ADDRESS.exec(line)?.[1] : undefined;
  if (street && (isCity(street) || (loose && PLACE_WORDS.test(street)))) return [street];
  // "St. Brendan's Hospital, Columbus, OH": the building, then the place.
  const parts = line.split(', ');
  const route = routeTown(parts);
  if (route) return [route];
  // "Giugliano in Campania, Campania, Italy": the town, its region and its country; "Milano, LOM,
  // IT", "Abuja, FC, NG": a board's town with its region's and country's codes. The line is one place.
  if (
    parts.length === 3 &&
    ((CODED_REGION.test(line) && PLACE_WORDS.test(parts[0] as string)) ||
      (/^\p{Lu}[\p{L}' .-]{1,40}$/u.test(parts[0] as string) &&
        !BUILDING.test(parts[0] as string) &&
        isRegion(parts[2] as string) &&
        isRegion(parts[1] as string) &&
        !isCity(parts[1] as string)))
  )
    return [line];
  if (parts.length === 3 && looksLikePlace(parts.slice(1).join(', ')))
    return [parts.slice(1).join(', ')];
  // "München, Hannover, Münster": three towns or more, or two known cities joined by "and". On the
  // line whose place in the header says it is the place, three towns need no known city among them.
  // "Hyderabad, Bengaluru, Work From Home": the work model listed with the places is none of them.
  // "Berlin (Teltow)": a town's district in brackets stays out of the list's names.
  // "Köln/Bonn", "Norderstedt / Hamburg", "Berlin oder Neckarsulm": two towns; "Frankfurt/Main" one.
  const all = line
    .split(line.includes(',') ? LIST_SPLIT : AMPERSAND_LIST_SPLIT)
    .flatMap((p) => {
      const [a, b] = p.split('/');
      return b !== undefined && isCity(a as string) && isCity(b) ? [a as string, b] : [p];
    })
    .map((p) => p.replace(/\s?\([^()]{1,30}\)$/, '').trim())
    .filter((p) => p !== '');
  // A list needs two parts or more (most lines split into one): nothing below to weigh then.
  if (all.length > 1) {
    const listed = placeList(line, all, loose);
    if (listed) return listed;
  }
  if (
    !single ||
    !loose ||
    /\d/.test(raw) ||
    isHeadingLine(line, false) ||
    LOCATION_HEADING.test(line) ||
    TITLE_HEADING.test(line)
  )
    return null;
  if (COMMA_PLACE.test(line) || PLACE_WORDS.test(line)) return [line];
  return null;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  POSTCODE_ADDRESS,
  STREET_TOWN_STATE,
  SUBURB_AREA_STATE,
  SEEK_AREAS_SHARED,
  FIELD_LABEL_ALONE,
  PLACEHOLDER,
  DIGIT_BRAND,
  CITY_THEN_AREA,
  MONEY,
  DEPARTMENT,
  PLACE_WORDS,
  COMMA_PLACE,
  TOWN_STATE,
  NAME_AND_PLACE,
  BRAND,
);
