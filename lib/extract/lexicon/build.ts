import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Lexicon } from './types';

/** Every language the engine reads, in one list: readers build their patterns from all of them. */
export const LEXICONS: readonly Lexicon[] = [en, fr, de, es, it, pt, nl];

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** One word or phrase as a regex source: escaped, a space matching a short run of spaces. */
export function wordSource(word: string): string {
  return word.trim().replace(SPECIAL, '\\$&').replace(/\s+/g, '\\s{1,3}');
}

/**
 * The alternation of every language's words picked by `pick`, deduplicated, longest first (so
 * "eine" wins over "ein"), for a reader to place inside its own pattern. Never empty: a pick with
 * no words gives a source that matches nothing.
 */
export function alternation(
  pick: (lexicon: Lexicon) => readonly string[],
  lexicons: readonly Lexicon[] = LEXICONS,
): string {
  const words = new Set<string>();
  for (const lexicon of lexicons) for (const w of pick(lexicon)) if (w.trim()) words.add(w.trim());
  if (words.size === 0) return '(?!)';
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(wordSource)
    .join('|');
}

/** The words picked by `pick` as a whole-word regex (no letter on either side). */
export function wordsRegex(
  pick: (lexicon: Lexicon) => readonly string[],
  flags = 'iu',
  lexicons: readonly Lexicon[] = LEXICONS,
): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternation(pick, lexicons)})(?![\\p{L}\\p{N}])`,
    flags,
  );
}

/** A record merged over every language (later languages never override an earlier key). */
export function mergedRecord<T>(
  pick: (lexicon: Lexicon) => Readonly<Record<string, T>>,
  lexicons: readonly Lexicon[] = LEXICONS,
): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const lexicon of lexicons) {
    for (const [k, v] of Object.entries(pick(lexicon))) if (!(k in out)) out[k] = v;
  }
  return out;
}
