/**
 * A set of lowercase ASCII words looked up straight from a span of text, case folded on the fly:
 * no substring, no `toLowerCase`, no string hashed per lookup. Most words of a sentence are no
 * name's first word, and this rejects them for the price of one pass over their letters.
 */

import { foldedHash } from './tokens';

export class FoldedWords<V> {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  readonly values: V[] = [];

  /** `entries`: lowercase words and their values; words with a non-ASCII character are left out. */
  constructor(entries: Iterable<[string, V]>) {
    const list = [...entries].filter(([w]) => foldedHash(w, 0, w.length) >= 0);
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const [word, value] of list) {
      const hash = foldedHash(word, 0, word.length);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.hashes.push(hash);
      this.values.push(value);
      this.slots[slot] = this.words.length;
    }
  }

  /** Index in `values` of the word text[start..end) written in any case, or -1. `hash` its `foldedHash`. */
  find(text: string, start: number, end: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const at = (this.slots[slot] as number) - 1;
      if (at < 0) return -1;
      if (this.hashes[at] === hash && this.sameWord(at, text, start, end)) return at;
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
