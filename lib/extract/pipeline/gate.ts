import { type AlsoWords, mayStart, type StartLook, startLook } from './starts';

/**
 * A cheap first look for the engine's word patterns. A pattern that opens with a lookbehind
 * ("no letter before": `(?<![\p{L}\p{N}])(?:remote|hybrid…)`) makes V8 run that lookbehind at
 * every position of the text, where the same pattern without it is found by a fast scan for its
 * first letters (several times faster). `gated` keeps the pattern and adds that scan in front:
 * the pattern without its opening lookbehinds matches wherever the whole pattern does, so when
 * the scan finds nothing the answer is the same `null`, and when it finds something the whole
 * pattern decides. Results never change; only sentences that may match pay for the lookbehind.
 */

/**
 * Walks a regex source from `from`, skipping escapes and character classes: `visit` sees every
 * other character with its index, and the walk stops where it returns true (that index), else -1.
 */
export function walkSource(
  source: string,
  from: number,
  visit: (c: string, i: number) => boolean,
): number {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (visit(c, i)) {
      return i;
    }
  }
  return -1;
}

/** Index just after the group that opens at `open` (a `(`), or -1 if the source is unbalanced. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  const close = walkSource(source, open, (c) => {
    if (c === '(') depth++;
    return c === ')' && --depth === 0;
  });
  return close < 0 ? -1 : close + 1;
}

/** Whether a piece of source holds a capturing group (plain or named): a later `\\1` may need it. */
function hasCapture(source: string): boolean {
  return (
    walkSource(
      source,
      0,
      (c, i) =>
        c === '(' &&
        (source[i + 1] !== '?' ||
          (source[i + 2] === '<' && source[i + 3] !== '!' && source[i + 3] !== '=')),
    ) >= 0
  );
}

/** The source without its opening lookbehinds, or null when there are none to drop. */
export function withoutLeadingLookbehind(source: string): string | null {
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return null;
    at = end;
  }
  if (at === 0 || at >= source.length) return null;
  if (hasCapture(source.slice(0, at))) return null;
  return source.slice(at);
}

/**
 * V8 first runs a pattern in its bytecode interpreter and compiles it to machine code later; on
 * the engine's paths many patterns were seen to stay interpreted (three times slower over a
 * posting). A run on a text of 1,000 characters or more makes V8 compile at once: `warmPatterns`
 * does that once for every pattern the readers registered (`warmLater`, at module load), before
 * the first extraction. Results never change. Only for two-byte text, which most postings are (a
 * curly quote, a dash, a bullet or "€" is enough): a pattern compiled once is compiled at once for
 * the other kind of text too, when it first meets one. Compiling both up front cost a worker that
 * just started ~35 % more CPU on its first posting (`npm run bench:engine`, cold start row) and
 * saved nothing after it.
 */
const PAD_TWO_BYTE = '\u2022'.repeat(1100);
/** A bound, so a pattern built per call by mistake cannot grow the list without end. */
const MAX_PENDING = 20_000;
const pending: RegExp[] = [];
/** Every pattern registered, for tests (`registeredPatterns`). */
const registered: RegExp[] = [];

function collect(value: unknown, depth: number): void {
  if (value instanceof RegExp) {
    if (pending.length < MAX_PENDING) pending.push(value);
    if (registered.length < MAX_PENDING) registered.push(value);
  } else if (depth > 0 && Array.isArray(value)) {
    for (const v of value) collect(v, depth - 1);
  } else if (depth > 0 && value instanceof Map) {
    for (const v of value.values()) collect(v, depth - 1);
  } else if (depth > 0 && value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collect(v, depth - 1);
  }
}

/** Registers the patterns in `values` (RegExps, or arrays, maps and records holding them). */
export function warmLater(...values: unknown[]): void {
  for (const v of values) collect(v, 3);
}

/** Tests only: every pattern the readers registered (to check how they are compiled). */
export function registeredPatterns(): readonly RegExp[] {
  return registered;
}

/** Compiles every registered pattern not compiled yet (a no-op once all are). */
export function warmPatterns(): void {
  for (let re = pending.pop(); re !== undefined; re = pending.pop()) {
    const last = re.lastIndex;
    re.test(PAD_TWO_BYTE);
    re.lastIndex = last;
  }
}

/**
 * A RegExp whose `exec` (and so `test`, `match`, `replace`, `search`) first runs the cheap scan.
 * Built only for patterns without `g` or `y`, whose `lastIndex` no caller relies on. Both looks
 * run on plain RegExp copies, which keep V8's fast paths (a subclass's own matching takes the
 * slow, generic one).
 */
class GatedRegExp extends RegExp {
  private readonly scan: RegExp | null;
  private readonly full: RegExp | null;
  private readonly look: StartLook | null;

  // RegExp methods may call the constructor with (pattern, flags) only (`split`'s species copy).
  constructor(
    pattern: string | RegExp,
    flags?: string,
    scan?: string | null,
    look: StartLook | null = null,
  ) {
    super(pattern, flags);
    this.look = look;
    this.scan = typeof scan === 'string' ? new RegExp(scan, this.flags) : null;
    this.full = scan === undefined ? null : new RegExp(this.source, this.flags);
    warmLater(this.scan, this.full);
  }

  /** The word look first (one bit of the shared index), then the scan (the pattern without its
   * opening lookbehinds): a sentence that holds a word of the list mostly still does not match,
   * and the scan says so several times faster than the whole pattern. */
  private maybe(text: string): boolean {
    if (this.look !== null && !mayStart(text, this.look)) return false;
    return this.scan === null || this.scan.test(text);
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.full === null) return super.exec(text);
    return this.maybe(text) ? this.full.exec(text) : null;
  }

  override test(text: string): boolean {
    if (this.full === null) return super.test(text);
    return this.maybe(text) && this.full.test(text);
  }
}

/** A pattern behind a word-start look, with its words (and the second list every match holds). */
export interface Looked {
  pattern: RegExp;
  words: readonly string[];
  also?: readonly string[];
}

/** Every pattern behind a word-start look: tests prove each matches as before. */
const LOOKED: Looked[] = [];
export function lookedPatterns(): readonly Looked[] {
  return LOOKED;
}

/**
 * `re` with a cheap first look when it opens with a lookbehind; `re` itself otherwise. Given
 * `words` (every match of `re` holds one of them at a word start), the first look is the shared
 * word-start index (`starts.ts`), cheaper still than the scan; `whole`: no letter ever follows
 * the word in a match; `also`: a second list every match holds at a word start too.
 */
export function gated(
  re: RegExp,
  words?: Iterable<string>,
  whole = false,
  also?: AlsoWords,
): RegExp {
  if (re.global || re.sticky) return re;
  if (words !== undefined) {
    const list = [...words];
    const second = also && { words: [...also.words], whole: also.whole };
    const scan = withoutLeadingLookbehind(re.source);
    const looked = new GatedRegExp(re.source, re.flags, scan, startLook(list, whole, second));
    if (LOOKED.length < MAX_PENDING) {
      LOOKED.push(
        second
          ? { pattern: looked, words: list, also: second.words }
          : { pattern: looked, words: list },
      );
    }
    return looked;
  }
  const scan = withoutLeadingLookbehind(re.source);
  if (scan === null) {
    warmLater(re);
    return re;
  }
  return new GatedRegExp(re.source, re.flags, scan);
}
