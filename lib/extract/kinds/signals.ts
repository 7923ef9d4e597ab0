import { alternation, LEXICONS, literalAlternation, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { Lexicon } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { type AlsoWords, mayStart, type StartLook, startLook } from '../pipeline/starts';

/**
 * What the work-model and employment readers share: signal weights, a score per answer, and word
 * lists turned into patterns. A board tag ("#LI-HYBRID"), a label ("Job type: Full-time") or a
 * line of its own ("Full Time") outweighs a phrase in prose, which outweighs a mention in passing.
 */

export const TAG = 3;
export const LABEL = 3;
export const PHRASE = 2;
export const MENTION = 1;
/** A line (or a header segment) this short that names a work model or contract is a field. */
export const FIELD_LINE = 40;

export type Score<T extends string> = Map<T, number>;

export function add<T extends string>(score: Score<T>, key: T, weight: number): void {
  score.set(key, (score.get(key) ?? 0) + weight);
}

/**
 * "on-site" also as "onsite" and "on site"; other words as they are. A glued form of four letters
 * or fewer is too often a word of its own: "co-op" (a work term) is not "Coop" (a retailer, a
 * cooperative), so a short word keeps its hyphen or a space.
 */
function variants(word: string): string[] {
  if (!word.includes('-') || /^-|-$/.test(word)) return [word];
  const glued = word.replace(/-/g, '');
  const spaced = word.replace(/-/g, ' ');
  return glued.length <= 4 ? [word, spaced] : [word, glued, spaced];
}

/**
 * The words picked from every lexicon as a regex source, where a hyphen in a word also matches a
 * space or nothing ("on-site" reads "onsite" and "on site"). Variants are spelled out, not a
 * character class, so the alternation stays a list of literals V8 compiles quickly. A space
 * matches one to three plain spaces.
 */
export function flexible(pick: (lexicon: Lexicon) => readonly string[]): string {
  // The engine's text has plain spaces (normalize() maps the others), and a class like `\s`
  // repeated in every alternative makes V8 compile a pattern ten times slower.
  return alternation((l) => pick(l).flatMap(variants)).replace(/\\s\{1,3\}/g, ' {1,3}');
}

/**
 * A whole-word pattern over `source` (no letter or digit on either side). Given `words` (every
 * match holds one of them at a word start), its first look is the shared word-start index;
 * `last`: the words end every match (no letter follows them).
 */
export function whole(
  source: string,
  flags = 'iu',
  words?: Iterable<string>,
  last = false,
  also?: AlsoWords,
): RegExp {
  return gated(
    caseless(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags),
    words,
    last,
    also,
  );
}

/** The words picked from every lexicon, each way `flexible` spells them: a pattern's first words. */
export function flexibleWords(pick: (lexicon: Lexicon) => readonly string[]): string[] {
  return LEXICONS.flatMap((l) => pick(l).flatMap(variants));
}

/** The picked words as a whole-word pattern behind the word-start first look. */
export function wholeWords(pick: (lexicon: Lexicon) => readonly string[]): RegExp {
  return whole(flexible(pick), 'iu', flexibleWords(pick), true);
}

/** The words' first letters, up to `stem` of them: a loose first look finds them anywhere. */
function stemsOf(lists: readonly (readonly string[])[], stem: number): string[] {
  const stems = new Set<string>();
  for (const list of lists) {
    for (const w of list)
      for (const v of variants(w.trim().toLowerCase().slice(0, stem))) stems.add(v);
  }
  return [...stems];
}

/** Each way the patterns spell a word ("on-site", "onsite", "on site"), up to `stem` characters. */
function startsOf(lists: readonly (readonly string[])[], stem: number): string[] {
  const starts = new Set<string>();
  for (const list of lists) {
    for (const w of list) {
      for (const v of variants(w.trim().toLowerCase())) starts.add(v.slice(0, stem).trim());
    }
  }
  return [...starts];
}

/** How much of a word an anchored first look reads: enough to tell "contract" from "contact". */
const WORD_STEM = 10;

/** "No letter before", without the `u` flag: every letter it names is a `\p{L}` (not × or ÷). */
const NO_LETTER_BEFORE = '(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F])';

/**
 * Tests only: `loose = true` makes every trigger answer as its unanchored first look, so a test
 * can run a reader both ways and prove the anchored look skips no sentence the reader reads.
 */
export const triggerMode = { loose: false };

/** A reader's first look: `test` says whether a sentence could hold anything the reader reads. */
export class Trigger {
  constructor(
    readonly anchored: RegExp,
    readonly loose: RegExp,
    private readonly inside: RegExp | null = null,
    private readonly look: StartLook | null = null,
  ) {}

  test(text: string): boolean {
    if (triggerMode.loose) return this.loose.test(text);
    // Given its words' look (the shared word-start index), that "maybe" is the answer: every
    // pattern of the reader sits behind a look of its own. Words a pattern may glue to the word
    // before have a pattern of their own.
    const anchored = this.look !== null ? mayStart(text, this.look) : this.anchored.test(text);
    return anchored || (this.inside !== null && this.inside.test(text));
  }
}

/**
 * A cheap first look without Unicode case folding (slow in V8): the words' first letters, up to
 * `stem` of them, so most sentences skip the full patterns. Given `anywhere` (for a reader whose
 * every pattern places the words of `lists` after a non-letter), the stems must start a word:
 * "contact" no longer passes for "contract", nor "international" for "intern". A word a pattern
 * may glue to the word before ("fullremote": `fully\s{0,3}remote`) goes in `anywhere`.
 */
export function trigger(
  lists: readonly (readonly string[])[],
  stem = 5,
  anywhere?: readonly (readonly string[])[],
): Trigger {
  const all = [...lists, ...(anywhere ?? [])];
  const loose = gated(new RegExp(literalAlternation(stemsOf(all, stem)), 'i'));
  if (anywhere === undefined) return new Trigger(loose, loose);
  // A space in a word matches a short run of spaces, as in the patterns.
  const words = startsOf(lists, WORD_STEM);
  const inside = startsOf(anywhere, WORD_STEM);
  const anchored = new RegExp(`${NO_LETTER_BEFORE}(?:${rankedAlternation(words)})`, 'i');
  const glued = inside.length > 0 ? new RegExp(rankedAlternation(inside), 'i') : null;
  warmLater(glued);
  return new Trigger(anchored, loose, glued, startLook(words));
}

/** Splits a header line ("Acme | Engineer | Remote (US) | $150k") into its fields. */
const SEGMENT_MARK = /[|·•–—]/;

export function segments(text: string): string[] {
  // Most sentences have no separator: skip the split (a costly call) when it could find none.
  if (!SEGMENT_MARK.test(text)) return [text];
  return text.split(/\s[|·•]\s|\s[–—]\s/u);
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(SEGMENT_MARK);
