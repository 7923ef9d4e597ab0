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

/** Items of one clause, with whether a known match covers each exactly. */
function itemsOf(text: string, from: number, to: number, known: readonly Span[]): Item[] {
  const items: Item[] = [];
  const clause = text.slice(from, to);
  let at = 0;
  const push = (s: number, e: number) => {
    let start = from + s;
    let end = from + e;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end <= start) return;
    const exact = known.some((k) => k.start === start && k.end === end);
    // "Strong Python": a known name inside the item makes it a phrase about that name.
    const partial = !exact && known.some((k) => k.start < end && start < k.end);
    items.push({ start, end, known: exact, partial });
  };
  ITEM_GAP.lastIndex = 0;
  for (const m of clause.matchAll(ITEM_GAP)) {
    // "Pub/Sub", "CI/CD", "Weights & Biases": a separator inside a known name is part of it.
    const gap = from + (m.index ?? 0);
    if (known.some((k) => k.start < gap && gap < k.end)) continue;
    push(at, m.index ?? 0);
    at = (m.index ?? 0) + m[0].length;
  }
  push(at, clause.length);
  return items;
}

/** Spans of unknown names listed among at least two known ones. `known` are the dictionary hits. */
export function listedNames(text: string, known: readonly Span[]): Span[] {
  if (known.length < MIN_KNOWN) return [];
  const out: Span[] = [];
  let from = 0;
  const clauses: [number, number][] = [];
  CLAUSE_END.lastIndex = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    clauses.push([from, m.index ?? 0]);
    from = (m.index ?? 0) + m[0].length;
  }
  clauses.push([from, text.length]);
  for (const [start, end] of clauses) {
    const inside = known.filter((k) => k.start >= start && k.end <= end);
    if (inside.length < MIN_KNOWN) continue;
    const items = itemsOf(text, start, end, inside);
    const knownCount = items.filter((i) => i.known).length;
    // Mostly tools: at least two known items and at least half of the list.
    if (knownCount < MIN_KNOWN || knownCount * 2 < items.length) continue;
    for (const item of items) {
      if (item.known || item.partial) continue;
      const surface = text.slice(item.start, item.end);
      if (NAME_SHAPE.test(surface) && !NOT_NAME.test(surface)) out.push(item);
    }
  }
  return out;
}
