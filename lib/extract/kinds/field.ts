import { alternation, LEXICONS, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { FieldWords } from '../lexicon/types';
import { warmLater } from '../pipeline/gate';

/**
 * Cleans the free-text "field" of an experience or education item ("in a senior customer support
 * role" → "senior customer support role") and repairs words glued together when a posting lost
 * its punctuation ("marketing/advertising/digital" → "marketingadvertisingdigital").
 */

/** Every language's words of one key (`lexicon/<lang>.ts`, `field`), in lexicon order. */
const alt = (key: keyof FieldWords) => rankedAlternation(LEXICONS.flatMap((l) => l.field[key]));

/** Every language's preference cues written after what they qualify ("advantageous", "gewenst"). */
const TRAILING_CUES = rankedAlternation(LEXICONS.flatMap((l) => l.preference.trailing));

/** Where a field phrase ends: clause punctuation or a word that starts a qualifier. */
const FIELD_END = caseless(
  String.raw`[,;:()[\]!?]|\.(?![\p{L}\d])| (?:` +
    `${alt('ends')}|(?:(?:${alt('plusCopulas')}) )?(?:${alt('plusArticles')}) ` +
    `(?:(?:${alt('plusIntensifiers')}) )?(?:${alt('plusNouns')})|` +
    `(?:${alt('orgAt')}) (?:${alt('orgArticles')}) (?:[\\p{L}\\d-]{1,20} ){0,2}(?:${alt('orgNouns')}))(?![\\p{L}])|` +
    // "sub arc welding advantageous.", "payroll desirable": a preference cue closing the item.
    ` (?:(?:${alt('copulas')}) )?(?:${TRAILING_CUES})(?= ?[.;!)]| ?$)`,
  'iu',
);

const LEADING_ARTICLE = new RegExp(`^(?:${alt('articles')})\\s+`, 'i');

/** "Erfahrung in der Krippenarbeit ist wünschenswert": the verb left before the cut qualifier. */
const TRAILING_COPULA = new RegExp(`\\s(?:${alt('copulas')}|${alt('trailingLinks')})$`, 'i');
/**
 * "related field strongly" (before "preferred"): a preference cue's intensifier left at the end
 * of the field. Only the longer filler words ("strongly", "sehr"), not "a" of "Class A".
 */
const TRAILING_INTENSIFIER = new RegExp(
  `\\s(?:${alternation((l) => l.preference.fillers.filter((w) => w.length > 3))})$`,
  'i',
);

/** Words common in job fields, used only to split a run-together token back into words. */
const FIELD_WORDS = new Set(LEXICONS.flatMap((l) => l.field.glueWords));

/** Splits "marketingadvertisingdigital" into known words, or returns null when it cannot. */
export function splitGlued(token: string): string[] | null {
  const word = token.toLowerCase();
  if (word.length < 10 || word.length > 60 || FIELD_WORDS.has(word) || !/^[a-z]+$/.test(word)) {
    return null;
  }
  // best[i] = fewest words covering word[0, i); linear in length × max word length.
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let j = i + 3; j <= Math.min(word.length, i + 15); j++) {
      const piece = word.slice(i, j);
      const current = best[j];
      if (FIELD_WORDS.has(piece) && (!current || current.length > prefix.length + 1)) {
        best[j] = [...prefix, piece];
      }
    }
  }
  const out = best[word.length];
  // Two words may be a real compound ("accountmanager"); three or more is glue.
  return out && out.length >= 3 ? out : null;
}

/** A comma inside a list ("analytics, data science or a related field") does not end the field. */
const LIST_GOES_ON = caseless(
  `^,\\s{1,2}(?!\\d)(?!(?:${alt('clauseStarts')})\\s)` +
    String.raw`(?:(?:[\p{L}\d/&+-]{1,30}\s{1,2}){1,3}|` +
    String.raw`(?:[\p{L}\d/&+-]{1,30}\s{1,2}){0,2}[\p{L}\d/&+-]{1,30},\s{1,2})` +
    `(?:${alt('listJoins')})\\s|^,\\s{1,2}[\\p{L}\\d/&+-]{1,30},`,
  'iu',
);

const OXFORD_COMMA = new RegExp(`^,\\s{1,2}(?:${alt('lastJoins')})\\s`, 'i');

/** Where a field phrase ends: the first clause end that is not a comma inside a list. */
function fieldEnd(raw: string): number {
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const end = FIELD_END.exec(raw.slice(from));
    if (!end) return raw.length;
    const at = from + end.index;
    const rest = raw.slice(at, at + 100);
    // "A, B, or C": the comma before the last item, once a list has begun.
    const listed = LIST_GOES_ON.test(rest) || (from > 0 && OXFORD_COMMA.test(rest));
    if (end[0] !== ',' || !listed) return at;
    from = at + 1;
  }
  return from;
}

/** Cuts a field phrase at its clause end, strips articles, repairs glued words; null if empty. */
export function cleanField(raw: string): string | null {
  let field = raw.slice(0, fieldEnd(raw)).trim();
  if (field.length > 100) field = field.slice(0, 100).replace(/\s+\S*$/, '');
  field = field
    .replace(LEADING_ARTICLE, '')
    .replace(TRAILING_INTENSIFIER, '')
    .replace(TRAILING_COPULA, '')
    .trim();
  if (field.length < 2) return null;
  if (!field.includes(' ')) {
    const glued = splitGlued(field);
    if (glued) return glued.join(', ');
  }
  return field;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  FIELD_END,
  LEADING_ARTICLE,
  TRAILING_INTENSIFIER,
  TRAILING_COPULA,
  LIST_GOES_ON,
  OXFORD_COMMA,
);
