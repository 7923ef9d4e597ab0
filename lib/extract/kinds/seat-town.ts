import { gated } from '../pipeline/gate';
import { isTown } from './places';
import { postingAlt } from './posting-words';

/**
 * The employer's own town, the last place a posting that names no job location gives: the town
 * its description joins to "based" ("an Edinburgh-based studio"), or the postal address it signs
 * with ("Hauptstraße 21 / 14482 Potsdam"). Read only when the header, the labels, the headings,
 * the "based in" phrases and the title name no place.
 */

/** Whole-text scans stop here. */
const SAMPLE = 50_000;

/** "Edinburgh-based", "New York-headquartered": a capitalised name of up to three words, joined. */
const SEAT_COMPOUND = gated(
  new RegExp(
    `(?<![\\p{L}-])((?:[\\p{Lu}][\\p{L}.'’]{1,30}\\s){0,2}[\\p{Lu}][\\p{L}.'’]{1,30})-(?:${postingAlt('seatAfter')})(?![\\p{L}])`,
    'gu',
  ),
);

/**
 * A postcode line: four or five figures (a country's letter before them, "D-80331"; the Dutch
 * letters after them, "1012 AB"), then the town, alone on its line.
 */
const POSTCODE_LINE =
  /^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s[A-Z]{2})?\s([\p{Lu}][\p{L}'’.-]{1,30}(?:\s[\p{L}'’.-]{1,30}){0,2})$/u;
/**
 * A street line above it: a name with its house number after ("Karl-Liebknecht-Str. 21/22",
 * "Keizersgracht 12-A") or before ("12 rue de la Paix", "12, avenue Foch").
 */
const STREET_LINE =
  /^(?:\p{L}[\p{L}'’. -]{2,50}\s\d{1,4}[a-z]?(?:[-/]\d{1,4}[a-z]?)?|\d{1,4}[a-z]?,?\s\p{L}[\p{L}'’. -]{2,50})$/u;

/** How many postcode lines are looked at: a page of addresses is no signature. */
const MAX_ADDRESSES = 5;

export function seatTown(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  SEAT_COMPOUND.lastIndex = 0;
  for (let m = SEAT_COMPOUND.exec(sample); m; m = SEAT_COMPOUND.exec(sample)) {
    const name = m[1] as string;
    // "a Berlin-based" after a capitalised sentence start: the town is the last words that are one.
    const words = name.split(' ');
    for (let i = 0; i < words.length; i++) {
      const town = words.slice(i).join(' ');
      if (isTown(town)) return town;
    }
  }
  return addressTown(sample);
}

/** The town of the first postal address written on lines: a street line, then a postcode line. */
function addressTown(sample: string): string | null {
  let seen = 0;
  let previous = '';
  for (const raw of sample.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const postcode = line.length < 50 ? POSTCODE_LINE.exec(line) : null;
    if (postcode) {
      if (++seen > MAX_ADDRESSES) return null;
      const town = (postcode[1] as string).replace(/[.,]$/, '');
      if (STREET_LINE.test(previous) && isTown(town)) return town;
    }
    previous = line.length > 60 ? '' : line;
  }
  return null;
}
