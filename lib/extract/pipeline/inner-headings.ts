import { isSpace } from './chars';
import type { Piece } from './piece';
import { trailingHeadingStart } from './sections';

/** Shorter pieces are items or headings as written, not paragraphs that lost their breaks. */
export const MIN_INNER_SPLIT = 80;
/** How far before a colon its heading may start (`trailingHeadingStart` reads 60 characters). */
const INNER_LOOK_BACK = 100;
const MAX_INNER_COLONS = 12;
const MAX_INNER_CUTS = 8;

/**
 * A heading inside a piece whose line breaks were lost ("…in finance or accounting Nice to Have:
 * Master degree…"): the piece is cut before the heading and after its colon, so that what follows
 * is read under it. Only a heading the lexicon classifies (required or preferred) cuts.
 */
export function splitInnerHeadings(text: string, pieces: Piece[]): void {
  if (!pieces.some((p) => p.end - p.start >= MIN_INNER_SPLIT)) return;
  const out: Piece[] = [];
  let cuts = 0;
  for (const p of pieces) {
    let start = p.start;
    // A few colons of each piece, each with a bounded look back: a paragraph has a handful, and
    // hostile text with thousands costs no more than this.
    if (p.end - p.start >= MIN_INNER_SPLIT) {
      const piece = text.slice(p.start, p.end);
      let seen = 0;
      for (
        let c = piece.indexOf(': ', 1);
        c >= 0 && c < piece.length - 2 && seen < MAX_INNER_COLONS && cuts < MAX_INNER_CUTS;
        c = piece.indexOf(': ', c + 2), seen++
      ) {
        const from = Math.max(0, c + 1 - INNER_LOOK_BACK);
        if (!capitalWordBefore(piece, c)) continue;
        const at = trailingHeadingStart(piece.slice(from, c + 1));
        const headAt = p.start + from + at;
        if (at < 0 || headAt <= start) continue;
        let itemEnd = headAt;
        while (itemEnd > start && isSpace(text[itemEnd - 1])) itemEnd--;
        if (itemEnd > start) out.push({ start, end: itemEnd, heading: false });
        out.push({ start: headAt, end: p.start + c + 1, heading: false });
        start = p.start + c + 2;
        cuts++;
      }
    }
    out.push(start === p.start ? p : { start, end: p.end, heading: false });
  }
  if (cuts > 0) pieces.splice(0, pieces.length, ...out);
}
/**
 * Whether a capitalised word starts in the 60 characters before `colon`, as every heading that
 * `trailingHeadingStart` takes does: a character look first, most colons have none ("a: b: c").
 */
function capitalWordBefore(piece: string, colon: number): boolean {
  for (let k = colon - 1; k >= 0 && k >= colon - 60; k--) {
    if (k > 0 && piece[k - 1] !== ' ') continue;
    const ch = piece[k] as string;
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}
