import { mergedRecord } from '../lexicon/build';

/** Small counts written as words, in every language the engine reads (`lexicon/*.ts`). */
const NUMBER_WORDS: Record<string, number> = mergedRecord((l) => l.numbers);

/** Alternation of the number words, longest first so "eine" wins over "ein". */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "5", "2,5", "1.5", "five" → number; null when it is none of those. */
export function parseCount(token: string): number | null {
  const lower = token.toLowerCase();
  const word = Object.hasOwn(NUMBER_WORDS, lower) ? NUMBER_WORDS[lower] : undefined;
  if (word !== undefined) return word;
  const n = Number(lower.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
