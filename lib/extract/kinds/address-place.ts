import { isCity, isRegion, isTown } from './places';

/**
 * "Chalupkova 4, …", "Hauptstraße 12a, …", "12 Rue de la Paix, …": a street with its number
 * first, maybe after the building's name ("Worship Square, 65 Clifton Street, London").
 */
const STREET_FIRST = new RegExp(
  String.raw`^(?:[^,\d]{2,40},\s(?=\d))?` +
    String.raw`(?:[^,\d]{2,50}\s\d{1,4}[a-z]?|\d{1,4}[a-z]?,?\s[^,\d]{2,50}),\s(.{2,120})$`,
  'i',
);
/** "10115 Berlin", "75002 Paris": a postcode before the town. */
const POSTCODE = /^\d{4,5}\s/;
/** "Dublin 2", "Dublin 6W": a city, then its postal district's number. */
const POSTAL_DISTRICT = /^([^\d]{2,40}) \d{1,2}W?$/;

/**
 * The town of a structured location that is a street address ("Chalupkova 4, Bratislava-Staré
 * Mesto-Bratislava", "Hauptstraße 12, 10115 Berlin"): the first part after the street that is a
 * known city. Any other value, or an address naming no known city, is kept as written.
 */
export function townOfAddress(value: string): string {
  const rest = STREET_FIRST.exec(value.trim())?.[1];
  if (!rest) return value;
  for (const part of rest.split(/,\s|\s?[-–]\s?/)) {
    const town = part.replace(POSTCODE, '').trim();
    if (isCity(town)) return town;
    // "Dublin 2", "Dublin 6W": a city and its postal district.
    const district = POSTAL_DISTRICT.exec(town)?.[1];
    if (district && isCity(district)) return district;
  }
  return value;
}

/** "Imola, Viale Rivalta, 6", "Bologna, Via Emilia 12": the town first, then its street and number. */
const TOWN_FIRST =
  /^([^,\d]{2,40}),\s(?:[^,\d]{2,50}(?:,\s?|\s)\d{1,4}[a-z]?|\d{1,4}[a-z]?,?\s[^,\d]{2,50})$/i;

/** The town an address written town first names, when it is a known town; else the value. */
export function townBeforeStreet(value: string): string {
  const town = TOWN_FIRST.exec(value.trim())?.[1]?.trim();
  return town !== undefined && isTown(town) ? town : value;
}

const DIGIT = /\d/;
/** "Memphis, TN 38118", "Sydney NSW 2000": a state's code, then its postcode. */
const STATE_POSTCODE = /(,?\s[A-Z]{2,3})\s\d{4,5}(?:-\d{4})?$/;
/** "Kamloops, BC V2H 1B7", "Toronto, ON M5V 2T6 CA": a province's code, then a Canadian postcode. */
const CANADIAN_POSTCODE = /(,?\s[A-Z]{2})\s[A-Z]\d[A-Z]\s?\d[A-Z]\d(?:,?\s(?:CA|CAN|Canada))?$/;
/** "London EC2A 4NE", "Leeds LS1 4AP, United Kingdom": a British postcode after the town. */
const BRITISH_POSTCODE = /(?<=\p{L}),?\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?=,|$)/u;

/** "Dublin 2, D02 X285", "Cork T12 AB34": an Irish Eircode after the town. */
const IRISH_EIRCODE = /(?<=[\p{L}\d]),?\s[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4}$/u;

/** "Cape Town, Western Cape 8000": a region named in full, then its postcode. */
const REGION_POSTCODE = /(,\s\p{Lu}[\p{L}' -]{1,30})\s\d{4,5}$/u;
/**
 * "Kallang, S00, SG": a job board's placeholder code for the region (a letter and two figures)
 * between the town and a country's code.
 */
const BOARD_REGION_CODE = /,\s[A-Z]\d{2}(?=,\s[A-Z]{2}$)/;

/**
 * A place without the postcode written after it: a US ZIP or an Australian postcode after the
 * state's code, a Canadian postcode after the province's, a British one or an Irish Eircode after
 * the town. City level is what a posting's place is read at; a postcode before the town is read
 * elsewhere.
 */
export function withoutPostcode(place: string): string {
  // Every postcode has a figure; most places and lines read as places have none.
  if (!DIGIT.test(place)) return place;
  return place
    .replace(STATE_POSTCODE, '$1')
    .replace(CANADIAN_POSTCODE, '$1')
    .replace(BRITISH_POSTCODE, '')
    .replace(IRISH_EIRCODE, '');
}

/**
 * A place line without what a board writes after the town: its placeholder region code
 * ("Kallang, S00, SG") or the postcode after a region named in full ("Cape Town, Western Cape
 * 8000"). The line is a place when the rest is.
 */
export function withoutRegionCode(place: string): string {
  if (!DIGIT.test(place)) return place;
  return place
    .replace(BOARD_REGION_CODE, '')
    .replace(REGION_POSTCODE, (all, region: string) => (isRegion(region.slice(2)) ? region : all));
}
