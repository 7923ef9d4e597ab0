import { LEXICONS } from '../lexicon/build';
import { warmLater } from './gate';

/**
 * The posting's own language from a cheap count of function words: enough to tell the languages
 * postings are written in apart, and linear in the text (only the first 10,000 characters).
 */

const WORD_LANGS = new Map<string, string[]>();
for (const { code: lang, stopwords } of LEXICONS) {
  for (const w of stopwords) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
}

/** Every stopword is Latin script: a Latin-1 class on lower-cased text is enough, and fast. */
const WORD = /[a-zß-öø-ÿ]+/g;

/** ISO 639-1 of the text; English when there is nothing to go on. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 10_000).toLowerCase();
  const score: Record<string, number> = {};
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const langs = WORD_LANGS.get(m[0]);
    if (!langs) continue;
    // A word shared by several languages counts for each, but less.
    for (const lang of langs) score[lang] = (score[lang] ?? 0) + 1 / langs.length;
  }
  let best = 'en';
  let bestScore = 0;
  for (const [lang, s] of Object.entries(score)) {
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  return best;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(WORD);
