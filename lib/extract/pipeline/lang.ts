import { LEXICONS } from '../lexicon/build';

/**
 * The posting's own language from a cheap count of function words: enough to tell the languages
 * postings are written in apart, and linear in the text (only the first 10,000 characters).
 *
 * One pass over character codes: the words are the runs of [a-zß-öø-ÿ] in the lower-cased text
 * (every stopword is Latin script), each walked through a letter tree of the stopwords as it is
 * read. No lower-cased copy, no substring per word: the count is the one a regex scan of
 * `text.slice(0, 10_000).toLowerCase()` for that class gives, word by word, except that a gender's
 * one-letter ending ("Assistant(e)", "Camarero/a") counts as no word.
 */

const WORD_LANGS = new Map<string, string[]>();
for (const { code: lang, stopwords } of LEXICONS) {
  for (const w of stopwords) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
}

/** The class's letters: a-z, ß-ö, ø-ÿ, numbered 1 to 58 (0: not a word letter). */
const ALPHABET = 58;
function letterIndex(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 0xdf && code <= 0xf6) return code - 0xdf + 27;
  if (code >= 0xf8 && code <= 0xff) return code - 0xf8 + 51;
  return 0;
}

/**
 * Code unit of the text → the class letter its lower case is (0: none). Latin-1 by its own lower
 * case; beyond it only "İ" (lower case "i̇": an "i", then a mark that ends the word), "Ÿ", "ẞ",
 * the Kelvin sign and the angstrom sign lower-case into the class (checked over every code unit
 * in `lang.test.ts`).
 */
const LETTER_OF = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LETTER_OF[c] = lower.length === 1 ? letterIndex(String.prototype.charCodeAt.call(lower, 0)) : 0;
}
/** "İ": its lower case is two characters, a letter then a combining dot (no word letter). */
const DOTTED_I = 0x130;
function wideLetter(code: number): number {
  switch (code) {
    case DOTTED_I:
      return letterIndex(105);
    case 0x178:
      return letterIndex(0xff);
    case 0x1e9e:
      return letterIndex(0xdf);
    case 0x212a:
      return letterIndex(107);
    case 0x212b:
      return letterIndex(0xe5);
    default:
      return 0;
  }
}

/** The stopwords as a letter tree: node n's child by letter k at `next[n * 59 + k]` (0: none). */
const words = [...WORD_LANGS.keys()].filter((w) => w.length > 0 && /^[a-zß-öø-ÿ]+$/.test(w));
const next = new Int32Array((words.reduce((n, w) => n + w.length, 0) + 1) * (ALPHABET + 1));
/** Every language code, numbered: scores are kept in a small typed array. */
const CODES: string[] = [...new Set(LEXICONS.map((l) => l.code))];
/** The languages of the stopword ending at a node (numbered), as WORD_LANGS lists them. */
const langsAt: (number[] | undefined)[] = [undefined];
for (const w of words) {
  let node = 0;
  for (let i = 0; i < w.length; i++) {
    const slot = node * (ALPHABET + 1) + letterIndex(String.prototype.charCodeAt.call(w, i));
    if (next[slot] === 0) {
      next[slot] = langsAt.length;
      langsAt.push(undefined);
    }
    node = next[slot] as number;
  }
  langsAt[node] = WORD_LANGS.get(w)?.map((code) => CODES.indexOf(code));
}

/** "(", "/" and "·" before a one-letter ending: "(e)", "/a", "·e". */
const GENDER_MARK = new Set([40, 47, 0xb7]);

/** ISO 639-1 of the text; English when there is nothing to go on. */
export function detectLanguage(text: string): string {
  const end = Math.min(text.length, 10_000);
  const score = new Float64Array(CODES.length);
  // The languages in the order they first scored: ties go to the first, as before.
  const order: number[] = [];
  // The tree node of the word read so far; -1 once it can be no stopword.
  let node = 0;
  let inWord = false;
  let wordStart = 0;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? String.prototype.charCodeAt.call(text, i) : 0;
    const letter = code < 0x100 ? (LETTER_OF[code] as number) : wideLetter(code);
    if (letter !== 0) {
      if (!inWord) {
        node = 0;
        inWord = true;
        wordStart = i;
      }
      if (node >= 0) node = next[node * (ALPHABET + 1) + letter] || -1;
      // "İ" lower-cases to "i" and a combining dot: the word ends after its "i".
      if (code !== DOTTED_I) continue;
    }
    if (!inWord) continue;
    inWord = false;
    // "Assistant(e)", "Camarero/a", "étudiant·e": a gender's ending, no word of its own.
    if (
      i - wordStart === 1 &&
      GENDER_MARK.has(String.prototype.charCodeAt.call(text, wordStart - 1))
    )
      continue;
    const langs = node > 0 ? langsAt[node] : undefined;
    if (!langs) continue;
    // A word shared by several languages counts for each, but less.
    for (const lang of langs) {
      if (score[lang] === 0) order.push(lang);
      score[lang] = (score[lang] as number) + 1 / langs.length;
    }
  }
  let best = 'en';
  let bestScore = 0;
  for (const lang of order) {
    const s = score[lang] as number;
    if (s > bestScore) {
      best = CODES[lang] as string;
      bestScore = s;
    }
  }
  return best;
}
