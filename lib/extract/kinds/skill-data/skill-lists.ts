import { warmLater } from '../../pipeline/gate';
import { isSpace } from './tokens';
/**
 * Unknown names in a list of known tools: "Python, Ktor and Exposed", "Jira / Linear / Shortcut".
 * No dictionary keeps up with every library; a capitalised short item listed alongside two or
 * more known tools is almost always another tool. Items are cut at list separators inside one
 * clause (a colon, semicolon, bracket or sentence end closes the list).
 */

export interface Span {
  start: number;
  end: number;
}

/** Clause ends: the list stops here. */
const CLAUSE_END = /[;:()[\]{}!?]|\.(?=\s|$)/g;
/** Separators between list items, as whole words where they are words (several languages). */
const ITEM_GAP =
  /\s{0,3}[,/|]\s{0,3}|\s{1,3}(?:and|or|&|und|oder|et|ou|y|o|e|en|of|und\/oder|and\/or|as well as)\s{1,3}/giu;
/** One to three capitalised or CamelCase words, digits and tool punctuation allowed: "Ktor", "Amazon QuickSight". */
const NAME_SHAPE =
  /^[\p{Lu}\d][\p{L}\d.+#_-]{0,24}(?:\s[\p{Lu}\d][\p{L}\d.+#_-]{0,24}){0,2}$|^\p{Ll}[\p{Ll}\d]{0,10}\p{Lu}[\p{L}\d]{0,20}$/u;
/** Capitalised words that lists of tools end or start with but that are not tools. */
const NOT_NAME = new RegExp(
  '^(?:etc|others?|similar|more|any|all|some|ability|abilities|understanding|other tools|' +
    String.raw`equivalent|similar tools|the like|e\.g|i\.e|including|such as|like|knowledge|experience|` +
    'strong|good|basic|advanced|excellent|familiarity|proficiency|English|French|German|' +
    'Spanish|Italian|Portuguese|Dutch|Chinese|Japanese|Mandarin|Arabic|Russian|Polish)$',
  'i',
);
const MIN_KNOWN = 2;

interface Item extends Span {
  known: boolean;
  partial: boolean;
}

/** Whether a known span is exactly [start, end), or (`exact` false) overlaps it. */
function knownAt(known: readonly Span[], start: number, end: number, exact: boolean): boolean {
  for (const k of known) {
    if (exact ? k.start === start && k.end === end : k.start < end && start < k.end) return true;
  }
  return false;
}

/** Whether a known name runs across `at` ("Pub/Sub", "CI/CD", "Weights & Biases"). */
function inKnown(known: readonly Span[], at: number): boolean {
  for (const k of known) if (k.start < at && at < k.end) return true;
  return false;
}

/** The item text[start..end) without its outer spaces, if anything is left. */
function pushItem(items: Item[], text: string, s: number, e: number, known: readonly Span[]): void {
  let start = s;
  let end = e;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  const exact = knownAt(known, start, end, true);
  // "Strong Python": a known name inside the item makes it a phrase about that name.
  const partial = !exact && knownAt(known, start, end, false);
  items.push({ start, end, known: exact, partial });
}

/** Items of the clause text[from..to), with whether a known match covers each exactly. */
function itemsOf(text: string, from: number, to: number, known: readonly Span[]): Item[] {
  const items: Item[] = [];
  // The clause alone: a search for the next separator must not run on past its end.
  const clause = text.slice(from, to);
  let at = from;
  ITEM_GAP.lastIndex = 0;
  for (let m = ITEM_GAP.exec(clause); m !== null; m = ITEM_GAP.exec(clause)) {
    // "Pub/Sub", "CI/CD", "Weights & Biases": a separator inside a known name is part of it.
    const gap = from + m.index;
    if (inKnown(known, gap)) continue;
    pushItem(items, text, at, gap, known);
    at = gap + m[0].length;
  }
  pushItem(items, text, at, to, known);
  return items;
}

/** The known spans inside [start, end). */
function knownInside(known: readonly Span[], start: number, end: number): Span[] {
  const inside: Span[] = [];
  for (const k of known) if (k.start >= start && k.end <= end) inside.push(k);
  return inside;
}

/** Unknown names of the clause text[start..end) if it is mostly a list of known tools. */
function listedIn(text: string, start: number, end: number, known: readonly Span[], out: Span[]) {
  const inside = knownInside(known, start, end);
  if (inside.length < MIN_KNOWN) return;
  const items = itemsOf(text, start, end, inside);
  let knownCount = 0;
  for (const item of items) if (item.known) knownCount++;
  // Mostly tools: at least two known items and at least half of the list.
  if (knownCount < MIN_KNOWN || knownCount * 2 < items.length) return;
  for (const item of items) {
    if (item.known || item.partial) continue;
    const surface = text.slice(item.start, item.end);
    if (NAME_SHAPE.test(surface) && !NOT_NAME.test(surface)) out.push(item);
  }
}

/** Spans of unknown names listed among at least two known ones. `known` are the dictionary hits. */
export function listedNames(text: string, known: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (known.length < MIN_KNOWN) return out;
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) {
    listedIn(text, from, m.index, known, out);
    from = m.index + m[0].length;
  }
  listedIn(text, from, text.length, known, out);
  return out;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(CLAUSE_END, ITEM_GAP, NAME_SHAPE, NOT_NAME);
