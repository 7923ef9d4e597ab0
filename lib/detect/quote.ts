import { isSkippedTag, tagOf } from './text';

/**
 * Finds a quote of the posting (an evidence sentence) in the page, as a DOM Range. Matching
 * ignores case, whitespace and list bullets: the quote comes from the extracted text, where
 * element boundaries became line breaks and "• " prefixes, while the page has neither.
 */

const IGNORED = /[\s\u00a0\u200b•·▪◦‣-]/;

function fold(c: string): string {
  if (c === '’' || c === '‘') return "'";
  if (c === '“' || c === '”') return '"';
  return c.toLowerCase();
}

function normalise(s: string): string {
  let out = '';
  for (const c of s) if (!IGNORED.test(c)) out += fold(c);
  return out;
}

/** Minimum folded length: shorter quotes match too many places to be worth highlighting. */
const MIN_QUOTE = 8;

export function findQuoteRange(doc: Document, quote: string, root?: Element): Range | null {
  const needle = normalise(quote);
  if (needle.length < MIN_QUOTE) return null;
  const start = root ?? doc.body;
  if (!start) return null;

  // Folded page text, and for each folded character the text node and offset it came from.
  let hay = '';
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const stack: Node[] = [start];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const index = nodes.push(node as Text) - 1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        if (IGNORED.test(c)) continue;
        hay += fold(c);
        nodeOf.push(index);
        offsetOf.push(i);
      }
      continue;
    }
    if (node.nodeType !== 1 || isSkippedTag(tagOf(node as Element))) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }

  const at = hay.indexOf(needle);
  if (at < 0) return null;
  const end = at + needle.length - 1;
  const startNode = nodes[nodeOf[at] ?? -1];
  const endNode = nodes[nodeOf[end] ?? -1];
  const startOffset = offsetOf[at];
  const endOffset = offsetOf[end];
  if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}
