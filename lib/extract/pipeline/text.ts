import { LEXICONS } from '../lexicon/build';
import type { Sentence } from '../types';
import { flatSlice, isSpace, isSpaceCode } from './chars';
import { chunkEnd } from './chunk-end';
import { warmLater } from './gate';
import {
  fieldLabelStarts,
  gluedItemStarts,
  type ItemOpeners,
  isLower,
  itemOpeners,
  MIN_FIELDS,
} from './glued-items';
import { MIN_INNER_SPLIT, splitInnerHeadings } from './inner-headings';
import { detectLanguage } from './lang';
import type { Piece } from './piece';
import {
  classifyHeading,
  inlineHeading,
  isHeadingLine,
  isKnownHeading,
  isOtherJobsHeading,
  mayEndHeading,
  mayStartHeading,
  opensWithFieldLabel,
  type Section,
  trailingHeadingStart,
  withoutTrailingColons,
} from './sections';

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
/** "·" between two letters is a word's gender point ("éducateur·trice"), not an item's bullet. */
const MIDDOT = 0xb7;
const LETTER = /\p{L}/u;
function inWord(text: string, i: number): boolean {
  return LETTER.test(text.charAt(i - 1)) && LETTER.test(text.charAt(i + 1));
}
/** Markers that are bullets only at the start of a line ("- ", "* ", "– ", "1. "). */
const LINE_BULLET = /(?:[-*+–—]|\d{1,2}[.)]|[a-z][.)])[ \t]{1,8}/y;

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Every language's short forms a period closes inside a sentence (lexicon `abbreviations`). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.abbreviations));

const LETTER_OR_DOT = /[\p{L}.]/u;
const LOWER = /\p{Ll}/u;
const ONE_LETTER = /^\p{L}$/u;

/** `LETTER_OR_DOT.test(text[i])`: ASCII by its code, any other character by its class. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = String.prototype.charCodeAt.call(text, i);
  if (c >= 0x80) return LETTER_OR_DOT.test(text[i] as string);
  return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The word that ends just before `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, from: number, dot: number): string {
  let k = dot;
  while (k > from && dot - k < 12 && isLetterOrDot(text, k - 1)) k--;
  return text.slice(k, dot).toLowerCase();
}

/** The longest answer after a question mark kept with its question (see endsSentence). */
const SHORT_ANSWER = 4;
const LETTERS_ONLY = /^\p{L}+\s*$/u;

/** Whether the terminal punctuation at `i` ends a sentence inside the line [from, to). */
function endsSentence(text: string, from: number, to: number, i: number): boolean {
  if (i + 1 >= to || !isSpace(text[i + 1])) return false;
  let j = i + 1;
  while (j < to && isSpace(text[j])) j++;
  if (j >= to) return true;
  // "Relocation? N", "Remote? Yes": a form's question and its short answer, ending the line, are
  // one field.
  if (text[i] === '?' && to - j <= SHORT_ANSWER && LETTERS_ONLY.test(text.slice(j, to)))
    return false;
  if (text[i] === '.') {
    if (LOWER.test(text[j] as string)) return false;
    const w = wordBefore(text, from, i);
    if (ABBREVIATIONS.has(w) || ONE_LETTER.test(w)) return false;
  }
  return true;
}

/** The text's glue points (gluePoints) and the first one not behind the pieces read so far. */
interface GlueCursor {
  points: readonly number[];
  at: number;
}

/** Trims whitespace and leading bullet markers; pushes nothing for an empty piece. */
function pushPiece(
  text: string,
  start: number,
  end: number,
  out: Piece[],
  lineStart = false,
): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (s < e && lineStart && mayOpenLineBullet(String.prototype.charCodeAt.call(text, s))) {
    LINE_BULLET.lastIndex = s;
    const bullet = LINE_BULLET.exec(text);
    if (bullet && s + bullet[0].length < e) s += bullet[0].length;
  }
  while (s < e && (BULLETS.has(text[s] as string) || isSpace(text[s]))) s++;
  if (s >= e) return;
  // Over-long runs (collapsed lines, hostile input) are cut at a space so regexes stay bounded.
  while (e - s > MAX_SENTENCE) {
    const cut = chunkEnd(text, s, MAX_SENTENCE);
    let pe = cut;
    while (pe > s && isSpace(text[pe - 1])) pe--;
    if (pe > s) out.push({ start: s, end: pe, heading: false });
    s = cut;
    while (s < e && isSpace(text[s])) s++;
  }
  if (s < e) out.push({ start: s, end: e, heading: false });
}

/** The bullet glyphs by UTF-16 code unit: one table read per character of the text. */
const BULLET_CODES = new Uint8Array(0x10000);
for (const b of BULLETS) BULLET_CODES[String.prototype.charCodeAt.call(b, 0)] = 1;
const DASH = 45;
const SPACE = 32;
const DOT = 46;
const BANG = 33;
const QUESTION = 63;

/** A letter or digit: ASCII by its code, any other character by its Unicode class. */
function isWordCode(code: number, text: string, i: number): boolean {
  if (code >= 0x80) return HAS_WORD.test(text[i] as string);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const LIST_NUMBER = /^\s{0,3}\d{1,2}$/;
const AMOUNT_CHAR = /[\d$€£]/;

/** "1." at the start of a numbered item is not a sentence. */
function isListNumber(text: string, segStart: number, dot: number): boolean {
  return dot - segStart <= 6 && LIST_NUMBER.test(text.slice(segStart, dot));
}

/** Splits one line (text[from, to)) at sentence ends and mid-line bullets. */
/**
 * A long line with several " - " is a dash list that lost its line breaks ("Requirements: - 3+
 * years ... - BS in ..."); a dash between numbers ("$50 - $60", "3 - 5 years") is a range.
 */
function hasDashList(text: string, from: number, to: number): boolean {
  if (to - from < 150) return false;
  let count = 0;
  // Scans this line only: indexOf would run on to the end of the text for every line.
  for (let i = from + 1; i < to - 1 && count < 3; i++) {
    if (
      String.prototype.charCodeAt.call(text, i) === DASH &&
      String.prototype.charCodeAt.call(text, i - 1) === SPACE &&
      String.prototype.charCodeAt.call(text, i + 1) === SPACE
    ) {
      count++;
    }
  }
  return count >= 3;
}

function isDashBullet(text: string, i: number): boolean {
  return (
    text[i] === '-' &&
    text[i - 1] === ' ' &&
    text[i + 1] === ' ' &&
    !(AMOUNT_CHAR.test(text[i - 2] ?? '') && AMOUNT_CHAR.test(text[i + 2] ?? ''))
  );
}

/**
 * A run of characters that neither end a sentence nor start an item, up to the line's end: once
 * a segment has its word, the loop below jumps over such a run in one sticky match.
 */
const PLAIN_RUN = new RegExp(`[^.!?\\n${[...BULLETS].join('')}]+`, 'y');
/** The same, stopping at every "-" too (a dash list, see hasDashList). */
const PLAIN_RUN_NO_DASH = new RegExp(`[^.!?\\n${[...BULLETS].join('')}-]+`, 'y');

const SEMICOLON = 59;
const UPPER = /\p{Lu}/u;

/**
 * A stop with no space after it, glued to the next item: exports that drop line breaks run a
 * list together ("Ensino superior;Experiência com SQL;Power BI", "em dados.Requisitos"). A ";"
 * before a capital always ends an item; a "." only between a lower-case word and a capitalised
 * word of three letters or more, so "Node.js", "ASP.NET" and "U.S.A" stay whole.
 */
function gluedStop(text: string, i: number, to: number): boolean {
  if (i + 1 >= to || !UPPER.test(text[i + 1] as string)) return false;
  if (String.prototype.charCodeAt.call(text, i) === SEMICOLON) return true;
  if (i + 3 >= to || !LOWER.test(text[i + 2] as string) || !LOWER.test(text[i + 3] as string)) {
    return false;
  }
  const before = text[i - 1] as string;
  return before === '.' || before === ')' || LOWER.test(before);
}

/** Every ";" glued to a capital (see gluedStop), in order: one search over the whole text. */
function gluedSemicolons(text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(';'); k >= 0; k = text.indexOf(';', k + 1)) {
    if (gluedStop(text, k, text.length)) out.push(k);
  }
  return out;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  out: Piece[],
  stops: readonly number[],
  firstStop: number,
): void {
  let segStart = from;
  // Until the segment has a word, a boundary just drops it (". . ." or "• • •" cost nothing).
  let hasWord = false;
  const dashes = hasDashList(text, from, to);
  const plainRun = dashes ? PLAIN_RUN_NO_DASH : PLAIN_RUN;
  // The glued ";" of this line (see gluedSemicolons): the runs below are cut short at each.
  let s = firstStop;
  let nextStop = s < stops.length && (stops[s] as number) < to ? (stops[s] as number) : -1;
  for (let i = from; i < to; i++) {
    if (i === nextStop) {
      if (hasWord) pushPiece(text, segStart, i + 1, out, segStart === from);
      segStart = i + 1;
      hasWord = false;
      s++;
      nextStop = s < stops.length && (stops[s] as number) < to ? (stops[s] as number) : -1;
      continue;
    }
    // Character codes, not one-letter strings: this loop runs over every character of the text.
    const code = String.prototype.charCodeAt.call(text, i);
    const bullet =
      (BULLET_CODES[code] === 1 && !(code === MIDDOT && inWord(text, i))) ||
      (dashes && code === DASH && isDashBullet(text, i));
    if (!bullet && code !== DOT && code !== BANG && code !== QUESTION) {
      if (!hasWord) {
        hasWord = isWordCode(code, text, i);
      } else if (code !== DASH || !dashes) {
        // Nothing in the run can change the segment: the next look is at the run's end.
        plainRun.lastIndex = i;
        if (plainRun.test(text)) {
          const runEnd = Math.min(plainRun.lastIndex, to);
          i = (nextStop > i && nextStop < runEnd ? nextStop : runEnd) - 1;
        }
      }
      continue;
    }
    if (!hasWord) {
      if (bullet) segStart = i + 1;
      continue;
    }
    const stop =
      !bullet &&
      ((endsSentence(text, from, to, i) && !isListNumber(text, segStart, i)) ||
        (code === DOT && gluedStop(text, i, to)));
    if (bullet || stop) {
      // "·" between words ("Dublin · Hybrid") separates items too.
      pushPiece(text, segStart, bullet ? i : i + 1, out, segStart === from);
      segStart = i + 1;
      hasWord = false;
    }
  }
  if (hasWord) pushPiece(text, segStart, to, out, segStart === from);
}

/**
 * The text's sentences with their headings and sections. `lang`, the posting's language, picks the
 * words that open the items of a list that lost its line breaks (read from the text when not given).
 */
interface HeadingState {
  heading: string | null;
  section: Section;
}

export function splitSentences(text: string, lang?: string): Sentence[] {
  let openers: ItemOpeners | null = null;
  const openersOf = () => {
    openers ??= itemOpeners(lang ?? detectLanguage(text));
    return openers;
  };
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  let section: Section = null;
  /** The heading before a bulleted lead-in, while in the lead-in's list. */
  let outer: string | null | undefined;
  /** The heading and section before a line's inline "Good to have: …", while under it. */
  let beforePlus: HeadingState | null = null;
  let lineStart = 0;
  let prevBlank = true;
  const stops = gluedSemicolons(text);
  let stop = 0;
  const glue: GlueCursor = { points: gluePoints(text), at: 0 };
  while (lineStart <= text.length) {
    // Jump over blank lines: one look at each blank character, the last line break remembered.
    let next = lineStart;
    let lastBreak = -1;
    while (next < text.length) {
      const c = String.prototype.charCodeAt.call(text, next);
      if (!isSpaceCode(c)) break;
      if (c === 10) lastBreak = next;
      next++;
    }
    if (next >= text.length) break;
    if (lastBreak >= lineStart) {
      prevBlank = true;
      lineStart = lastBreak + 1;
    }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // `trim()` of the line, by character codes: one copy of the line, not two.
    let trimStart = lineStart;
    let trimEnd = lineEnd;
    while (trimStart < trimEnd && isSpaceCode(String.prototype.charCodeAt.call(text, trimStart)))
      trimStart++;
    while (trimEnd > trimStart && isSpaceCode(String.prototype.charCodeAt.call(text, trimEnd - 1)))
      trimEnd--;
    const trimmed = text.slice(trimStart, trimEnd);
    if (trimmed.length === 0) {
      prevBlank = true;
      lineStart = lineEnd + 1;
      continue;
    }
    const nextBlank = nextLineBlank(text, lineEnd);
    const pieces: Piece[] = [];
    while (stop < stops.length && (stops[stop] as number) < lineStart) stop++;
    splitLine(text, lineStart, lineEnd, pieces, stops, stop);
    const lineIsHeading =
      pieces.length === 1 &&
      !startsWithBullet(trimmed) &&
      isHeadingLine(
        trimmed,
        prevBlank && nextBlank,
        prevBlank,
        trimmed.length <= 60 && nextLineIsBullet(text, lineEnd),
      );
    // A bulleted lead-in that names no section ("- Computer and technology knowledge:") heads its
    // own list only (its items are a list's items); one that does is read as an inline heading.
    const leadIn = lineIsHeading ? null : bulletedLeadIn(trimmed, pieces.length, text, lineEnd);
    // Under "Similar jobs", a card's title line is no heading: only a known one ends the cards.
    const cardTitle =
      lineIsHeading &&
      isOtherJobsHeading(heading) &&
      !isKnownHeading(withoutTrailingColons(trimmed));
    if (cardTitle) {
      outer = undefined;
    } else if (lineIsHeading) {
      outer = undefined;
      const was: HeadingState = { heading, section };
      heading = withoutTrailingColons(trimmed);
      section = classifyHeading(heading);
      // "Nice to have: Kafka, Docker" read whole as a heading: its value is on its own line.
      const valued = section === 'preferred' && trimmed.indexOf(': ') > 0;
      beforePlus = valued ? (beforePlus ?? was) : null;
    } else if (leadIn !== null && classifyHeading(leadIn) === null) {
      if (outer === undefined) outer = heading;
      heading = leadIn;
    } else if (outer !== undefined && (leadIn !== null || !startsWithBullet(trimmed))) {
      // The list has ended: what follows is back under the heading before the lead-in.
      heading = outer;
      outer = undefined;
    }
    if (beforePlus !== null && !lineIsHeading && opensWithFieldLabel(trimmed)) {
      ({ heading, section } = beforePlus);
      beforePlus = null;
    }
    if (!lineIsHeading) {
      splitTrailingHeadings(text, pieces);
      splitInnerHeadings(text, pieces);
      splitFieldLabels(text, pieces, openersOf);
      splitGluedItems(text, pieces, openersOf);
      splitGluedHeadings(text, pieces, glue);
    }
    for (const p of pieces) {
      const sText = flatSlice(text, p.start, p.end);
      if (p.heading) {
        heading = withoutTrailingColons(sText);
        section = classifyHeading(heading);
      }
      if (!lineIsHeading && (sText.lastIndexOf(':', 62) > 0 || sText.lastIndexOf('?', 62) > 0)) {
        const inline = inlineHeading(sText);
        if (inline) {
          const was: HeadingState = { heading, section };
          heading = inline;
          section = classifyHeading(inline);
          beforePlus = section === 'preferred' && p === pieces[0] ? (beforePlus ?? was) : null;
        }
      }
      sentences.push({ text: sText, start: p.start, end: p.end, heading, section });
    }
    prevBlank = false;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** Cuts a piece whose fields ("Label: value") run into each other into its fields. */
function splitFieldLabels(text: string, pieces: Piece[], openers: () => ItemOpeners): void {
  cutPieces(pieces, (p) =>
    p.end - p.start < MIN_FIELDS
      ? []
      : fieldLabelStarts(text.slice(p.start, p.end), openers).map((at) => p.start + at),
  );
}

/** Cuts a piece whose list items run into each other with a space only into its items. */
function splitGluedItems(text: string, pieces: Piece[], openers: () => ItemOpeners): void {
  cutPieces(pieces, (p) => gluedItemStarts(text, p.start, p.end, openers));
}

/**
 * Cuts each piece that is no heading at the offsets `startsOf` gives (each after a space, which
 * neither part keeps), in place.
 */
function cutPieces(pieces: Piece[], startsOf: (p: Piece) => number[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.heading) continue;
    const starts = startsOf(p);
    if (starts.length === 0) continue;
    const parts: Piece[] = [];
    let from = p.start;
    for (const at of starts) {
      parts.push({ start: from, end: at - 1, heading: false });
      from = at;
    }
    parts.push({ start: from, end: p.end, heading: false });
    pieces.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

/** Cuts "Bachelor degree Nice to have:" into the item and the heading that follows it. */
function splitTrailingHeadings(text: string, pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (text[p.end - 1] !== ':') {
      splitTrailingPreferred(text, pieces, i);
      continue;
    }
    const at = trailingHeadingStart(text.slice(p.start, p.end));
    if (at <= 0) continue;
    let itemEnd = p.start + at;
    while (itemEnd > p.start && isSpace(text[itemEnd - 1])) itemEnd--;
    pieces.splice(
      i,
      1,
      { start: p.start, end: itemEnd, heading: false },
      { start: p.start + at, end: p.end, heading: false },
    );
    i++;
  }
}

/**
 * A paragraph that lost its breaks, a preferred section's heading written without a colon at its
 * end and the section's first item after it ("… a good level of written English Preferred
 * Qualifications" | "Master's in HR …"): the heading is cut off, so that its cue marks what
 * follows and not the item before. A known heading (lexicon `headings`) of two words at least:
 * "C# or Java ideally" and "SQL Preferred" end their items. The piece a paragraph's length.
 */
function splitTrailingPreferred(text: string, pieces: Piece[], i: number): void {
  const p = pieces[i] as Piece;
  if (p.end - p.start < MIN_INNER_SPLIT) return;
  const last = String.prototype.charCodeAt.call(text, p.end - 1);
  if (!isLower(last)) return;
  // Most pieces end in a word no heading ends with: one look up, before any pattern.
  let space = p.end - 1;
  while (space > p.start && p.end - space <= MAX_HEADING_WORD && text[space] !== ' ') space--;
  if (text[space] !== ' ' || !HEADING_LAST_WORDS.has(text.slice(space + 1, p.end).toLowerCase()))
    return;
  const piece = `${text.slice(Math.max(p.start, p.end - 60), p.end)}:`;
  const at = trailingHeadingStart(piece);
  if (at <= 0) return;
  const heading = piece.slice(at, -1);
  if (!heading.includes(' ') || !isKnownHeading(heading)) return;
  if (classifyHeading(heading) !== 'preferred') return;
  const headAt = p.end - heading.length;
  let itemEnd = headAt;
  while (itemEnd > p.start && isSpace(text[itemEnd - 1])) itemEnd--;
  pieces.splice(
    i,
    1,
    { start: p.start, end: itemEnd, heading: false },
    { start: headAt, end: p.end, heading: true },
  );
}

/** The longest last word of a heading looked up, in characters. */
const MAX_HEADING_WORD = 30;

/** The last words of the lexicons' headings of two words or more: "preferenziale", "have". */
const HEADING_LAST_WORDS = new Set(
  LEXICONS.flatMap((l) =>
    l.sections.headings
      .filter((h) => h.includes(' '))
      .map((h) => h.slice(h.lastIndexOf(' ') + 1).toLowerCase()),
  ),
);

/**
 * Where a word runs into a capitalised word with no space ("qualificaçõesCursando",
 * "carga)Diferenciais"): a lower-case letter or ")" before a capital and a lower-case letter.
 * Latin letters only: a plain character class keeps this look over every piece cheap.
 */
const GLUE = /[a-zß-öø-ÿ)][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/g;

/**
 * The index of the capital at every glue point of the text, overlapping ones included, in
 * order: one search over the whole text, not one per piece. A piece's own glue points are
 * those whose three characters lie inside it (GLUE looks at nothing around them).
 */
function gluePoints(text: string): number[] {
  const out: number[] = [];
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(text); m; m = GLUE.exec(text)) {
    out.push(m.index + 1);
    GLUE.lastIndex = m.index + 1;
  }
  return out;
}
/** Letters and spaces: how far back from a glue point a heading can start. */
const HEADING_CHAR = /[\p{L} ]/u;
const GLUED_HEADING_MAX = 40;

/**
 * Exports that drop line breaks glue an ATS's own section titles to the text around them
 * ("...orientada a dados..Requisitos e qualificaçõesCursando Ensino Superior"). A known heading
 * (lexicon `headings`) that ends at a glue point and starts after a non-letter is cut out as a
 * heading of its own, and the text after it is read under it. "JavaScript" glues too, but no
 * known heading ends in "Java".
 */
function splitGluedHeadings(text: string, pieces: Piece[], glue: GlueCursor): void {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.heading || p.end - p.start < 8) continue;
    // The piece's first glue point: pieces come in text order, so the cursor only moves on.
    const points = glue.points;
    while (glue.at < points.length && (points[glue.at] as number) - 1 < p.start) glue.at++;
    let g = glue.at;
    const glued = g < points.length && (points[g] as number) + 2 <= p.end;
    if (i === 0 && !glued) continue;
    const piece = text.slice(p.start, p.end);
    // "...de dados.Requisitos e qualificações· Formação: ...": a known heading between two stops.
    if (i > 0 && isKnownHeading(withoutTrailingColons(piece))) {
      p.heading = true;
      continue;
    }
    for (; g < points.length && (points[g] as number) + 2 <= p.end; g++) {
      const join = (points[g] as number) - p.start;
      const found = gluedBefore(piece, join) ?? gluedAfter(piece, join);
      if (!found) continue;
      const out: Piece[] = [];
      let e = p.start + found.start;
      while (e > p.start && isSpace(text[e - 1])) e--;
      if (e > p.start) out.push({ start: p.start, end: e, heading: false });
      out.push({ start: p.start + found.start, end: p.start + found.end, heading: true });
      let s = p.start + found.end;
      while (s < p.end && (isSpace(text[s]) || text[s] === ':')) s++;
      if (s < p.end) out.push({ start: s, end: p.end, heading: false });
      pieces.splice(i, 1, ...out);
      i += out.length - 2;
      break;
    }
  }
}

/** A known heading that ends at `join` and starts after a non-letter: "dados..Requisitos|Cursando". */
function gluedBefore(piece: string, join: number): Piece | null {
  let from = join;
  while (
    from > 0 &&
    join - from < GLUED_HEADING_MAX &&
    HEADING_CHAR.test(piece[from - 1] as string)
  ) {
    from--;
  }
  // Most joins are names ("JavaScript"): no known heading ends with "Java".
  const lastSpace = piece.lastIndexOf(' ', join - 1);
  if (!mayEndHeading(piece.slice(Math.max(from, lastSpace + 1), join))) return null;
  for (let k = from; k < join - 2; k++) {
    if ((k > from && piece[k - 1] !== ' ') || piece[k] === ' ') continue;
    if (isKnownHeading(piece.slice(k, join))) return { start: k, end: join, heading: true };
  }
  return null;
}

/** A known heading from `join` to the piece's end: "balanceadores de carga)|Diferenciais". */
function gluedAfter(piece: string, join: number): Piece | null {
  if (piece.length - join > GLUED_HEADING_MAX + 2) return null;
  const space = piece.indexOf(' ', join);
  const firstWord = withoutTrailingColons(piece.slice(join, space < 0 ? piece.length : space));
  if (!mayStartHeading(firstWord)) return null;
  const tail = withoutTrailingColons(piece.slice(join));
  return isKnownHeading(tail) ? { start: join, end: join + tail.length, heading: true } : null;
}

/** The first character of every LINE_BULLET match: a marker, a digit or a lower-case letter. */
function mayOpenLineBullet(code: number): boolean {
  return isMarkerCode(code) || (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** "-", "*", "+", "–", "—": bullets when a space follows. */
function isMarkerCode(code: number): boolean {
  return code === 45 || code === 42 || code === 43 || code === 0x2013 || code === 0x2014;
}

function startsWithBullet(line: string): boolean {
  const code = String.prototype.charCodeAt.call(line, 0);
  return BULLET_CODES[code] === 1 || (isMarkerCode(code) && isSpace(line[1]));
}

/**
 * After its bullet (one character: `startsWithBullet` is checked first), the words of a lead-in
 * and the "**" or "_" a writer's bold left around them: "• **Skills**:".
 */
const LEAD_IN = /^.[ \t]{1,8}[*_]{0,3}([^:*_\n]{3,60}?)[*_]{0,3}[ \t]*:$/u;

/**
 * A bulleted line that ends with a colon right above a list ("- What you will need:",
 * "• Habilidades deseables:") leads that list in, as a heading does: its words without the
 * bullet, or null.
 */
function bulletedLeadIn(
  line: string,
  pieces: number,
  text: string,
  lineEnd: number,
): string | null {
  if (pieces !== 1 || line.length > 72 || !line.endsWith(':') || !startsWithBullet(line))
    return null;
  const m = LEAD_IN.exec(line);
  if (!m || !nextFilledLineIsBullet(text, lineEnd)) return null;
  const words = (m[1] as string).trim();
  return words.split(' ').length <= 9 ? words : null;
}

/** Whether the next line that is not blank starts with a bullet marker. */
function nextFilledLineIsBullet(text: string, lineEnd: number): boolean {
  let k = lineEnd;
  for (let blank = 0; blank < 4 && k < text.length && nextLineBlank(text, k); blank++) {
    const next = text.indexOf('\n', k + 1);
    if (next < 0) return false;
    k = next;
  }
  return nextLineIsBullet(text, k);
}

/** Whether the line after `lineEnd` starts with a bullet marker. */
function nextLineIsBullet(text: string, lineEnd: number): boolean {
  let k = lineEnd + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k >= text.length) return false;
  const code = String.prototype.charCodeAt.call(text, k);
  return BULLET_CODES[code] === 1 || (isMarkerCode(code) && isSpace(text[k + 1]));
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

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  GLUE,
  HEADING_CHAR,
  UPPER,
  LINE_BULLET,
  HAS_WORD,
  PLAIN_RUN,
  PLAIN_RUN_NO_DASH,
  LETTER_OR_DOT,
  LOWER,
  ONE_LETTER,
  LIST_NUMBER,
  AMOUNT_CHAR,
);
