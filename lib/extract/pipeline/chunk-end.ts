import { isSpace } from './chars';
import { isLower, isUpper } from './glued-items';

const SEMICOLON = 59;

/**
 * Where an over-long run starting at `s` is cut (its first `max` characters kept at most), in its
 * last half, at the last space of the best kind there: after
 * a ";" or before a "#" (an item's end, a heading that lost its line); else before a field's
 * label ("… (Required) License/Certification: …", "… shift Supplemental Pay: …"), so that a field
 * ("total work: 2 years (Required)") is not cut in two; else at the last space; else at
 * `max`. One bounded look back per cut, and a bounded look ahead at each space.
 */
export function chunkEnd(text: string, s: number, max: number): number {
  const floor = s + max / 2;
  let space = -1;
  let capital = -1;
  for (let k = s + max; k > floor; k--) {
    if (!isSpace(text[k])) continue;
    const next = String.prototype.charCodeAt.call(text, k + 1);
    const prev = String.prototype.charCodeAt.call(text, k - 1);
    if (prev === SEMICOLON || next === HASH) return k;
    if (space < 0) space = k;
    // A capitalised field label ("License/Certification: …", "Supplemental Pay: …") after a
    // word's end or a bracket: a field that lost its line break starts there.
    if (capital < 0 && (prev === CLOSE_PAREN || isLower(prev)) && labelAt(text, k + 1)) capital = k;
  }
  return capital >= 0 ? capital : space >= 0 ? space : s + max;
}
/** The longest field label looked for after a cut's space, in characters. */
const MAX_CUT_LABEL = 32;
/** …and in words ("Licence/Certification", "Expected Start Date"). */
const MAX_CUT_LABEL_WORDS = 3;

/** Whether a capitalised label and its colon start at `at` ("Work Location: ", "Pay: "). */
function labelAt(text: string, at: number): boolean {
  if (!isUpper(String.prototype.charCodeAt.call(text, at))) return false;
  if (!isLower(String.prototype.charCodeAt.call(text, at + 1))) return false;
  let words = 1;
  for (let k = at + 2; k < text.length && k - at <= MAX_CUT_LABEL; k++) {
    const c = text[k] as string;
    if (c === ':') return text[k + 1] === ' ';
    if (c === '.' || c === ',' || c === ';' || c === '\n') return false;
    if (c === ' ' && ++words > MAX_CUT_LABEL_WORDS) return false;
  }
  return false;
}
const HASH = 35;
const CLOSE_PAREN = 41;
