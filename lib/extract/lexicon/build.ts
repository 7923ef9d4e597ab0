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
 * The alternation of every language's words picked by `pick`, deduplicated, for a reader to place
 * inside its own pattern. Never empty: a pick with no words gives a source that matches nothing.
 *
 * The words are factored into a prefix tree ("von vorteil|von vorteil sind" → "von\\s{1,3}vorteil
 * (?:\\s{1,3}sind)?"): a flat list of hundreds of phrases makes the regex engine try every one at
 * every position, the tree tries one branch per letter. At each node the longer continuation is
 * tried first, so "eine" still wins over "ein". Words keep their case: a reader that wants any
 * case uses the source in a case-insensitive (`i`) pattern.
 */
export function alternation(
  pick: (lexicon: Lexicon) => readonly string[],
  lexicons: readonly Lexicon[] = LEXICONS,
): string {
  const words = new Set<string>();
  for (const lexicon of lexicons) {
    for (const w of pick(lexicon)) if (w.trim()) words.add(w.trim());
  }
  if (words.size === 0) return '(?!)';
  const key = [...words].join('|');
  const cached = BUILT.get(key);
  if (cached !== undefined) return cached;
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const token of tokensOf(word)) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(token, child);
      }
      node = child;
    }
    node.end = true;
  }
  const source = sourceOf(root);
  BUILT.set(key, source);
  return source;
}

/** Readers ask for the same lists more than once (at module load); each tree is built once. */
const BUILT = new Map<string, string>();

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

const SPACE = '\\s{1,3}';

/** A word as regex tokens: one per character, escaped; a run of spaces is one token. */
function tokensOf(word: string): string[] {
  const out: string[] = [];
  for (const part of word.split(/(\s+)/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) out.push(SPACE);
    else for (const c of part) out.push(c.replace(SPECIAL, '\\$&'));
  }
  return out;
}

function sourceOf(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([token, child]) => token + sourceOf(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
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
