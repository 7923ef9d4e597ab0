import { isSpaceCode } from './chars';
import { forgetAfterExtract } from './memo';

/**
 * One shared first look for the readers' word lists. Most sentences hold none of a reader's
 * words, and a big case-insensitive alternation scanned over every position of every sentence
 * was the engine's largest single cost. Here each sentence is read once: from every word start
 * (no Latin letter before), its case-folded characters walk one trie of every registered list's
 * keys, giving a bit per list that may match. A list's key for a word is the start of its longest
 * piece (a run that starts after a non-letter: "a plus" → "plus"), so a sentence that matches the
 * word has that key at a word start. A list of phrases has a second bit, for each phrase's longest
 * other piece ("work from home": "work", then "from"), or for a second list every match also holds
 * (`AlsoWords`); the look needs both. A bit is a "maybe": the caller then runs its exact pattern.
 * A look never misses a sentence the pattern would match.
 */

/** The Latin letters of the engine's "no letter before" (`lexicon/letters.ts` LATIN). */
function isLatinLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** The keys worked out so far: the lists' words and the index's table ask for the same few often. */
const FOLD_KEYS = new Map<string, string>();

/**
 * A character's key under case-insensitive matching, with or without the `u` flag: coarser than
 * either (ſ, s and S share one), so two characters that may match each other share a key.
 */
export function foldKey(c: string): string {
  let key = FOLD_KEYS.get(c);
  if (key === undefined) {
    const up = c.toUpperCase();
    const base = [...up].length === 1 ? up : c;
    const low = base.toLowerCase();
    key = [...low].length === 1 ? low : c.toLowerCase();
    FOLD_KEYS.set(c, key);
  }
  return key;
}

/**
 * A registered word list: its bits, or `always` when a word has no key. A list of phrases has two
 * bits: `word`/`mask` for each phrase's key, `word2`/`mask2` for the key of another of its pieces
 * ("work from home": "work", then "home"); a sentence that holds a phrase holds both keys, so the
 * look answers "maybe" only where both bits are set. A list of single words has one bit (both
 * pairs name it).
 */
export interface StartLook {
  readonly word: number;
  readonly mask: number;
  readonly word2: number;
  readonly mask2: number;
  readonly always: boolean;
}

/** Each list has a bit or two: 30 bits to a word, WORDS words per node and per sentence. */
const WORDS = 12;
const MAX_BITS = 30 * WORDS;
/** How much of a piece the key holds: enough to tell "completed" from "company". */
const KEY_LENGTH = 8;
/** Key characters get small ids (1-1023), so a trie step is one small integer. */
const MAX_IDS = 1023;
const LOW = 0x250;
/** isLatinLetter for the codes below LOW, as a table (the index reads every character). */
const LATIN_LOW = Uint8Array.from({ length: LOW }, (_, c) => (isLatinLetter(c) ? 1 : 0));

const idOfFold = new Map<string, number>();
/** Raw character code below 0x250 → id of its fold (0: no key uses it). */
const lowIds = new Uint16Array(LOW);
/** Raw character code from 0x250 → id (computed when first seen). */
const highIds = new Map<number, number>();
/** The keys as a trie: (node << 10 | character id) → child node; node 0 is the root. */
// An open-addressed table of int keys (a Map's generic hashing costs more on this path): each
// slot is a pair, the step's key then its child, so one probe reads one cache line.
let tableBits = 12;
let stepTable = new Int32Array(2 << tableBits).fill(-1);
let steps = 0;

function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - tableBits);
}

/** The root's children by character id (most word starts end their walk at the first step). */
const rootChildren = new Int32Array(MAX_IDS + 1).fill(-1);

/** The child node a step leads to, or -1. */
function childOf(key: number): number {
  if (key <= MAX_IDS) return rootChildren[key] as number;
  const mask = (1 << tableBits) - 1;
  for (let i = slotOf(key); ; i = (i + 1) & mask) {
    const k = stepTable[2 * i] as number;
    if (k === key) return stepTable[2 * i + 1] as number;
    if (k === -1) return -1;
  }
}

function putChild(key: number, node: number): void {
  if (key <= MAX_IDS) {
    rootChildren[key] = node;
    return;
  }
  if ((steps + 1) * 4 > stepTable.length) {
    const old = stepTable;
    tableBits++;
    stepTable = new Int32Array(2 << tableBits).fill(-1);
    steps = 0;
    for (let i = 0; i < old.length; i += 2) {
      if ((old[i] as number) !== -1) putChild(old[i] as number, old[i + 1] as number);
    }
  }
  const mask = (1 << tableBits) - 1;
  let i = slotOf(key);
  while ((stepTable[2 * i] as number) !== -1) i = (i + 1) & mask;
  stepTable[2 * i] = key;
  stepTable[2 * i + 1] = node;
  steps++;
}
/**
 * Per node, the rows of bits of the lists whose keys end there: `rowOf[2 * node]` for keys that
 * may go on (a prefix), `rowOf[2 * node + 1]` for keys that must end a word; 0 when none does.
 * Row r holds WORDS words from r * WORDS of `rows` (row 0 stays empty). Few nodes end a key, so
 * the rows are kept apart from the nodes: the index reads less memory.
 */
let rowOf = new Int32Array(2 * 256);
let rows = new Int32Array(64 * WORDS);
let rowCount = 1;
let nodes = 1;
let looks = 0;

function charId(code: number): number {
  if (code < LOW) return lowIds[code] as number;
  let id = highIds.get(code);
  if (id === undefined) {
    const f = foldKey(String.fromCharCode(code));
    id = f.length === 1 ? (idOfFold.get(f) ?? 0) : 0;
    highIds.set(code, id);
  }
  return id;
}

/** A new key character: every raw character folding to it now maps to its id. */
function addChar(fold: string): number | null {
  const known = idOfFold.get(fold);
  if (known !== undefined) return known;
  if (idOfFold.size >= MAX_IDS) return null;
  const id = idOfFold.size + 1;
  idOfFold.set(fold, id);
  for (let c = 0; c < LOW; c++) {
    if (foldKey(String.fromCharCode(c)) === fold) lowIds[c] = id;
  }
  highIds.clear();
  return id;
}

interface Key {
  chars: string[];
  /** The key is the word's whole last piece: a whole-word pattern has no letter after it. */
  last: boolean;
}

/** The word's pieces (runs after a non-letter) as keys of up to KEY_LENGTH folded characters. */
function piecesOf(word: string): Key[] {
  const w = word.trim();
  const out: Key[] = [];
  for (let j = 0; j < w.length; j++) {
    if (isSpaceCode(String.prototype.charCodeAt.call(w, j))) continue;
    if (j > 0 && isLatinLetter(String.prototype.charCodeAt.call(w, j - 1))) continue;
    const chars: string[] = [];
    let k = j;
    for (; k < w.length && chars.length < KEY_LENGTH; k++) {
      const ch = w[k] as string;
      if (isSpaceCode(String.prototype.charCodeAt.call(w, k))) break;
      const f = foldKey(ch);
      if ([...f].length !== 1 || (f.codePointAt(0) as number) > 0xffff) break;
      chars.push(f);
    }
    if (chars.length > 0) out.push({ chars, last: k === w.length });
  }
  return out;
}

/**
 * The word's key: its longest piece's first folded characters (up to KEY_LENGTH), or null. For
 * a whole-word pattern, its last piece when whole and no shorter than four characters (or than
 * the longest): "a plus" → "plus", then only where no letter follows.
 */
export function keyOf(word: string, whole = false): Key | null {
  return keysOf(word, whole)?.[0] ?? null;
}

/** A second key counts only when it is this long: a short piece ("de", "a") opens too much. */
const MIN_SECOND = 3;

/**
 * The word's key (`keyOf`) and, for a phrase, the key of its longest other piece of at least
 * MIN_SECOND characters ("work from home" → "work", "home"); a single key otherwise.
 */
export function keysOf(word: string, whole = false): [Key] | [Key, Key] | null {
  const pieces = piecesOf(word);
  let best: Key | null = null;
  for (const piece of pieces) {
    if (piece.chars.length > (best?.chars.length ?? 0)) best = piece;
  }
  if (!best) return null;
  let first: Key = { chars: best.chars, last: false };
  let firstPiece = best;
  if (whole) {
    const last = pieces.findLast((p) => p.last);
    if (last && last.chars.length >= Math.min(4, best.chars.length)) {
      first = last;
      firstPiece = last;
    }
  }
  let second: Key | null = null;
  for (const piece of pieces) {
    if (piece === firstPiece || piece.chars.length < MIN_SECOND) continue;
    if (piece.chars.length > (second?.chars.length ?? 0)) second = piece;
  }
  if (!second) return [first];
  return [first, { chars: second.chars, last: whole && second.last }];
}

/** Nodes stay below 2^20, so `node << 10 | id` stays a small integer. */
const MAX_NODES = 1 << 20;

/** Adds a key to the trie; false when the trie is full. */
function addKey(ids: readonly number[], word: number, mask: number, last: boolean): boolean {
  let node = 0;
  for (const id of ids) {
    const step = (node << 10) | id;
    let child = childOf(step);
    if (child === -1) {
      if (nodes >= MAX_NODES) return false;
      child = nodes++;
      putChild(step, child);
      if (2 * child >= rowOf.length) {
        const grown = new Int32Array(rowOf.length * 2);
        grown.set(rowOf);
        rowOf = grown;
      }
    }
    node = child;
  }
  const slot = 2 * node + (last ? 1 : 0);
  if (rowOf[slot] === 0) {
    if ((rowCount + 1) * WORDS > rows.length) {
      const grown = new Int32Array(rows.length * 2);
      grown.set(rows);
      rows = grown;
    }
    rowOf[slot] = rowCount++;
  }
  const at = (rowOf[slot] as number) * WORDS + word;
  rows[at] = (rows[at] as number) | mask;
  packed = false;
  return true;
}

/**
 * The rows as the index reads them: row r's non-zero words only, as (word, mask) pairs from
 * `rowStart[r]` to `rowStart[r + 1]`. A row has a bit or two in one or two of its words; the
 * index ORs those instead of every word in use. Packed again after a list is registered.
 */
let rowStart = new Int32Array(1);
let rowWord = new Int32Array(0);
let rowMask = new Int32Array(0);
let packed = false;

/**
 * The trie as the index walks it, numbered breadth first so that a node's children are neighbours:
 * node n's children are `firstChild[n]` up to `firstChild[n + 1]`, sorted by character id
 * (`childId`); node 0 is the root, whose children are also found at once by id (`rootChild`). The
 * build's table spreads its steps over a quarter of a megabyte, and a step there was mostly a
 * cache miss (the index's largest cost); these arrays are a tenth of that, read in order. Per
 * node, `prefixRow` and `wholeRow` are its rows (`rowOf`'s two slots).
 */
let rootChild = new Int32Array(MAX_IDS + 1).fill(-1);
let firstChild = new Int32Array(2);
let childId = new Uint16Array(1);
let prefixRow = new Int32Array(1);
let wholeRow = new Int32Array(1);

function packTrie(): void {
  // Each node's children from the build's table, as (parent, id, child) triples grouped by parent.
  const count = new Int32Array(nodes);
  const edges: number[] = [];
  for (let id = 1; id <= MAX_IDS; id++) {
    const child = rootChildren[id] as number;
    if (child !== -1) edges.push(0, id, child);
  }
  for (let i = 0; i < stepTable.length; i += 2) {
    const key = stepTable[i] as number;
    if (key !== -1) edges.push(key >>> 10, key & MAX_IDS, stepTable[i + 1] as number);
  }
  for (let e = 0; e < edges.length; e += 3) {
    const parent = edges[e] as number;
    count[parent] = (count[parent] as number) + 1;
  }
  const start = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) start[n + 1] = (start[n] as number) + (count[n] as number);
  const fill = start.slice(0, nodes);
  const kidId = new Int32Array(edges.length / 3);
  const kidNode = new Int32Array(edges.length / 3);
  for (let e = 0; e < edges.length; e += 3) {
    const parent = edges[e] as number;
    const at = fill[parent] as number;
    fill[parent] = at + 1;
    kidId[at] = edges[e + 1] as number;
    kidNode[at] = edges[e + 2] as number;
  }
  // Breadth first: the new number of each old node, its children numbered together, by id.
  firstChild = new Int32Array(nodes + 1);
  childId = new Uint16Array(nodes);
  prefixRow = new Int32Array(nodes);
  wholeRow = new Int32Array(nodes);
  rootChild = new Int32Array(MAX_IDS + 1).fill(-1);
  const queue = new Int32Array(nodes);
  let next = 1;
  for (let n = 0; n < next; n++) {
    const old = queue[n] as number;
    prefixRow[n] = rowOf[2 * old] as number;
    wholeRow[n] = rowOf[2 * old + 1] as number;
    firstChild[n] = next;
    const from = start[old] as number;
    const to = start[old + 1] as number;
    const order = Array.from({ length: to - from }, (_, j) => from + j).sort(
      (a, b) => (kidId[a] as number) - (kidId[b] as number),
    );
    for (const j of order) {
      childId[next] = kidId[j] as number;
      if (old === 0) rootChild[kidId[j] as number] = next;
      queue[next++] = kidNode[j] as number;
    }
  }
  firstChild[nodes] = next;
}

function packRows(): void {
  let n = 0;
  for (let at = WORDS; at < rowCount * WORDS; at++) if (rows[at] !== 0) n++;
  rowStart = new Int32Array(rowCount + 1);
  rowWord = new Int32Array(n);
  rowMask = new Int32Array(n);
  let j = 0;
  for (let r = 1; r < rowCount; r++) {
    rowStart[r] = j;
    for (let w = 0; w < WORDS; w++) {
      const mask = rows[r * WORDS + w] as number;
      if (mask === 0) continue;
      rowWord[j] = w;
      rowMask[j] = mask;
      j++;
    }
  }
  rowStart[rowCount] = j;
  packTrie();
  packed = true;
}

/**
 * Registers a word list; the sentences' bits are read afresh from then on. `whole`: the pattern
 * never has a letter right after the words (`(?![\p{L}\p{N}])`), so a short key stops matching
 * "based" for "BA".
 */
export function startLook(words: Iterable<string>, whole = false, also?: AlsoWords): StartLook {
  const nonBlank = (w: string) => w.trim() !== '';
  const keyed = [...words].filter(nonBlank).map((w) => keysOf(w, whole));
  const firsts = keyed.map((keys) => keys?.[0] ?? null);
  // The second bit: each phrase's other key (a single word's key sets both), or the second list.
  const seconds =
    also === undefined
      ? keyed.map((keys) => keys?.[1] ?? keys?.[0] ?? null)
      : [...also.words].filter(nonBlank).map((w) => keyOf(w, also.whole));
  const paired = also !== undefined || keyed.some((keys) => keys?.length === 2);
  if (looks + (paired ? 2 : 1) > MAX_BITS) throw new Error('too many start looks');
  const one = nextBit();
  const two = paired ? nextBit() : one;
  forget();
  let always = also !== undefined && seconds.length === 0;
  for (const key of firsts) if (!addTo(key, one)) always = true;
  for (const key of seconds) if (!addTo(key, two)) always = true;
  return { word: one.word, mask: one.mask, word2: two.word, mask2: two.mask, always };
}

/** A list's bit: the next free one. */
function nextBit(): { word: number; mask: number } {
  const at = { word: Math.floor(looks / 30), mask: 1 << (looks % 30) };
  looks++;
  return at;
}

/** Adds a key to the trie under a list's bit; false when it cannot (no key, or the trie is full). */
function addTo(key: Key | null, at: { word: number; mask: number }): boolean {
  const ids = key?.chars.map(addChar);
  if (!key || !ids || ids.some((id) => id === null)) return false;
  return addKey(ids as number[], at.word, at.mask, key.last);
}

/**
 * A second list every match also holds at a word start ("2 days in the office": a count of days,
 * and a place): `whole` as for the first list (no letter after its words in any match).
 */
export interface AlsoWords {
  readonly words: Iterable<string>;
  readonly whole?: boolean;
}

/** Each sentence's bits, WORDS ints from its offset, in one pool reused from posting to posting. */
let pool = new Int32Array(WORDS * 256);
let pooled = 0;

/** Reads a sentence's bits into the pool; returns their offset. */
function bitsOf(text: string): number {
  if (pooled + WORDS > pool.length) {
    const grown = new Int32Array(pool.length * 2);
    grown.set(pool);
    pool = grown;
  }
  if (!packed) packRows();
  const at0 = pooled;
  pooled += WORDS;
  const bits = pool;
  bits.fill(0, at0, at0 + WORDS);
  let prevLetter = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = String.prototype.charCodeAt.call(text, i);
    const letter = code < LOW ? LATIN_LOW[code] === 1 : false;
    if (prevLetter) {
      prevLetter = letter;
      continue;
    }
    prevLetter = letter;
    let node = 0;
    for (let k = i; k < n && k < i + KEY_LENGTH; k++) {
      const c = k === i ? code : String.prototype.charCodeAt.call(text, k);
      const id = c < LOW ? (lowIds[c] as number) : charId(c);
      if (id === 0) break;
      let child = -1;
      if (node === 0) {
        child = rootChild[id] as number;
      } else {
        for (
          let j = firstChild[node] as number, end = firstChild[node + 1] as number;
          j < end;
          j++
        ) {
          const known = childId[j] as number;
          if (known >= id) {
            if (known === id) child = j;
            break;
          }
        }
      }
      if (child === -1) break;
      node = child;
      const prefix = prefixRow[node] as number;
      const whole = wholeRow[node] as number;
      if (prefix !== 0) {
        for (
          let j = rowStart[prefix] as number, end = rowStart[prefix + 1] as number;
          j < end;
          j++
        ) {
          const w = at0 + (rowWord[j] as number);
          bits[w] = (bits[w] as number) | (rowMask[j] as number);
        }
      }
      if (
        whole !== 0 &&
        (k + 1 >= n || !isLatinLetter(String.prototype.charCodeAt.call(text, k + 1)))
      ) {
        for (let j = rowStart[whole] as number, end = rowStart[whole + 1] as number; j < end; j++) {
          const w = at0 + (rowWord[j] as number);
          bits[w] = (bits[w] as number) | (rowMask[j] as number);
        }
      }
    }
  }
  return at0;
}

/**
 * Tests only: `off = true` makes every look answer "maybe", so a test can run the engine with and
 * without the index and require the same output.
 */
export const lookMode = { off: false };

/** Sentences are read by several readers in turn: each distinct text is indexed once. */
const CACHE_SIZE = 4096;
/**
 * The texts indexed so far, in the order they were first asked about, and their bits' offsets.
 * Readers walk the sentences in order, each reader again from the first: the next text asked
 * about is mostly the last one or one a few places after it, found by identity without hashing.
 */
const order: string[] = [];
const offsets: number[] = [];
/** Some sentences were left out of the index (past CACHE_SIZE): no text-wide answer. */
let overflowed = false;
/** Where in `order` the last text asked about is. */
let cursor = -1;
/** Text → its place in `order`, filled only when a text is asked about out of turn. */
const placeOf = new Map<string, number>();
/** `order` up to here is in `placeOf`. */
let placed = 0;
/** How far ahead of the last text a reader's next text is looked for before hashing. */
const AHEAD = 8;

/** Every sentence of the extraction's text has been indexed (`indexedWholeText`). */
let wholeText = false;

function forget(): void {
  wholeText = false;
  overflowed = false;
  order.length = 0;
  offsets.length = 0;
  placeOf.clear();
  placed = 0;
  cursor = -1;
  pooled = 0;
}

/** Drops the sentences read so far: an extraction ends, and nothing of its text stays held. */
forgetAfterExtract(forget);

/** The place of `text` in `order`, indexing it first when it is new. */
function placeOfText(text: string): number {
  const last = Math.min(order.length - 1, cursor + AHEAD);
  for (let i = Math.max(cursor, 0); i <= last; i++) if (order[i] === text) return i;
  // Out of turn (a reader went back, or skipped far ahead): by hash, the map brought up to date.
  for (; placed < order.length; placed++) {
    const known = order[placed] as string;
    if (!placeOf.has(known)) placeOf.set(known, placed);
  }
  const known = placeOf.get(text);
  if (known !== undefined) return known;
  if (order.length >= CACHE_SIZE) forget();
  order.push(text);
  offsets.push(bitsOf(text));
  return order.length - 1;
}

/**
 * Indexes the sentences the readers are about to walk, in their order, so that each reader finds
 * them in turn (`placeOfText`). A text asked about before (a header line read early) is indexed
 * again here, so that it stands in reading order too; past CACHE_SIZE texts, nothing is added and
 * lookups go by hash.
 */
export function indexInOrder(texts: readonly string[]): void {
  if (order.length + texts.length > CACHE_SIZE) {
    overflowed = true;
    return;
  }
  for (const text of texts) {
    order.push(text);
    offsets.push(bitsOf(text));
  }
}

/** Whether `text` may hold a word of `look`'s list at a word start (never a false "no"). */
export function mayStart(text: string, look: StartLook): boolean {
  if (look.always || lookMode.off) return true;
  cursor = placeOfText(text);
  const at = offsets[cursor] as number;
  return (
    ((pool[at + look.word] as number) & look.mask) !== 0 &&
    ((pool[at + look.word2] as number) & look.mask2) !== 0
  );
}

/**
 * The extraction's every sentence is now indexed (`indexInOrder`, each block's): a pattern run
 * over the whole text may first ask `textMayStart`. Sentences hold every word of the text, the
 * headings' too, so a word at a word start of the text is at one of some sentence.
 */
export function indexedWholeText(): void {
  wholeText = !overflowed;
}

/**
 * Whether the whole text may hold a word of `look`'s list at a word start: whether some indexed
 * sentence may. "Maybe" until every sentence is indexed, and for a list of phrases both of whose
 * keys must then sit in one sentence, as a phrase's words do.
 */
export function textMayStart(look: StartLook): boolean {
  if (look.always || lookMode.off || !wholeText) return true;
  for (const at of offsets) {
    if (
      ((pool[at + look.word] as number) & look.mask) !== 0 &&
      ((pool[at + look.word2] as number) & look.mask2) !== 0
    ) {
      return true;
    }
  }
  return false;
}
