/**
 * A set of lowercase ASCII words looked up straight from a span of text, case folded on the fly:
 * no substring, no `toLowerCase`, no string hashed per lookup. Most words of a sentence are no
 * name's first word, and this rejects them for the price of one pass over their letters.
 */

import { foldedHash } from './tokens';

/** Bits of the filter in front of the table: small enough to stay in the processor's cache. */
const FILTER_BITS = 1 << 16;

export class FoldedWords<V> {
  /** Two bits per word (from its hash): a word with either bit unset is not in the table. */
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  /** Open addressing, linear probing: per slot the word's hash and its index + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  readonly values: V[] = [];

  /** `entries`: lowercase words and their values; words with a non-ASCII character are left out. */
  constructor(entries: Iterable<[string, V]>) {
    const list = [...entries].filter(([w]) => foldedHash(w, 0, w.length) >= 0);
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (const [word, value] of list) {
      const hash = foldedHash(word, 0, word.length);
      for (const bit of [hash & 0xffff, (hash >>> 14) & 0xffff]) {
        this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
      }
      let slot = hash & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.values.push(value);
      this.slots[slot * 2] = hash;
      this.slots[slot * 2 + 1] = this.words.length;
    }
  }

  /** Index in `values` of the word text[start..end) written in any case, or -1. `hash` its `foldedHash`. */
  find(text: string, start: number, end: number, hash: number): number {
    const filter = this.filter;
    if (((filter[(hash & 0xffff) >>> 5] as number) & (1 << (hash & 31))) === 0) return -1;
    const second = (hash >>> 14) & 0xffff;
    if (((filter[second >>> 5] as number) & (1 << (second & 31))) === 0) return -1;
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const at = (slots[slot * 2 + 1] as number) - 1;
      if (at < 0) return -1;
      if (slots[slot * 2] === hash && this.sameWord(at, text, start, end)) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  private sameWord(at: number, text: string, start: number, end: number): boolean {
    const word = this.words[at] as string;
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(i)) return false;
    }
    return true;
  }
}
