import { classifyHeading, inlineHeading, isHeadingLine, type Section } from './sections';
import type { Sentence } from './types';

/**
 * Splits posting text into sentences, bullets and lines, each with exact offsets into `text`
 * (`text.slice(start, end) === sentence.text`) and the section heading it sits under.
 * Linear in the input: one pass over lines, one pass over each line's characters.
 */

/** Per-sentence regexes stay cheap when no sentence is longer than this. */
export const MAX_SENTENCE = 400;

/** Bullet glyphs that start an item wherever they appear (lists whose line breaks were lost). */
const BULLETS = new Set([
  '•',
  '▪',
  '●',
  '◦',
  '‣',
  '∙',
  '■',
  '□',
  '►',
  '▸',
  '➢',
  '✓',
  '✔',
  '·',
  '➤',
]);
/** Markers that are bullets only at the start of a line ("- ", "* ", "– ", "1. "). */
const LINE_BULLET = /^(?:[-*+–—]|\d{1,2}[.)]|[a-z][.)])\s+/;

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dr',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'vs',
  'st',
  'no',
  'approx',
  'incl',
  'u.s',
  'min',
  'max',
  'ca',
  'bzw',
  'z.b',
  'usw',
  'ggf',
  'mind',
  'env',
  'cf',
  'p.ex',
]);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t';
}

/** The word that ends just before `dot` (letters and inner dots), lower-cased. */
function wordBefore(line: string, dot: number): string {
  let k = dot;
  while (k > 0 && dot - k < 12 && /[\p{L}.]/u.test(line[k - 1] as string)) k--;
  return line.slice(k, dot).toLowerCase();
}

/** Whether the terminal punctuation at `i` ends a sentence. */
function endsSentence(line: string, i: number): boolean {
  const c = line[i];
  if (!isSpace(line[i + 1])) return false;
  let j = i + 1;
  while (j < line.length && isSpace(line[j])) j++;
  const next = line[j];
  if (next === undefined) return true;
  if (c === '.') {
    if (/\p{Ll}/u.test(next)) return false;
    const w = wordBefore(line, i);
    if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w)) return false;
  }
  return true;
}

interface Piece {
  start: number;
  end: number;
}

/** Trims whitespace and leading bullet markers; pushes nothing for an empty piece. */
function pushPiece(text: string, start: number, end: number, out: Piece[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (s < e && s === start) {
    const bullet = LINE_BULLET.exec(text.slice(s, Math.min(e, s + 6)));
    if (bullet && s + bullet[0].length < e) s += bullet[0].length;
  }
  while (s < e && (BULLETS.has(text[s] as string) || isSpace(text[s]))) s++;
  if (s >= e) return;
  // Over-long runs (collapsed lines, hostile input) are cut at a space so regexes stay bounded.
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    const floor = s + MAX_SENTENCE / 2;
    while (cut > floor && !isSpace(text[cut])) cut--;
    if (cut <= floor) cut = s + MAX_SENTENCE;
    let pe = cut;
    while (pe > s && isSpace(text[pe - 1])) pe--;
    if (pe > s) out.push({ start: s, end: pe });
    s = cut;
    while (s < e && isSpace(text[s])) s++;
  }
  if (s < e) out.push({ start: s, end: e });
}

/** Splits one line (text[from, to)) at sentence ends and mid-line bullets. */
function splitLine(text: string, from: number, to: number, out: Piece[]): void {
  const line = text.slice(from, to);
  let segStart = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (BULLETS.has(c)) {
      // "·" between words ("Dublin · Hybrid") separates items too; a bullet glyph in a number does not occur.
      pushPiece(text, from + segStart, from + i, out);
      segStart = i + 1;
    } else if ((c === '.' || c === '!' || c === '?') && endsSentence(line, i)) {
      pushPiece(text, from + segStart, from + i + 1, out);
      segStart = i + 1;
    }
  }
  pushPiece(text, from + segStart, to, out);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  let section: Section = null;
  let lineStart = 0;
  let prevBlank = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const trimmed = raw.trim();
    if (trimmed.length === 0) {
      prevBlank = true;
      lineStart = lineEnd + 1;
      continue;
    }
    const nextBlank = nextLineBlank(text, lineEnd);
    const pieces: Piece[] = [];
    splitLine(text, lineStart, lineEnd, pieces);
    const lineIsHeading =
      pieces.length === 1 &&
      isHeadingLine(trimmed, prevBlank && nextBlank) &&
      !startsWithBullet(trimmed);
    if (lineIsHeading) {
      heading = trimmed.replace(/[:\s]+$/, '');
      section = classifyHeading(heading);
    }
    for (const p of pieces) {
      const sText = text.slice(p.start, p.end);
      if (!lineIsHeading) {
        const inline = inlineHeading(sText);
        if (inline) {
          heading = inline;
          section = classifyHeading(inline);
        }
      }
      sentences.push({ text: sText, start: p.start, end: p.end, heading, section });
    }
    prevBlank = false;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function startsWithBullet(line: string): boolean {
  return BULLETS.has(line[0] as string) || /^[-*+–—]\s/.test(line);
}

/** Whether the line after `lineEnd` is blank or the text ends. */
function nextLineBlank(text: string, lineEnd: number): boolean {
  let k = lineEnd + 1;
  while (k < text.length && text[k] !== '\n') {
    if (!isSpace(text[k])) return false;
    k++;
  }
  return true;
}
