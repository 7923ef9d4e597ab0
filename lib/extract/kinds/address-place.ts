import { isCity } from './places';

/** "Chalupkova 4, …", "Hauptstraße 12a, …", "12 Rue de la Paix, …": a street with its number first. */
const STREET_FIRST =
  /^(?:[^,\d]{2,50}\s\d{1,4}[a-z]?|\d{1,4}[a-z]?,?\s[^,\d]{2,50}),\s(.{2,120})$/i;
/** "10115 Berlin", "75002 Paris": a postcode before the town. */
const POSTCODE = /^\d{4,5}\s/;

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
  }
  return value;
}
