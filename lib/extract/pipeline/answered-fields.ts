import { LEXICONS } from '../lexicon/build';
import type { Normalized } from './normalize';

/**
 * A page's field table rendered a cell a line: "Telecommute:" on one line, "yes" on the next
 * (a `<dt>`/`<dd>` pair). A yes or no alone under a short label is that label's answer, so the
 * line break between them becomes a space ("Telecommute: yes"), which every reader of "Label:
 * value" lines then reads. One character for one: the map to the original stays as it is.
 */

/** Every language's yes and no, two letters or more ("yes", "nein", "sí", "não"). */
const ANSWERS = new Set(
  LEXICONS.flatMap((l) => [...l.relocation.answerYes, ...l.relocation.answerNo])
    .filter((w) => w.length >= 2)
    .map((w) => w.toLowerCase()),
);
/** A short label ending its line with a colon: "Telecommute:", "Travel Required:". */
const LABEL = /^[ \t]*\p{L}[\p{L}\d .'’/()&-]{1,40}:[ \t]*$/u;
/** How many label lines are looked at: a page of them is read, a hostile text is not. */
const MAX_LABELS = 400;

export function answeredFields(n: Normalized): Normalized {
  const { text } = n;
  const breaks: number[] = [];
  let seen = 0;
  for (
    let at = text.indexOf(':\n');
    at >= 0 && seen < MAX_LABELS;
    at = text.indexOf(':\n', at + 2)
  ) {
    seen++;
    const start = text.lastIndexOf('\n', at) + 1;
    if (at - start > 44 || !LABEL.test(text.slice(start, at + 1))) continue;
    const end = text.indexOf('\n', at + 2);
    const next = text.slice(at + 2, end < 0 ? text.length : end).trim();
    if (next.length <= 4 && ANSWERS.has(next.toLowerCase())) breaks.push(at + 1);
  }
  if (breaks.length === 0) return n;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return { ...n, text: out + text.slice(from) };
}
