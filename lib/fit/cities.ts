import { countryOf } from './country';
import data from './data/cities.json';
import { folded } from './fold';

/**
 * The country of a place written without one ("Lyon", "München", "Porto, Norte"), from the
 * GeoNames city table (`npm run cities`, places of 50,000+). A name that several countries share
 * resolves by the posting's other clues, or by a place ten times larger than the next of that
 * name (Dublin, Ireland over Dublin, California), and otherwise stays unknown.
 */

interface Candidate {
  country: string;
  population: number;
}

const TABLE = data.cities as Record<string, string>;
/** How much larger the largest place of a name must be to win without other clues. */
const DOMINANCE = 10;

/** The table's key: lower case, accents folded, one space ("São Paulo" → "sao paulo"). */
export function cityKey(name: string): string {
  return folded(name)
    .replace(/[.'’()]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The table's rows for that name ("DE:02:1260391": country, region, people), largest first. */
export function cityRows(name: string): string[] {
  const key = cityKey(name);
  const row = Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
  return row ? row.split(' ') : [];
}

/** Every place of that name in the table, largest first. */
export function cityCandidates(name: string): Candidate[] {
  const key = cityKey(name);
  const row = Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
  if (!row) return [];
  return row.split(' ').map((c) => {
    const [country = '', , population = '0'] = c.split(':');
    return { country, population: Number(population) };
  });
}

/**
 * ISO 3166-1 alpha-2 of `place`: the country its text names, else its city's, with `clues` (the
 * countries the posting names elsewhere) settling a shared name. Null when it stays ambiguous.
 */
export function countryOfPlace(
  place: string,
  clues: ReadonlySet<string> = new Set(),
): string | null {
  const named = countryOf(place);
  if (named) return named;
  const city = place.split(/,|\s[-–—|·]\s|\(/)[0] ?? '';
  const candidates = cityCandidates(city);
  const [first, second] = candidates;
  if (!first) return null;
  const clued = candidates.filter((c) => clues.has(c.country));
  if (clued.length > 0) return clued[0]?.country ?? null;
  if (!second || first.country === second.country) return first.country;
  return first.population >= DOMINANCE * second.population ? first.country : null;
}

/** The countries of a list of places, each place's own country first, then its city's. */
export function countriesOfPlaces(places: readonly string[]): Set<string> {
  const named = new Set(places.map(countryOf).filter((c): c is string => c !== null));
  const out = new Set(named);
  for (const place of places) {
    const country = countryOfPlace(place, named);
    if (country) out.add(country);
  }
  return out;
}
