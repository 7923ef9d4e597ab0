import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { Lexicon } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { startLook, textMayStart } from '../pipeline/starts';
import { townBeforeStreet, withoutPostcode } from './address-place';
import { townInFactsBlock } from './chip-line';
import { readHeader } from './header';
import {
  isCity,
  isLargeTown,
  isRegion,
  isTown,
  withoutProvinceCode,
  withoutSecondNames,
} from './places';
import { findLocations, type JsonLd, type PageMeta } from './posting';
import { cleanLine, firstLines, JOB_WORD, LIST_JOIN_SOURCE, postingAlt } from './posting-words';
import { sendToAddress } from './send-to';

/**
 * Clues the header readers of `posting.ts` leave aside, for a place read from the text:
 * - a record's "State CT City Fairfield" fields in a long run of fields;
 * - an ATS's "KA, IN" (a state and a country only) when the text names the city of that state
 *   ("Bengaluru, Karnataka: commute or relocate");
 * - nothing found, but the employer's name ends with its city ("Universität der Bundeswehr
 *   München", "Lazada Singapore").
 * A page's own location (JSON-LD, metadata) is kept as given.
 */

const VALUE_GAP = String.raw`(?:\s?:\s?|\s{2,})`;
/** "State  CT": a region field and its code. */
const REGION_FIELD = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${postingAlt('regionFields', true)})${VALUE_GAP}([A-Z]{2,3})(?![\\p{L}])`,
    'u',
  ),
);
/** "City  Fairfield Category  …": a city field, its value up to the next field's label. */
const CITY_FIELD = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${postingAlt('cityFields', true)})${VALUE_GAP}` +
      String.raw`([\p{Lu}][\p{L}'.-]+(?: [\p{Lu}][\p{L}'.-]+){0,3}?)(?= [\p{Lu}][\p{L}]+(?:\s?:|\s{2})|\s{2}|\s?$)`,
    'u',
  ),
);

/** "Position ID 7 State CT City Fairfield Category …" → "Fairfield, CT". */
export function recordFieldPlace(text: string): string | null {
  for (const raw of firstLines(text, 12)) {
    const line = raw.slice(0, 400);
    const region = REGION_FIELD.exec(line)?.[1];
    // The city field is read only beside a known region's field: most lines have neither.
    if (!region || !isRegion(region)) continue;
    const city = CITY_FIELD.exec(line)?.[1];
    if (city) return `${city}, ${region}`;
  }
  return null;
}

/** "Country: Singapore", "País: Singapur": a city-state in a record's country field. */
const CITY_STATE_FIELD = gated(
  caseless(`^(?:${postingAlt('countryFields')})\\s?:\\s?(${postingAlt('cityStates')})\\.?$`, 'iu'),
);
/** "One Raffles Quay Level 25 Singapore", "108 Pasir Panjang Rd, Singapore": an address closing on one. */
const CITY_STATE_ADDRESS = gated(
  new RegExp(`\\d[^\\n]{0,100}[\\s,](${postingAlt('cityStates')})\\.?$`, 'u'),
);

/**
 * A country that is one city, named in a record's country field or at the end of the street
 * address among the first lines: that city is the job's place. Null when none is.
 */
export function cityStateOf(text: string): string | null {
  for (const raw of firstLines(text, 12)) {
    const line = cleanLine(raw);
    const m = CITY_STATE_FIELD.exec(line) ?? CITY_STATE_ADDRESS.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** "Bengaluru, Karnataka: …", "- Pune, Maharashtra": a known city and its region, as a line opens. */
const CITY_REGION =
  /^[\s*•·-]{0,4}([\p{Lu}][\p{L}'. -]{1,30}),\s([\p{Lu}][\p{L} -]{1,30}?)(?=[:;.)(]|\s\(|$)/u;

export function cityWithRegion(text: string): string | null {
  for (const raw of firstLines(text, 200)) {
    const m = CITY_REGION.exec(cleanLine(raw));
    if (!m) continue;
    const [city, region] = [(m[1] as string).trim(), (m[2] as string).trim()];
    if (isCity(city) && isRegion(region)) return `${city}, ${region}`;
  }
  return null;
}

/**
 * "Sola, Ahmedabad: Reliably commute or planning to relocate before starting work (Required)",
 * "- Leeds LS1: Reliably commute …": the place a board's commute line opens with.
 */
const COMMUTE_LINE = caseless(
  `^[\\s*•·-]{0,4}([\\p{L}\\d][\\p{L}\\d'., -]{1,60}?):\\s{1,2}(?:${postingAlt('commuteClauses')})(?![\\p{L}])`,
  'iu',
);

export function commutePlace(text: string): string | null {
  for (const raw of firstLines(text, 400)) {
    const m = COMMUTE_LINE.exec(cleanLine(raw));
    // "10115 Berlin: Pendeln ist problemlos möglich": the town without the postcode before it.
    if (m?.[1])
      return withoutPostcode((m[1] as string).trim().replace(/^\d{4,5}\s(?=\p{L})/u, '')) || null;
  }
  return null;
}

/**
 * Articles that make the next word part of a name: "El Faro", "The Anchor", "Il Porto"; not those
 * that are also a place's preposition, or a town's joining word in several languages ("Hôpital
 * Privé de Lyon", "Hotel a Porto").
 */
const PARTICLE_COUNT = new Map<string, number>();
for (const l of LEXICONS) {
  for (const p of l.posting.townParticles) PARTICLE_COUNT.set(p, (PARTICLE_COUNT.get(p) ?? 0) + 1);
}
const PLACE_LINKS = new Set([
  ...LEXICONS.flatMap((l) => [...l.posting.placeAt, ...l.posting.headlineIn]),
  ...[...PARTICLE_COUNT].filter(([, n]) => n > 1).map(([p]) => p),
]);
const NAME_ARTICLES = new Set(
  LEXICONS.flatMap((l) => l.posting.weAreArticles).filter((a) => !PLACE_LINKS.has(a)),
);

/** "Dufour Tours", "Goldener Hof": a trade's noun that is also a town's name ends the firm's name. */
const NAME_NOUNS = new Set(LEXICONS.flatMap((l) => l.posting.townNameNouns));

/** "Stadtwerke München", "Lazada Singapore": the known city an employer's name ends with. */
export function cityInName(company: string | null): string | null {
  if (!company) return null;
  const words = company.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n > 0; n--) {
    const tail = words.slice(words.length - n).join(' ');
    // "Restaurante El Faro": an article before the town makes it the name's own
    // word ("El Faro", the lighthouse), unless article and town are the town ("La Rochelle").
    const before = (words[words.length - n - 1] as string).toLowerCase();
    if (isCity(tail) && !NAME_ARTICLES.has(before) && !(n === 1 && NAME_NOUNS.has(tail)))
      return tail;
  }
  return null;
}

/** "… in Bremen", "… à Lyon": the headline's place word, then a capitalised name. */
const IN_TOWN_AFTER = new RegExp(
  `^,?\\s(?:${postingAlt('headlineIn')})\\s([\\p{Lu}][\\p{L}'-]{1,30}(?:[ -][\\p{Lu}][\\p{L}'-]{1,30})?)`,
  'u',
);

/**
 * "Der Naturkindergarten Wildzwerge e.V. in Bremen sucht …": the town of the gazetteer the text
 * writes right after the employer's name, the first time it names it.
 */
export function townAfterName(text: string, company: string | null): string | null {
  if (!company || company.length < 3) return null;
  const at = text.slice(0, 20_000).indexOf(company);
  if (at < 0) return null;
  const town = IN_TOWN_AFTER.exec(text.slice(at + company.length, at + company.length + 60))?.[1];
  return town !== undefined && isTown(town) ? town : null;
}

/** The words as written and with a capital first letter (a case-sensitive pattern keeps \\p{Lu} exact). */
const bothCases = (key: 'siteWords' | 'islandWords') =>
  alternation((l: Lexicon) =>
    l.posting[key].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
  );
const NAME = String.raw`[\p{Lu}][\p{L}'.-]+(?:[ -][\p{Lu}][\p{L}'.-]+){0,2}`;
/** "Joondalup campus", "Campus Joondalup", "Standort Kassel" alone on a line. */
const SITE_LINE = new RegExp(
  `^(?:(${NAME})\\s(?:${bothCases('siteWords')})|(?:${bothCases('siteWords')})\\s(${NAME}))$`,
  'u',
);
/** "Place of work (Leeds)", "local de trabalho (Porto)": a location label, the city in brackets. */
const LABEL_BRACKET = caseless(
  `(?<![\\p{L}])(?:${postingAlt('locationLabels')})\\s?\\(([^()\\n]{2,40})\\)`,
  'iu',
);
/** A space that stays on its line: a place's name never runs over a line break ("Insel Gruppe\nBern"). */
const SAME_LINE = '[^\\S\\n\\r]';
/**
 * "la isla de Gran Canaria", "the island of Skye". Patterns that run over the whole text and open
 * with a lookbehind are gated (pipeline/gate.ts): a text without the words costs one fast scan.
 */
const ISLAND = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${bothCases('islandWords')})${SAME_LINE}?([\\p{Lu}][\\p{L}'-]{3,30}(?:${SAME_LINE}[\\p{Lu}][\\p{L}'-]{2,30})?)`,
    'u',
  ),
);

/** A site line of the header run: its town, unless it is the employer's own name ("Acme Campus"). */
export function siteTown(text: string, company: string | null): string | null {
  for (const raw of firstLines(text, 20)) {
    const m = SITE_LINE.exec(cleanLine(raw));
    const town = m?.[1] ?? m?.[2];
    // "Site Supervisor": the post on site, not a site named after a town.
    if (town && !isRegion(town) && !(company ?? '').includes(town) && !JOB_WORD.test(town))
      return town;
  }
  return null;
}

/** A known city in brackets after a location label, anywhere in the posting's first part. */
export function labelBracketCity(text: string): string | null {
  const city = LABEL_BRACKET.exec(text.slice(0, 20_000))?.[1]?.trim();
  return city && isCity(city) ? city : null;
}

/**
 * The island a posting names ("en la isla de Tenerife"); not a country ("the island of Ireland"),
 * nor the employer's own name ("Insel Gruppe AG": "Die Insel Gruppe bildet …").
 */
/** The island words' look: most postings name no island, and the whole text is not scanned. */
const ISLAND_LOOK = startLook(LEXICONS.flatMap((l) => l.posting.islandWords));
/** "Insel Gruppe", "Eiland Groep": an organisation's name, not an island (lexicon `islandNotNames`). */
const NOT_ISLAND = new Set(
  LEXICONS.flatMap((l) => l.posting.islandNotNames.map((w) => w.toLowerCase())),
);

export function islandOf(text: string, company: string | null = null): string | null {
  if (!textMayStart(ISLAND_LOOK)) return null;
  const m = ISLAND.exec(text.slice(0, 20_000));
  const name = m?.[1];
  if (!m || !name || isRegion(name)) return null;
  if (NOT_ISLAND.has((name.split(' ')[0] ?? '').toLowerCase())) return null;
  return company?.includes(m[0].trim()) ? null : name;
}

/** "This role will be based out of our Leeds or York office": the cities after such a phrase. */
const JOB_BASED = gated(
  caseless(
    `(?<![\\p{L}])(?:${postingAlt('jobBasedIn')})\\s(?:(?:${postingAlt('ourWords')})\\s)?([^.;\\n]{2,80})`,
    'giu',
  ),
);
/** A comma, or a list join of any language ("Leeds or York", "Lyon et Lille"). */
const LIST_JOIN = new RegExp(LIST_JOIN_SOURCE);
const LEADING_NAME = /^[\p{Lu}][\p{L}'.-]*(?:\s[\p{Lu}][\p{L}'.-]*){0,2}/u;
/** "Aurora, OH distribution centre": a town and its state's code open the part. */
const TOWN_STATE = /^([\p{Lu}][\p{L}'.-]*(?:\s[\p{Lu}][\p{L}'.-]*){0,2}),\s([A-Z]{2})(?![\p{L}])/u;
/** State codes that are also words written in capitals ("Customer Service, OR nights"). */
const WORD_CODES: ReadonlySet<string> = new Set(['OR', 'IN', 'ME', 'OK', 'HI']);
/** "Sales Office, CA": a site's noun makes the words before the code no town. */
const SITE_NOUNS: ReadonlySet<string> = new Set(
  LEXICONS.flatMap((l) => [...l.posting.officeNouns, ...l.posting.officeWords]).map((w) =>
    w.toLowerCase(),
  ),
);
/** How many such phrases are read before giving up: "will work in a team" names no town. */
const JOB_BASED_TRIES = 6;

const JOB_BASED_LOOK = startLook(LEXICONS.flatMap((l) => l.posting.jobBasedIn));

export function jobBasedCities(text: string): string[] {
  if (!textMayStart(JOB_BASED_LOOK)) return [];
  const sample = text.slice(0, 20_000);
  JOB_BASED.lastIndex = 0;
  for (let n = 0; n < JOB_BASED_TRIES; n++) {
    const m = JOB_BASED.exec(sample);
    if (!m) break;
    const out = citiesOfList(m[1] ?? '');
    if (out.length > 0) return out;
  }
  return [];
}

function citiesOfList(list: string): string[] {
  const out: string[] = [];
  // "our Aurora, OH distribution centre": a state's code after the town vouches for it.
  const coded = TOWN_STATE.exec(list.trim());
  if (coded && isRegion(coded[2] as string) && !WORD_CODES.has(coded[2] as string)) {
    const town = coded[1] as string;
    if (!JOB_WORD.test(town) && !town.split(' ').some((w) => SITE_NOUNS.has(w.toLowerCase())))
      return [`${town}, ${coded[2]}`];
  }
  for (const part of list.split(LIST_JOIN)) {
    const words = (LEADING_NAME.exec(part.trim())?.[0] ?? '').split(' ');
    // "New York hub", "Leeds Office": the longest known city the part opens with.
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      if (isCity(name)) {
        out.push(name);
        break;
      }
    }
  }
  return out;
}

/** "Health Attendant (Nights, Shift, TAMPINES)": a known town among the title's bracketed tags. */
export function titleTagCity(text: string): string | null {
  const first = cleanLine(firstLines(text, 1)[0] ?? '');
  const inside = /\(([^()]{2,80})\)[^()]*$/.exec(first)?.[1];
  if (!inside) return null;
  return (
    inside
      .split(/,\s?/)
      // "Web developer (Pasig)": a town of the gazetteer counts in the title's own tag.
      .find((tag) => isLargeTown(tag.trim()) && /^\p{Lu}/u.test(tag.trim()))
      ?.trim() ?? null
  );
}

/** "New York, US" covers "New York". */
function covered(places: string[], city: string): boolean {
  const lower = city.toLowerCase();
  return places.some((p) => (p.split(',')[0] as string).trim().toLowerCase() === lower);
}

function regionsOnly(place: string): boolean {
  return place.split(',').every((p) => isRegion(p));
}

/**
 * Towns before the countries and regions listed beside them ("USA; California; Fremont,
 * California"): a board that lists the wider areas first still names the town as the place.
 */
function townsFirst(places: string[]): string[] {
  if (places.length < 2) return places;
  const wide = places.filter(regionsOnly);
  return wide.length === 0 || wide.length === places.length
    ? places
    : [...places.filter((p) => !wide.includes(p)), ...wide];
}

/** The places of a posting: `posting.ts`'s readers, then the clues above. */
export function findPlaces(
  text: string,
  jsonLd: JsonLd,
  meta: PageMeta | undefined,
  title: string | null,
  company: string | null,
): string[] {
  const read = findLocations(text, jsonLd, meta, title).map((p) =>
    townBeforeStreet(withoutProvinceCode(p)),
  );
  if (jsonLd?.jobLocation !== undefined || meta?.location)
    return withoutSecondNames(townsFirst(read));
  // "Offene Stelle · Eco Stolz" above the title: the employer's own name is no place.
  const own = company?.toLowerCase();
  let places = own ? read.filter((p) => p.toLowerCase() !== own) : read;
  if (places.length > 0 && places.every(regionsOnly)) {
    const city = cityWithRegion(text);
    if (city) places = [city];
  }
  // A header "GJ, IN" (a state and a country) or nothing at all: the town the commute line names.
  if (places.length === 0 || places.every(regionsOnly)) {
    const commute = commutePlace(text);
    if (commute) places = [commute];
  }
  const record = recordFieldPlace(text);
  if (record && !places.includes(record)) places = [...places, record];
  for (const city of jobBasedCities(text)) if (!covered(places, city)) places = [...places, city];
  const island = islandOf(text, company);
  if (island && !places.includes(island)) places = [...places, island];
  if (places.length === 0) {
    const city =
      siteTown(text, company) ??
      labelBracketCity(text) ??
      titleTagCity(text) ??
      cityInName(company) ??
      townAfterName(text, company) ??
      cityStateOf(text) ??
      townInFactsBlock(text) ??
      sendToAddress(text)?.location;
    if (city) places = [city];
  }
  // "Zuid-Holland", "Brasil" alone in the header, and no town anywhere: the region is the place.
  const region = places.length === 0 ? readHeader(text).region : undefined;
  return region === undefined ? withoutSecondNames(places) : [region];
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  REGION_FIELD,
  CITY_FIELD,
  CITY_STATE_FIELD,
  CITY_STATE_ADDRESS,
  CITY_REGION,
  COMMUTE_LINE,
  SITE_LINE,
  LABEL_BRACKET,
  ISLAND,
  JOB_BASED,
  LIST_JOIN,
  LEADING_NAME,
);
