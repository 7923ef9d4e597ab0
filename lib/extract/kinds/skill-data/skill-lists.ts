import { isSpaceCode as isSpace } from '../../pipeline/chars';
import { warmLater } from '../../pipeline/gate';
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
  /\s{0,3}[,/|]\s{0,3}|\s{1,3}(?:and|or|&|und|oder|et|ou|y|o|e|en|of|und\/oder|and\/or|as well as)\s{1,3}/gi;
/** One to three capitalised or CamelCase words, digits and tool punctuation allowed: "Ktor", "Amazon QuickSight". */
const NAME_SHAPE =
  /^[\p{Lu}\d][\p{L}\d.+#_-]{0,24}(?:\s[\p{Lu}\d][\p{L}\d.+#_-]{0,24}){0,2}$|^\p{Ll}[\p{Ll}\d]{0,10}\p{Lu}[\p{L}\d]{0,20}$/u;
/** Capitalised words that lists of tools end or start with but that are not tools. */
const NOT_NAME = new RegExp(
  '^(?:etc|others?|similar|more|any|all|some|ability|abilities|understanding|other tools|' +
    String.raw`equivalent|similar tools|the like|e\.g|i\.e|including|such as|like|knowledge|experience|` +
    'strong|good|basic|advanced|excellent|familiarity|proficiency|English|French|German|' +
    // "Membership of CIPD or ACCA": the standing held in a body, not a tool.
    'membership|member|registration|accreditation|Mitgliedschaft|lidmaatschap|adhésion|' +
    'Spanish|Italian|Portuguese|Dutch|Chinese|Japanese|Mandarin|Arabic|Russian|Polish|' +
    // A duty line's opening verb: "Develop and optimise pipelines using dbt or Dataform".
    'develop|design|build|create|maintain|manage|implement|support|ensure|drive|lead|own|write|' +
    'deliver|define|collaborate|analyse|analyze|optimize|optimise|monitor|migrate|deploy|' +
    'document|improve|review|identify|provide|perform|automate|integrate|model|transform)$',
  'i',
);
const MIN_KNOWN = 2;

interface Item extends Span {
  known: boolean;
  partial: boolean;
}

/**
 * The known spans of a sentence come in text order, none empty, none overlapping (`apart`): then
 * the one span that can hold or cross a place is found by a binary search, and a sentence of many
 * clauses and many names stays linear. Other spans are searched one by one.
 */
function apart(known: readonly Span[]): boolean {
  let prevEnd = -1;
  for (const k of known) {
    if (k.start >= k.end || k.start < prevEnd) return false;
    prevEnd = k.end;
  }
  return true;
}

/** Index of the first span (of spans `apart`) ending after `at`, or `known.length`. */
function firstEndingAfter(known: readonly Span[], at: number): number {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((known[mid] as Span).end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether a known span is exactly [start, end), or (`exact` false) overlaps it. */
function knownAt(known: Known, start: number, end: number, exact: boolean): boolean {
  if (known.apart) {
    const k = known.spans[firstEndingAfter(known.spans, start)];
    if (!k) return false;
    return exact ? k.start === start && k.end === end : k.start < end;
  }
  for (const k of known.spans) {
    if (exact ? k.start === start && k.end === end : k.start < end && start < k.end) return true;
  }
  return false;
}

/** Whether a known name runs across `at` ("Pub/Sub", "CI/CD", "Weights & Biases"). */
function inKnown(known: Known, at: number): boolean {
  if (known.apart) {
    const k = known.spans[firstEndingAfter(known.spans, at)];
    return k !== undefined && k.start < at;
  }
  for (const k of known.spans) if (k.start < at && at < k.end) return true;
  return false;
}

interface Known {
  spans: readonly Span[];
  apart: boolean;
}

/** The item text[start..end) without its outer spaces, if anything is left. */
function pushItem(items: Item[], text: string, s: number, e: number, known: Known): void {
  let start = s;
  let end = e;
  while (start < end && isSpace(String.prototype.charCodeAt.call(text, start))) start++;
  while (end > start && isSpace(String.prototype.charCodeAt.call(text, end - 1))) end--;
  if (end <= start) return;
  const exact = knownAt(known, start, end, true);
  // "Strong Python": a known name inside the item makes it a phrase about that name.
  const partial = !exact && knownAt(known, start, end, false);
  items.push({ start, end, known: exact, partial });
}

/** Items of the clause text[from..to), with whether a known match covers each exactly. */
function itemsOf(text: string, from: number, to: number, known: Known): Item[] {
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
function knownInside(known: Known, start: number, end: number): Known {
  const inside: Span[] = [];
  if (!known.apart) {
    for (const k of known.spans) if (k.start >= start && k.end <= end) inside.push(k);
    return { spans: inside, apart: false };
  }
  const spans = known.spans;
  // The first span starting at or after `start`: spans apart have their starts in order.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start >= start) hi = mid;
    else lo = mid + 1;
  }
  for (let q = lo; q < spans.length && (spans[q] as Span).start < end; q++) {
    const k = spans[q] as Span;
    if (k.end <= end) inside.push(k);
  }
  return { spans: inside, apart: true };
}

/** Unknown names of the clause text[start..end) if it is mostly a list of known tools. */
function listedIn(text: string, start: number, end: number, known: Known, out: Span[]) {
  const inside = knownInside(known, start, end);
  if (inside.spans.length < MIN_KNOWN) return;
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
export function listedNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (spans.length < MIN_KNOWN) return out;
  const known: Known = { spans, apart: apart(spans) };
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
