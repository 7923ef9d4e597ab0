import { folded } from './fold';

/**
 * The country of a place as postings and profiles write it ("Dublin, Ireland", "San Francisco, CA",
 * "Remote - UK", "München, Deutschland"). Only what the text says: no geocoding, no guessing from a
 * city name alone.
 */

const COUNTRIES: Record<string, string> = {
  argentina: 'AR',
  australia: 'AU',
  austria: 'AT',
  osterreich: 'AT',
  belgium: 'BE',
  belgique: 'BE',
  belgie: 'BE',
  brazil: 'BR',
  brasil: 'BR',
  canada: 'CA',
  chile: 'CL',
  china: 'CN',
  colombia: 'CO',
  'czech republic': 'CZ',
  czechia: 'CZ',
  denmark: 'DK',
  danmark: 'DK',
  finland: 'FI',
  france: 'FR',
  germany: 'DE',
  deutschland: 'DE',
  greece: 'GR',
  'hong kong': 'HK',
  hungary: 'HU',
  india: 'IN',
  indonesia: 'ID',
  ireland: 'IE',
  israel: 'IL',
  italy: 'IT',
  italia: 'IT',
  japan: 'JP',
  luxembourg: 'LU',
  mexico: 'MX',
  // Francophone Africa (where postings pay in CFA francs, dirhams or dinars).
  cameroun: 'CM',
  cameroon: 'CM',
  gabon: 'GA',
  tchad: 'TD',
  chad: 'TD',
  'republique centrafricaine': 'CF',
  'central african republic': 'CF',
  'guinee equatoriale': 'GQ',
  'equatorial guinea': 'GQ',
  senegal: 'SN',
  "cote d'ivoire": 'CI',
  'ivory coast': 'CI',
  mali: 'ML',
  'burkina faso': 'BF',
  niger: 'NE',
  togo: 'TG',
  benin: 'BJ',
  maroc: 'MA',
  morocco: 'MA',
  tunisie: 'TN',
  tunisia: 'TN',
  netherlands: 'NL',
  'the netherlands': 'NL',
  nederland: 'NL',
  'new zealand': 'NZ',
  norway: 'NO',
  norge: 'NO',
  philippines: 'PH',
  poland: 'PL',
  polska: 'PL',
  portugal: 'PT',
  romania: 'RO',
  singapore: 'SG',
  'south africa': 'ZA',
  'south korea': 'KR',
  korea: 'KR',
  spain: 'ES',
  espana: 'ES',
  sweden: 'SE',
  sverige: 'SE',
  switzerland: 'CH',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  turkey: 'TR',
  turkiye: 'TR',
  ukraine: 'UA',
  'united arab emirates': 'AE',
  uae: 'AE',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  us: 'US',
};

/** US states by code and name: "San Francisco, CA" is in the United States. */
const US_STATES = new Set(
  (
    'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ' +
    'ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc ' +
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia ' +
    'hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts ' +
    'michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon ' +
    'pennsylvania tennessee texas utah vermont virginia wisconsin wyoming'
  ).split(' '),
);
const US_TWO_WORD_STATES =
  /^(new|north|south|west|rhode)\s(hampshire|jersey|mexico|york|carolina|dakota|virginia|island)$/;

/** Canadian provinces by code: "Toronto, ON". */
const CA_PROVINCES = new Set('ab bc mb nb nl ns nt nu on pe qc sk yt'.split(' '));

function plain(text: string): string {
  return folded(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cities that postings write with their country's code where that code is also a US state's:
 * "Berlin, DE" is Germany, "Wilmington, DE" Delaware; "Toronto, CA" Canada, "Dublin, CA" California.
 */
const CITY_COUNTRY_CODES: Record<string, string> = Object.fromEntries(
  Object.entries({
    DE: 'berlin, munich, munchen, hamburg, frankfurt, koln, cologne, stuttgart, dusseldorf, leipzig, dresden, hannover, nurnberg, nuremberg, bremen, essen, dortmund, bonn, karlsruhe, mannheim',
    IN: 'bangalore, bengaluru, mumbai, delhi, new delhi, hyderabad, pune, chennai, kolkata, gurgaon, gurugram, noida, ahmedabad',
    CA: 'toronto, vancouver, montreal, ottawa, calgary, edmonton, waterloo, winnipeg, halifax',
    IL: 'tel aviv, jerusalem, haifa, herzliya',
    CO: 'bogota, medellin, cali',
    AR: 'buenos aires, cordoba, rosario',
  }).flatMap(([code, cities]) => cities.split(', ').map((city) => [city, code] as const)),
);

/** ISO 3166-1 alpha-2 of the place, or null when the text does not name its country. */
export function countryOf(place: string): string | null {
  const parts = place
    .split(/,|\s[-–—|]\s|\/|\(/)
    .map(plain)
    .filter(Boolean);
  const last = parts.at(-1);
  const first = parts[0] ?? '';
  const coded = Object.hasOwn(CITY_COUNTRY_CODES, first) ? CITY_COUNTRY_CODES[first] : undefined;
  if (parts.length > 1 && last && coded === last.toUpperCase()) {
    return last.toUpperCase();
  }
  // "Markham, ON, CA": a board's town, province and country code; after a province, "CA" is
  // Canada, not California.
  const before = parts.at(-2);
  if (parts.length > 2 && last === 'ca' && before && CA_PROVINCES.has(before)) return 'CA';
  // The country is written last ("Paris, Île-de-France, France"): read from the end.
  for (const part of parts.reverse()) {
    const country = Object.hasOwn(COUNTRIES, part) ? COUNTRIES[part] : undefined;
    if (country) return country;
    if (US_STATES.has(part) || US_TWO_WORD_STATES.test(part)) return 'US';
    if (CA_PROVINCES.has(part)) return 'CA';
  }
  return null;
}

/** The first part of a place, normalised: "Dublin" for "Dublin, Ireland". */
export function cityOf(place: string): string {
  return plain(place.split(',')[0] ?? '');
}

/**
 * Where an authorization to work in the EU holds, and whose authorization holds in the EU: the
 * 27 member states, the EEA (Iceland, Liechtenstein, Norway) and Switzerland (free movement).
 */
export const EU_FREE_MOVEMENT: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH'.split(
    ' ',
  ),
);
