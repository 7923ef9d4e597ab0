import { wordsRegex } from '../lexicon/build';

/**
 * Whether the field of an experience item is a domain one can have years in, or a way of working
 * ("working on multiple projects simultaneously", "managing several stakeholders", "in a
 * fast-paced environment"), which a profile can never match and fit could only call "partly met".
 */

/** A count of ordinary things, doing things at once, a manner or a setting (`taskWords`). */
const TASK = wordsRegex((l) => l.experience.taskWords);

/** Where a domain may follow a task: "managing several sites in the construction industry". */
const DOMAIN_AFTER = new RegExp(
  String.raw`\s(?:in|within|across|dans|au sein|im|in der|in den|en el|en la|en|nel|nella|nei|no|na|` +
    String.raw`em|in de|in het|bij)\s{1,2}(?:(?:the|a|an|le|la|les|l'|der|die|das|el|la|los|las|il|lo|` +
    String.raw`o|a|os|as|de|het|een)\s{1,2})?`,
  'giu',
);

/**
 * The field as a domain: unchanged when it names no way of working, the domain a task phrase
 * ends in when it names one, else null.
 */
export function domainOf(field: string | null): string | null {
  if (field === null || !TASK.test(field)) return field;
  let last: RegExpExecArray | null = null;
  DOMAIN_AFTER.lastIndex = 0;
  for (let m = DOMAIN_AFTER.exec(field); m; m = DOMAIN_AFTER.exec(field)) last = m;
  if (!last) return null;
  // The phrase from the preposition on must itself name no way of working ("in a team").
  if (TASK.test(field.slice(last.index))) return null;
  const domain = field.slice(last.index + last[0].length).trim();
  return domain.length >= 3 ? domain : null;
}
