/**
 * The key tree of the skill lexicon (`keyTree`) laid out flat for the matcher: a node is an
 * integer, its flags and its edge (parent, separator, word) sit in typed arrays, every word's
 * letters in one pool of character codes, and one open-addressing table maps an edge to its node.
 * Reading a sentence then touches a few contiguous arrays instead of maps and objects scattered
 * over the heap, and looks a word up straight from the text, case folded on the fly.
 */

import type { KeyNode, LexEntry } from './dictionary';
import { foldedHash, JOIN_AMP, JOIN_APOSTROPHE, JOIN_SLASH, JOIN_SPACE } from './tokens';

/** Node flags. */
export const HAS_ENTRY = 1;
export const CAPITAL = 2;
export const UPPER = 4;
export const AMBIGUOUS = 8;
/** A first word that alone is an everyday word of some language (`skills.notTools`). */
export const EVERYDAY = 16;
export const HAS_NEXT = 32;

/** The parent of a first word. */
export const ROOT = -1;

/** Bits of the filter in front of the first words: small enough to stay in the processor's cache. */
const FILTER_BITS = 1 << 16;

const JOIN_CODE: Readonly<Record<string, number>> = {
  ' ': JOIN_SPACE,
  '/': JOIN_SLASH,
  '&': JOIN_AMP,
  "'": JOIN_APOSTROPHE,
};

/** The slot hash of an edge: the word's `foldedHash` mixed with its parent and separator. */
function edgeHash(parent: number, join: number, word: number): number {
  let h = word ^ Math.imul(parent + 2, 0x9e3779b1) ^ Math.imul(join + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & 0x3fffffff;
}

export class KeyTable {
  readonly flags: Uint8Array;
  /** Per node, the entry whose key ends there. */
  readonly entries: (LexEntry | undefined)[] = [];
  private readonly parents: Int32Array;
  private readonly joins: Uint8Array;
  private readonly wordStarts: Int32Array;
  private readonly wordLengths: Int32Array;
  /** Every ASCII word's lowercase letters, one after another. */
  private readonly pool: Uint8Array;
  /** Per slot the edge's hash and its node + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Two bits per first word: a token with either bit unset starts no key. */
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  /** Edges whose word has a non-ASCII letter: "parent join word" → node. */
  private readonly other = new Map<string, number>();

  constructor(first: ReadonlyMap<string, KeyNode>, everyday: (word: string) => boolean) {
    const edges: { parent: number; join: number; word: string; node: KeyNode }[] = [];
    for (const [word, node] of first) edges.push({ parent: ROOT, join: 0, word, node });
    // Breadth first: a node's id is its place in `edges`, its children come after it.
    for (let id = 0; id < edges.length; id++) {
      for (const [sep, words] of (edges[id] as (typeof edges)[number]).node.next ?? []) {
        const join = JOIN_CODE[sep] ?? 0;
        for (const [word, node] of words) edges.push({ parent: id, join, word, node });
      }
    }
    const n = edges.length;
    this.flags = new Uint8Array(n);
    this.parents = new Int32Array(n);
    this.joins = new Uint8Array(n);
    this.wordStarts = new Int32Array(n);
    this.wordLengths = new Int32Array(n);
    let size = 16;
    while (size < n * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    const letters: number[] = [];
    for (let id = 0; id < n; id++) {
      const { parent, join, word, node } = edges[id] as (typeof edges)[number];
      const entry = node.entry;
      this.entries.push(entry);
      let f = node.next ? HAS_NEXT : 0;
      if (entry) {
        f |= HAS_ENTRY;
        if (entry.capital) f |= CAPITAL;
        if (entry.upper) f |= UPPER;
        if (entry.ambiguous) f |= AMBIGUOUS;
      }
      if (parent === ROOT && everyday(word)) f |= EVERYDAY;
      this.flags[id] = f;
      this.parents[id] = parent;
      this.joins[id] = join;
      const hash = foldedHash(word, 0, word.length);
      if (hash < 0) {
        this.other.set(`${parent} ${join} ${word}`, id);
        continue;
      }
      this.wordStarts[id] = letters.length;
      this.wordLengths[id] = word.length;
      for (let i = 0; i < word.length; i++) letters.push(String.prototype.charCodeAt.call(word, i));
      if (parent === ROOT) {
        for (const bit of [hash & 0xffff, (hash >>> 14) & 0xffff]) {
          this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
        }
      }
      const h = edgeHash(parent, join, hash);
      let slot = h & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = h;
      this.slots[slot * 2 + 1] = id + 1;
    }
    this.pool = Uint8Array.from(letters);
  }

  /** The node of the first word text[start..end) (`hash` its `foldedHash`), or -1. */
  first(text: string, start: number, end: number, hash: number): number {
    if (hash < 0) return this.otherChild(ROOT, 0, text, start, end);
    const filter = this.filter;
    if (((filter[(hash & 0xffff) >>> 5] as number) & (1 << (hash & 31))) === 0) return -1;
    const second = (hash >>> 14) & 0xffff;
    if (((filter[second >>> 5] as number) & (1 << (second & 31))) === 0) return -1;
    return this.find(ROOT, 0, text, start, end, hash);
  }

  /** The node under `parent` by separator `join` and the word text[start..end), or -1. */
  child(
    parent: number,
    join: number,
    text: string,
    start: number,
    end: number,
    hash: number,
  ): number {
    if (hash < 0) return this.otherChild(parent, join, text, start, end);
    return this.find(parent, join, text, start, end, hash);
  }

  /** A word with other than ASCII letters: lowercase it ("İ", "K" may lower to ASCII). */
  private otherChild(
    parent: number,
    join: number,
    text: string,
    start: number,
    end: number,
  ): number {
    const word = text.slice(start, end).toLowerCase();
    const hash = foldedHash(word, 0, word.length);
    if (hash >= 0) return this.find(parent, join, word, 0, word.length, hash);
    return this.other.get(`${parent} ${join} ${word}`) ?? -1;
  }

  private find(
    parent: number,
    join: number,
    text: string,
    start: number,
    end: number,
    hash: number,
  ): number {
    const slots = this.slots;
    const h = edgeHash(parent, join, hash);
    let slot = h & this.mask;
    for (;;) {
      const id = (slots[slot * 2 + 1] as number) - 1;
      if (id < 0) return -1;
      if (
        slots[slot * 2] === h &&
        this.parents[id] === parent &&
        this.joins[id] === join &&
        this.sameWord(id, text, start, end)
      ) {
        return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private sameWord(id: number, text: string, start: number, end: number): boolean {
    const length = this.wordLengths[id] as number;
    if (length !== end - start) return false;
    const pool = this.pool;
    const from = this.wordStarts[id] as number;
    for (let i = 0; i < length; i++) {
      let c = String.prototype.charCodeAt.call(text, start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== pool[from + i]) return false;
    }
    return true;
  }
}
