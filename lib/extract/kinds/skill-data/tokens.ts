import { isSpaceCode as isSpace } from '../../pipeline/chars';

/**
 * The one tokenizer both the dictionary builder and the matcher use, so a name and a sentence are
 * cut the same way: "Node.js", "C++", "C#", ".NET" stay whole; "CI/CD" and "T-SQL" are two tokens
 * joined by their separator, so "Scrum/Kanban" still yields two names.
 *
 * A token is what this pattern matches (internal dots keep "Node.js" and "ASP.NET" whole, a
 * leading dot keeps ".NET"):
 *   [\p{L}\p{N}][\p{L}\p{N}_+#]*(?:\.[\p{L}\p{N}][\p{L}\p{N}_+#]*){0,4}|\.\p{L}[\p{L}\p{N}]{0,9}
 * The scanner below cuts exactly those tokens with character codes, one pass, no string or object
 * per token: the matcher reads a sentence's tokens as offsets (`TokenBuffer`).
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /**
   * How this token joins the previous one: ' ' (space or hyphen), '/', '&', "'" (an apostrophe,
   * straight or curly: "Handler's", "Handler’s"), or null (punctuation).
   */
  join: ' ' | '/' | '&' | "'" | null;
}

/** FNV-1a over the span's code units, A-Z folded to a-z; -1 when the span holds a non-ASCII character. */
export function foldedHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = String.prototype.charCodeAt.call(text, i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x3fffffff;
}

/** Character class bits of a code point, filled in on first sight of each character. */
export const LETTER = 1;
export const NUMBER = 2;
export const LOWER = 4;
export const UPPER = 8;
const KNOWN = 16;
/** The code point is a surrogate pair: two code units wide. */
const PAIR = 32;

const IS_L = /\p{L}/u;
const IS_N = /\p{N}/u;
const IS_LL = /\p{Ll}/u;
const IS_LU = /\p{Lu}/u;
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function classify(c: string): number {
  return (
    KNOWN |
    (IS_L.test(c) ? LETTER : 0) |
    (IS_N.test(c) ? NUMBER : 0) |
    (IS_LL.test(c) ? LOWER : 0) |
    (IS_LU.test(c) ? UPPER : 0)
  );
}

/** The class bits of the code point at `i` (0 past the end); a lone surrogate is no letter. */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = String.prototype.charCodeAt.call(text, i);
  if (c < 0xd800 || c > 0xdfff) {
    const known = BMP[c] as number;
    if (known !== 0) return known;
    const k = classify(String.fromCharCode(c));
    BMP[c] = k;
    return k;
  }
  const d = String.prototype.charCodeAt.call(text, i + 1);
  if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return KNOWN;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp)) | PAIR;
    ASTRAL.set(cp, k);
  }
  return k;
}

for (let c = 0; c < 128; c++) BMP[c] = classify(String.fromCharCode(c));

/** Width in code units of the letter or digit at `i`, 0 if there is none. */
function wordCharAt(text: string, i: number, bits: number): number {
  const k = classAt(text, i);
  if ((k & bits) === 0) return 0;
  return k & PAIR ? 2 : 1;
}

/** ASCII letters and digits (1) and the tool punctuation a word may go on with: '_', '+', '#' (2). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((BMP[c] as number) & (LETTER | NUMBER)) ASCII_WORD[c] = 1;
  else if (c === 95 || c === 43 || c === 35) ASCII_WORD[c] = 2;
}

/** A sentence's tokens as offsets, with their `foldedHash`; reused from sentence to sentence. */
export class TokenBuffer {
  count = 0;
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  hashes: Int32Array = new Int32Array(64);

  shrink(): void {
    this.starts = new Int32Array(64);
    this.ends = new Int32Array(64);
    this.hashes = new Int32Array(64);
  }

  /** Adds text[start..end), whose `foldedHash` is `hash`. */
  push(start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      this.starts = grown(this.starts, size);
      this.ends = grown(this.ends, size);
      this.hashes = grown(this.hashes, size);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }
}

function grown(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}

/** FNV-1a's prime and offset basis (`foldedHash`). */
const FNV_PRIME = 0x01000193;
const FNV_BASIS = 0x811c9dc5 | 0;
/** A-Z → a-z, other ASCII codes as they are. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
/** The folded code of an ASCII character a word goes on with (`ASCII_WORD`), else 0: one look. */
const WORD_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_FOLD[c] = ASCII_WORD[c] === 0 ? 0 : (FOLD[c] as number);

/**
 * Cuts `text` into `into` (emptied first). Linear: each character is read once (a word's first
 * after a dot twice), and a token's `foldedHash` is taken on the way, not by a second read.
 */
export function scanTokens(text: string, into: TokenBuffer): void {
  into.count = 0;
  const n = text.length;
  // A megabyte of words grew the buffer: a short sentence gives that memory back.
  if (into.starts.length > 1 << 16 && n < 1 << 12) into.shrink();
  let i = 0;
  // The code at i, read once: a token's scan stops on it and the loop goes on from it.
  let c = n > 0 ? String.prototype.charCodeAt.call(text, 0) : 0;
  while (i < n) {
    // Most characters are ASCII: one table look.
    const w = c < 128 ? (ASCII_WORD[c] === 1 ? 1 : 0) : wordCharAt(text, i, LETTER | NUMBER);
    if (w > 0) {
      const start = i;
      let h = FNV_BASIS;
      let ascii = c < 128;
      if (ascii) h = Math.imul(h ^ (FOLD[c] as number), FNV_PRIME);
      i += w;
      // Runs of letters, digits, '_', '+' and '#', up to four more after an inner dot.
      for (let group = 0; ; group++) {
        c = 0;
        while (i < n) {
          c = String.prototype.charCodeAt.call(text, i);
          if (c < 128) {
            const folded = WORD_FOLD[c] as number;
            if (folded === 0) break;
            h = Math.imul(h ^ folded, FNV_PRIME);
            i++;
          } else {
            const more = wordCharAt(text, i, LETTER | NUMBER);
            if (more === 0) break;
            ascii = false;
            i += more;
          }
        }
        if (i >= n || c !== 46 || group >= 4) break;
        const next = wordCharAt(text, i + 1, LETTER | NUMBER);
        if (next === 0) break;
        const d = String.prototype.charCodeAt.call(text, i + 1);
        h = Math.imul(h ^ 46, FNV_PRIME);
        if (d < 128) h = Math.imul(h ^ (FOLD[d] as number), FNV_PRIME);
        else ascii = false;
        i += 1 + next;
      }
      into.push(start, i, ascii ? h & 0x3fffffff : -1);
      // c is the code at i (or i is past the end).
    } else if (c === 46 && wordCharAt(text, i + 1, LETTER) > 0) {
      // ".NET": a dot, a letter, then at most nine letters or digits.
      const start = i;
      i += 1 + wordCharAt(text, i + 1, LETTER);
      for (let k = 0; k < 9; k++) {
        const more = wordCharAt(text, i, LETTER | NUMBER);
        if (more === 0) break;
        i += more;
      }
      into.push(start, i, foldedHash(text, start, i));
      c = i < n ? String.prototype.charCodeAt.call(text, i) : 0;
    } else {
      i++;
      c = i < n ? String.prototype.charCodeAt.call(text, i) : 0;
    }
  }
}

export const JOIN_NONE = 0;
export const JOIN_SPACE = 1;
export const JOIN_SLASH = 2;
export const JOIN_AMP = 3;
export const JOIN_APOSTROPHE = 4;
export const JOIN_TEXT = [null, ' ', '/', '&', "'"] as const;

/** Only spaces (at most `max`) from `from` to `to`. */
function spacesOnly(text: string, from: number, to: number, max: number): boolean {
  if (to - from > max) return false;
  for (let i = from; i < to; i++)
    if (!isSpace(String.prototype.charCodeAt.call(text, i))) return false;
  return true;
}

/**
 * How the token starting at `start` joins the one ending at `prevEnd`: one to six spaces or
 * hyphens (' '), a slash or an ampersand with at most two spaces each side, one apostrophe
 * (straight, curly or modifier letter: "Handler's", "Handler’s") between two words, else none.
 */
export function joinAt(text: string, prevEnd: number, start: number): number {
  const length = start - prevEnd;
  if (length === 1) {
    const c = String.prototype.charCodeAt.call(text, prevEnd);
    if (c === 32) return JOIN_SPACE;
    if (c === 39 || c === 0x2019 || c === 0x2bc) return JOIN_APOSTROPHE;
  }
  if (length < 1 || length > 6) return JOIN_NONE;
  let space = length <= 6;
  let sign = -1;
  for (let i = prevEnd; i < start; i++) {
    const c = String.prototype.charCodeAt.call(text, i);
    if (c === 45 || c === 0x2013 || isSpace(c)) continue;
    space = false;
    if (c !== 47 && c !== 38) return JOIN_NONE;
    if (sign >= 0) return JOIN_NONE;
    sign = i;
  }
  if (space) return JOIN_SPACE;
  if (sign < 0) return JOIN_NONE;
  // "/" or "&": only spaces beside it, two at most on each side.
  if (!spacesOnly(text, prevEnd, sign, 2) || !spacesOnly(text, sign + 1, start, 2))
    return JOIN_NONE;
  return String.prototype.charCodeAt.call(text, sign) === 47 ? JOIN_SLASH : JOIN_AMP;
}

export function tokenize(text: string): Token[] {
  const buffer = new TokenBuffer();
  scanTokens(text, buffer);
  const tokens: Token[] = [];
  for (let i = 0; i < buffer.count; i++) {
    const start = buffer.starts[i] as number;
    const end = buffer.ends[i] as number;
    const join = i === 0 ? null : JOIN_TEXT[joinAt(text, buffer.ends[i - 1] as number, start)];
    tokens.push({ text: text.slice(start, end), start, end, join: join ?? null });
  }
  return tokens;
}

/** The lookup key of tokens[from..from+n): lowercase words joined by their separators. */
export function keyOf(tokens: readonly Token[], from: number, n: number): string | null {
  const parts: string[] = [];
  for (let i = from; i < from + n; i++) {
    const t = tokens[i];
    if (!t) return null;
    if (i > from) {
      if (t.join === null) return null;
      parts.push(t.join);
    }
    parts.push(t.text.toLowerCase());
  }
  return parts.join('');
}

/** The key of a whole name ("Microsoft  Excel" → "microsoft excel"), or null if it has a break. */
export function nameKey(name: string): string | null {
  const tokens = tokenize(name);
  return tokens.length === 0 ? null : keyOf(tokens, 0, tokens.length);
}

/** Bits of a `TokenWords` filter. */
const WORD_FILTER_BITS = 1 << 12;

/**
 * A set of lower-case words a sentence's tokens are looked up in ("team", "experience"). The
 * token's `foldedHash` rules most tokens out with one bit, before any slice or lower-casing: an
 * ASCII token's lower case is a word of the set only if that word's hash is the token's.
 */
export class TokenWords {
  private readonly words: ReadonlySet<string>;
  private readonly filter = new Uint32Array(WORD_FILTER_BITS / 32);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const hash = foldedHash(word, 0, word.length);
      if (hash < 0) continue;
      const bit = hash & (WORD_FILTER_BITS - 1);
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }

  /** Whether the token `i` of `tokens` (cut from `text`), lower-cased, is one of the words. */
  has(text: string, tokens: TokenBuffer, i: number): boolean {
    const hash = tokens.hashes[i] as number;
    if (hash >= 0) {
      const bit = hash & (WORD_FILTER_BITS - 1);
      if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
    }
    const word = text.slice(tokens.starts[i] as number, tokens.ends[i] as number);
    return this.words.has(word.toLowerCase());
  }
}
