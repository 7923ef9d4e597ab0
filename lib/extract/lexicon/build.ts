import { escapeRegex } from '../pipeline/chars';
import { gated } from '../pipeline/gate';
import { foldKey } from '../pipeline/starts';
import { caseless } from './caseless';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { LATIN } from './letters';
import { nl } from './nl';
import { pt } from './pt';
import type { Lexicon } from './types';

/** Every language the engine reads, in one list: readers build their patterns from all of them. */
export const LEXICONS: readonly Lexicon[] = [en, fr, de, es, it, pt, nl];

const SPACE_SOURCE = '\\s{1,3}';

/** One word or phrase as a regex source: escaped, a space matching a short run of spaces. */
export function wordSource(word: string): string {
  return escapeRegex(word.trim()).replace(/\s+/g, SPACE_SOURCE);
}

/** One step of a word's source: its text, and a key equal for every step that may match the same character. */
interface Token {
  source: string;
  key: string;
}

function tokens(word: string): Token[] {
  const out: Token[] = [];
  for (const run of word.trim().match(/\s+|\S/gu) ?? []) {
    if (/^\s/.test(run)) out.push({ source: SPACE_SOURCE, key: ' ' });
    else out.push(literalToken(run));
  }
  return out;
}

/** Each character's token, made once: the lexicons' patterns are built from thousands of words. */
const TOKEN_OF = new Map<string, Token>();

function literalToken(c: string): Token {
  let token = TOKEN_OF.get(c);
  if (token === undefined) {
    token = { source: escapeRegex(c), key: foldKey(c) };
    TOKEN_OF.set(c, token);
  }
  return token;
}

interface Entry {
  rank: number;
  tokens: Token[];
}

const suffix = (e: Entry, depth: number) =>
  e.tokens
    .slice(depth)
    .map((t) => t.source)
    .join('');

/** The entries' suffixes from `depth`, as a flat list in rank order (duplicates dropped). */
function flat(entries: readonly Entry[], depth: number): string[] {
  return [...new Set(entries.map((e) => suffix(e, depth)))];
}

const group = (alternatives: readonly string[]) =>
  alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;

/**
 * The alternatives matching the entries' suffixes from `depth` (entries share their first
 * `depth` steps exactly). A shared step is written once ("remote(?:-first|ly|)"): V8 then tests
 * one branch per first letter instead of every word at every position. Matching is unchanged:
 * words that can match at one place are prefixes of one another, and the longer is tried first,
 * as in the ranked list. Where that order or the letters' case would differ, the list stays flat.
 */
function factor(entries: readonly Entry[], depth: number): string[] {
  const ends = entries.filter((e) => e.tokens.length === depth);
  const rest = entries.filter((e) => e.tokens.length > depth);
  // A word ending here is tried after the longer words through here: each must rank below them.
  const firstEnd = Math.min(...ends.map((e) => e.rank));
  if (ends.length > 0 && rest.some((e) => e.rank > firstEnd)) return flat(entries, depth);
  const byKey = new Map<string, Entry[]>();
  for (const e of rest) {
    const key = (e.tokens[depth] as Token).key;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  const out: string[] = [];
  for (const list of byKey.values()) {
    const cases = byStep(list, depth);
    const ordered = cases.length === 1 ? cases : caseOrder(cases);
    if (!ordered) {
      // "Freelance", "freelancer" and "Freelancer": no order of the cases keeps the ranking.
      out.push(...flat(list, depth));
      continue;
    }
    for (const same of ordered) {
      const step = (same[0] as Entry).tokens[depth] as Token;
      const inner = factor(same, depth + 1);
      out.push(step.source + (inner.length === 1 && inner[0] === '' ? '' : group(inner)));
    }
  }
  if (ends.length > 0) out.push('');
  return out;
}

/** The entries split by their exact step at `depth` ("C" and "c" apart), in rank order. */
function byStep(entries: readonly Entry[], depth: number): Entry[][] {
  const by = new Map<string, Entry[]>();
  for (const e of entries) {
    const source = (e.tokens[depth] as Token).source;
    const list = by.get(source);
    if (list) list.push(e);
    else by.set(source, [e]);
  }
  return [...by.values()];
}

/** Whether one word's keys start the other's (they may then match at one place, ignoring case). */
function mayOverlap(a: Entry, b: Entry): boolean {
  if (a.tokens.length === b.tokens.length) return false;
  const [short, long] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  return short.tokens.every((t, i) => t.key === (long.tokens[i] as Token).key);
}

/**
 * "Contract" and "contractor", in a case-insensitive pattern, both match "Contractor": the list
 * tries the longer first, so its case must come first. Orders the cases so every such pair keeps
 * its rank order; null when no order does. (Words of equal length match the same text.)
 */
function caseOrder(cases: readonly Entry[][]): Entry[][] | null {
  const before = cases.map(() => new Set<number>());
  for (const [i, a] of cases.entries()) {
    for (const [j, b] of cases.entries()) {
      if (i === j) continue;
      if (a.some((u) => b.some((v) => u.rank < v.rank && mayOverlap(u, v)))) before[j]?.add(i);
    }
  }
  const done = new Set<number>();
  const out: Entry[][] = [];
  while (out.length < cases.length) {
    const next = cases.findIndex(
      (_, i) => !done.has(i) && [...(before[i] ?? [])].every((k) => done.has(k)),
    );
    if (next < 0) return null;
    done.add(next);
    out.push(cases[next] as Entry[]);
  }
  return out;
}

/**
 * Words as one regex source that matches exactly as `words.map(wordSource).join('|')` does (the
 * first word that matches at a place wins), with shared beginnings written once.
 */
export function rankedAlternation(words: readonly string[]): string {
  const entries = words
    .filter((w) => w.trim().length > 0)
    .map((w, rank) => ({ rank, tokens: tokens(w) }));
  return entries.length === 0 ? '(?!)' : factor(entries, 0).join('|');
}

/**
 * Strings taken character for character (spaces included, nothing trimmed) as one regex source
 * that matches exactly as their escaped flat list does, shared beginnings written once.
 */
export function literalAlternation(strings: readonly string[]): string {
  // As the flat list: an empty string is an alternative too, but a list of nothing never matches.
  if (strings.every((w) => w.length === 0)) return '(?!)';
  const entries = strings.map((w, rank) => ({ rank, tokens: Array.from(w, literalToken) }));
  return factor(entries, 0).join('|');
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
  const words = picked(pick, lexicons);
  if (words.length === 0) return '(?!)';
  return rankedAlternation(words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
}

/** Every language's words picked by `pick`, trimmed and deduplicated. */
function picked(
  pick: (lexicon: Lexicon) => readonly string[],
  lexicons: readonly Lexicon[] = LEXICONS,
): string[] {
  const words = new Set<string>();
  for (const lexicon of lexicons) for (const w of pick(lexicon)) if (w.trim()) words.add(w.trim());
  return [...words];
}

/**
 * The words picked by `pick` as a whole-word regex (no letter or digit on either side), behind
 * the shared word-start first look.
 */
export function wordsRegex(
  pick: (lexicon: Lexicon) => readonly string[],
  flags = 'iu',
  lexicons: readonly Lexicon[] = LEXICONS,
): RegExp {
  return gated(
    caseless(`(?<![\\p{L}\\p{N}])(?:${alternation(pick, lexicons)})(?![\\p{L}\\p{N}])`, flags),
    picked(pick, lexicons),
    true,
  );
}

/**
 * The words picked by `pick` as a whole-word regex where only a Latin letter ends a word (a
 * digit may touch it: "100%remote"), without the `u` flag, behind the word-start first look.
 */
export function latinWords(pick: (lexicon: Lexicon) => readonly string[], flags = 'i'): RegExp {
  return gated(
    new RegExp(`(?<![${LATIN}])(?:${alternation(pick)})(?![${LATIN}])`, flags),
    picked(pick),
    true,
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
