import { LEXICONS } from '../lexicon/build';

/**
 * A requirement list that lost its line breaks and bullets, as an ATS's structured data gives it
 * ("Hbo werk- en denkniveau Minimaal 3 jaar relevante werkervaring Ervaring met JavaScript …
 * Kennis van Azure is een pre"): its items run into each other with a space only. A lower-case
 * word, a space, then a capitalised word that opens list items (lexicon `sections.itemOpeners`)
 * starts the next item, so that a cue at one item's end ("is een pre", "a plus") marks that item
 * only. Prose does not write such a capital after a lower-case word without a stop before it.
 */

/** The words that open a language's list items, and whether a capitalised word may precede them. */
export interface ItemOpeners {
  words: ReadonlySet<string>;
  afterCapitals: boolean;
  /** Field labels, lower case (lexicon `sections.fieldLabels`). */
  labels: ReadonlySet<string>;
}

/**
 * Item openers as written, capitalised (the case is the signal), per language: the posting's own
 * only, as another language's opener may be a noun here ("Niveau" opens a French item, and sits
 * inside a German one: "auf hohem Niveau").
 */
const OPENERS = new Map<string, ItemOpeners>(
  LEXICONS.map((l) => [
    l.code,
    {
      words: new Set(l.sections.itemOpeners),
      afterCapitals: l.capitalisedNouns,
      labels: new Set(l.sections.fieldLabels.map((w) => w.toLowerCase())),
    },
  ]),
);
const NONE: ItemOpeners = { words: new Set(), afterCapitals: false, labels: new Set() };

/** The item openers of a language (ISO 639-1), none for a language the lexicons lack. */
export function itemOpeners(lang: string): ItemOpeners {
  return OPENERS.get(lang) ?? NONE;
}

/** After a short word ("with", "de", "bei"), a capitalised word is a name ("with Strong Ltd"). */
const STOPWORDS = new Set(LEXICONS.flatMap((l) => l.stopwords.map((w) => w.toLowerCase())));

/** Shorter pieces are one item or one sentence as written. */
const MIN_GLUED = 100;
/** Neither side of a cut is shorter than this: "5 years Experience" stays one item. */
const MIN_ITEM = 20;
/** The longest opener looked up, in characters. */
const MAX_WORD = 20;
/** At most this many cuts in one piece: hostile text costs no more than one scan. */
const MAX_CUTS = 24;

/** A capital of the Latin letters the lexicons write (ASCII and Latin-1), by its code. */
export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A lower-case Latin letter (ASCII and Latin-1), by its code: the end of a word, no stop after it. */
export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c) || c === 45;
}

/**
 * The offsets in `text` where the items glued inside the piece [start, end) begin, in order: each
 * a capitalised item opener after a space and a word of three letters or more that ends in lower
 * case, is no stopword and (but in German) starts in lower case. One look at each space of the
 * piece; `openers` is asked for only at a space before a capital (the language is read then).
 */
export function gluedItemStarts(
  text: string,
  start: number,
  end: number,
  openers: () => ItemOpeners,
): number[] {
  const out: number[] = [];
  if (end - start < MIN_GLUED) return out;
  // The piece alone: its spaces are found by `indexOf`, which then cannot look past its end.
  const piece = text.slice(start, end);
  const n = piece.length;
  const code = (k: number) => String.prototype.charCodeAt.call(piece, k);
  let last = 0;
  for (
    let i = piece.indexOf(' ', MIN_ITEM);
    i >= 0 && i < n - MIN_ITEM && out.length < MAX_CUTS;
    i = piece.indexOf(' ', i + 1)
  ) {
    if (!isUpper(code(i + 1)) || !isLower(code(i - 1))) continue;
    if (i + 1 - last < MIN_ITEM) continue;
    let w = i + 1;
    while (w < n && w - i <= MAX_WORD && isLetter(code(w))) w++;
    const { words, afterCapitals } = openers();
    if (!words.has(piece.slice(i + 1, w))) continue;
    let b = i;
    while (b > last && i - b <= MAX_WORD && isLetter(code(b - 1))) b--;
    const before = piece.slice(b, i);
    if (before.length < 3 || STOPWORDS.has(before.toLowerCase())) continue;
    if (!afterCapitals && !isLower(code(b))) continue;
    out.push(start + i + 1);
    last = i + 1;
  }
  return out;
}

/** Shorter pieces hold one field as written. */
export const MIN_FIELDS = 40;
/** The longest field label looked up before a colon, in characters. */
const MAX_LABEL = 32;
/** At most this many colons of one piece are looked at: hostile text costs one bounded scan. */
const MAX_LABEL_COLONS = 16;

/**
 * A posting's fields that lost their line breaks ("Schedule: Day shift Education: Bachelor's
 * (Preferred) Experience: total work: 1 year (Preferred)", "Contrat : CDI - 6 mois Expérience :
 * Débutant accepté"): the offsets in `piece` where a capitalised field label (lexicon
 * `sections.fieldLabels`) with its colon starts after a value, so that each field, and the cue at
 * its end, is read alone. The label follows a space and a value: never a colon (the label of a
 * label: "Experience: Welding: 2 years"), never a stopword ("our Benefits:"). A few colons, each
 * with a bounded look back.
 */
export function fieldLabelStarts(piece: string, openers: () => ItemOpeners): number[] {
  const out: number[] = [];
  if (piece.length < MIN_FIELDS) return out;
  let last = 0;
  let seen = 0;
  for (
    let c = piece.indexOf(':', 1);
    c > 0 && seen < MAX_LABEL_COLONS;
    c = piece.indexOf(':', c + 1), seen++
  ) {
    if (c + 1 < piece.length && piece[c + 1] !== ' ') continue;
    const end = piece[c - 1] === ' ' ? c - 1 : c;
    let found = -1;
    for (let b = end - 1; b > last + 1 && end - b <= MAX_LABEL; b--) {
      if (piece[b - 1] !== ' ') continue;
      const ch = piece[b] as string;
      if (ch === ch.toLowerCase()) continue;
      if (openers().labels.has(piece.slice(b, end).toLowerCase())) found = b;
    }
    if (found < 0) continue;
    const before = piece[found - 2] as string;
    if (before === ':' || before === ' ') continue;
    let w = found - 1;
    while (w > last && found - 1 - w <= MAX_WORD && piece[w - 1] !== ' ') w--;
    if (STOPWORDS.has(piece.slice(w, found - 1).toLowerCase())) continue;
    out.push(found);
    last = found;
  }
  return out;
}
