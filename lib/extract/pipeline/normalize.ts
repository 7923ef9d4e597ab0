import { answeredFields } from './answered-fields';
import { escapeRegex, flatSlice } from './chars';
import { warmLater } from './gate';

/**
 * Text as it really arrives: HTML entities from ATS APIs, markdown escapes from copy-paste, NBSP,
 * zero-width characters, curly quotes. The engine reads the normalised text, and keeps a map back
 * to the original so evidence quotes the caller's text exactly.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  ccedil: 'ç',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  uacute: 'ú',
  ugrave: 'ù',
  ntilde: 'ñ',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
};

/** Single characters replaced one-for-one (length-preserving), or dropped when mapped to ''. */
const CHAR_MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\r': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  // Hyphens of other code points ("co\u2011op", "cross\u2011functional") and the minus sign of a
  // range ("$50,000 \u2212 $60,000") read as the hyphen the lexicons write.
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u201c': '"',
  '\u201d': '"',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u00ad': '',
};

const MARKDOWN_ESCAPABLE = new Set('\\`*_{}[]()#+-.!|~<>'.split(''));

export interface Normalized {
  /** The text the extractors read. */
  text: string;
  /** `map[i]`: where normalised character `i` starts in the original (length text.length + 1). */
  map: Int32Array;
  /** `ends[i]`: where the original of character `i` ends ("&amp;" → 5 characters later). */
  ends: Int32Array;
}

const HEX_DIGITS = /^[0-9a-fA-F]{1,6}$/;
const DECIMAL_DIGITS = /^[0-9]{1,7}$/;

/** Decodes `&name;`, `&#123;`, `&#x1F;` starting at `i`; returns [replacement, length] or null. */
function decodeEntity(src: string, i: number): [string, number] | null {
  // The ';' within 10 characters, looked for there only: indexOf would run on to the end of the
  // text for every '&' without one (quadratic on a megabyte of "&").
  let semi = -1;
  for (let k = i + 1; k <= i + 10 && k < src.length; k++) {
    if (String.prototype.charCodeAt.call(src, k) === 59) {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  const body = src.slice(i + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (!(hex ? HEX_DIGITS : DECIMAL_DIGITS).test(digits)) return null;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    const ch = String.fromCodePoint(code);
    return [CHAR_MAP[ch] ?? ch, semi - i + 1];
  }
  const named = Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : undefined;
  return named === undefined ? null : [named, semi - i + 1];
}

/**
 * The characters decode() looks at ('&', '\\' and CHAR_MAP's), as a table by UTF-16 code unit:
 * a plain loop over it finds the next one four times faster than a character-class regex.
 */
const SPECIAL = new Uint8Array(0x10000);
for (const c of ['&', '\\', '>', ...Object.keys(CHAR_MAP)])
  SPECIAL[String.prototype.charCodeAt.call(c, 0)] = 1;

/** Index of the first special character at or after `from`, or -1. */
function nextSpecial(src: string, from: number): number {
  for (let k = from; k < src.length; k++)
    if (SPECIAL[String.prototype.charCodeAt.call(src, k)] === 1) return k;
  return -1;
}

/**
 * Copies src[from, to) to the output at `n`, each character mapped to itself; returns the new `n`.
 * Plain functions over local arrays, not closures over `n`: this runs for every character.
 */
function copyRun(
  src: string,
  parts: string[],
  map: Int32Array,
  ends: Int32Array,
  n: number,
  from: number,
  to: number,
): number {
  if (to <= from) return n;
  parts.push(src.slice(from, to));
  if (to < IOTA.length) {
    // map[n + j] = from + j and ends[n + j] = from + j + 1: two block copies of 0, 1, 2, …
    map.set(IOTA.subarray(from, to), n);
    ends.set(IOTA.subarray(from + 1, to + 1), n);
    return n + (to - from);
  }
  let at = n;
  for (let k = from; k < to; k++) {
    map[at] = k;
    ends[at] = k + 1;
    at++;
  }
  return at;
}

/** 0, 1, 2, … for the block copies above: a posting's length, fixed (256 KB). */
const IOTA = new Int32Array(65_536);
for (let k = 0; k < IOTA.length; k++) IOTA[k] = k;

/** Writes `s` at `n`, every character mapped to the original span [origin, end); returns the new `n`. */
function putText(
  s: string,
  parts: string[],
  map: Int32Array,
  ends: Int32Array,
  n: number,
  origin: number,
  end: number,
): number {
  parts.push(s);
  let at = n;
  for (let k = 0; k < s.length; k++) {
    map[at] = origin;
    ends[at] = end;
    at++;
  }
  return at;
}

/**
 * Whether the '>' at `i` marks a quoted line: at a line's start or after another marker, and not
 * before a figure ("> 5 years").
 */
function quoteMarker(src: string, i: number): boolean {
  // A few markers at most (">> Salary"): a long run of '>' is no quote, and stays linear.
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && src[k] === '>') k--;
  if (k >= 0 && src[k] !== '\n') return false;
  let j = i + 1;
  while (j < src.length && j <= i + 4 && (src[j] === ' ' || src[j] === '>')) j++;
  const next = String.prototype.charCodeAt.call(src, j);
  return !(next >= 48 && next <= 57);
}

const CELL_LABEL_MAX = 40;
const CELL_ROW_MAX = 400;
/** A table row's label cell: words, no figure and no colon ("Lieu de travail", "Luogo di lavoro"). */
const CELL_LABEL = /^\p{L}[\p{L} '’./()-]*$/u;

/**
 * Whether the tab at `i` parts a table row's label cell from its value, as a page's text gives a
 * two-cell row ("Lieu de travail<TAB>NANTES", "Luogo di lavoro<TAB>Lugano"): the line's only tab,
 * after a short label of words (no figure, no colon, five words at most) and before a value. Such
 * a tab reads as the colon the label would have in prose (one character: the maps are sized to
 * the source). Both looks are bounded.
 */
function cellTab(src: string, i: number): boolean {
  let start = i;
  while (start > 0 && src[start - 1] !== '\n') {
    start--;
    if (i - start > CELL_LABEL_MAX) return false;
  }
  const label = src.slice(start, i).trim();
  if (label.length < 2 || !CELL_LABEL.test(label)) return false;
  if (label.split(' ').length > 5) return false;
  const next = src[i + 1];
  if (next === undefined || next === '\n' || next === '\t' || next === ' ') return false;
  for (let k = i + 1; k < src.length && k <= i + CELL_ROW_MAX && src[k] !== '\n'; k++) {
    if (src[k] === '\t') return false;
  }
  return true;
}

/** One linear pass; every output character remembers where it came from. */
function decode(src: string): Normalized {
  const parts: string[] = [];
  // One buffer for both maps: a typed array's memory is allocated outside the heap, once here.
  const size = src.length + 1;
  const buffer = new Int32Array(2 * size);
  const map = buffer.subarray(0, size);
  const ends = buffer.subarray(size);
  let n = 0;
  let runStart = 0;
  for (let i = nextSpecial(src, 0); i >= 0; i = nextSpecial(src, i + 1)) {
    const c = src[i] as string;
    let consumed = 1;
    let replacement: string | undefined;
    if (c === '&') {
      const ent = decodeEntity(src, i);
      if (!ent) continue;
      [replacement, consumed] = ent;
    } else if (c === '\\') {
      const next = src[i + 1];
      if (next === undefined || !MARKDOWN_ESCAPABLE.has(next)) continue;
      n = copyRun(src, parts, map, ends, n, runStart, i);
      n = copyRun(src, parts, map, ends, n, i + 1, i + 2);
      map[n - 1] = i;
      runStart = i + 2;
      i++; // the escaped character is not looked at again
      continue;
    } else if (c === '>') {
      // A markdown quote marker opening a line (">Job title: …", ">> Salary: …") is read as a
      // space, so the field it quotes reads as any other; "> 5 years" (more than) stays.
      if (!quoteMarker(src, i)) continue;
      replacement = ' ';
    } else if (c === '\r' && src[i + 1] === '\n') {
      replacement = '';
    } else if (c === '\t' && cellTab(src, i)) {
      replacement = ':';
    } else {
      replacement = CHAR_MAP[c] ?? c;
    }
    n = copyRun(src, parts, map, ends, n, runStart, i);
    n = putText(replacement, parts, map, ends, n, i, i + consumed);
    runStart = i + consumed;
    i = runStart - 1; // the loop's next look starts after what was consumed
  }
  n = copyRun(src, parts, map, ends, n, runStart, src.length);
  map[n] = src.length;
  ends[n] = src.length;
  return { text: flat(parts), map: map.subarray(0, n + 1), ends: ends.subarray(0, n + 1) };
}

/** The parts joined into one flat copy, even when there is one part (the caller's text, unchanged). */
function flat(parts: string[]): string {
  const only = parts.length === 1 ? (parts[0] as string) : null;
  return only === null ? parts.join('') : flatSlice(only, 0, only.length);
}

/** `/<\/?[a-zA-Z]/.test(text)`: a "<" before a letter, or before "/" and a letter. */
function hasTag(text: string): boolean {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    let k = i + 1;
    if (String.prototype.charCodeAt.call(text, k) === 47) k++;
    const c = String.prototype.charCodeAt.call(text, k) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** An HTML tag, bounded so a stray "<" cannot make the scan quadratic. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>]{0,300})?\/?>/g;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'dd',
  'dt',
]);

/**
 * Removes HTML tags that arrive as text (an ATS API's escaped description once its entities are
 * decoded): block tags become line breaks, list items bullets, inline tags nothing.
 */
function stripTags(input: Normalized): Normalized {
  const { text, map, ends } = input;
  if (!hasTag(text)) return input;
  const out = rebuilder(input, 0);
  let runStart = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = (m[2] as string).toLowerCase();
    out.keep(runStart, m.index);
    const opening = m[1] === '';
    const replacement = name === 'li' && opening ? '\n• ' : BLOCK_TAGS.has(name) ? '\n' : '';
    const end = m.index + m[0].length;
    out.put(replacement, map[m.index] as number, ends[end - 1] as number);
    runStart = end;
  }
  out.keep(runStart, text.length);
  return out.done();
}

/**
 * A new text made of runs of `input` and inserted strings (at most `extra` characters more), each
 * character mapped back to the original: what stripTags and spacedKeys build.
 */
function rebuilder(input: Normalized, extra: number) {
  const { text, map, ends } = input;
  const parts: string[] = [];
  const outMap = new Int32Array(text.length + extra + 1);
  const outEnds = new Int32Array(text.length + extra + 1);
  let n = 0;
  return {
    /** Copies text[from, to) with its own mapping. */
    keep(from: number, to: number): void {
      parts.push(text.slice(from, to));
      for (let k = from; k < to; k++) {
        outMap[n] = map[k] as number;
        outEnds[n++] = ends[k] as number;
      }
    },
    /** Inserts `s`, every character of it mapped to the original span [start, end). */
    put(s: string, start: number, end: number): void {
      parts.push(s);
      for (let k = 0; k < s.length; k++) {
        outMap[n] = start;
        outEnds[n++] = end;
      }
    },
    done(): Normalized {
      outMap[n] = map[text.length] as number;
      outEnds[n] = ends[text.length] as number;
      return {
        text: parts.join(''),
        map: outMap.subarray(0, n + 1),
        ends: outEnds.subarray(0, n + 1),
      };
    },
  };
}

/** What normalize() made of each character a fact may hold, back to what a text may have written. */
const WRITTEN: Readonly<Record<string, string>> = {
  "'": "['\u2019\u2018\u02bc\u00b4]",
  '"': '["\u201c\u201d]',
  ' ': '[ \u00a0\u2007\u202f\u2009\u200a\t]',
};

/**
 * A fact read from the normalised text, as the original text writes it: "Animateur d’enfants",
 * not "Animateur d'enfants". Only a value holding an apostrophe or a quote is looked up; one the
 * original does not hold so (entities, tags) stays as read.
 */
export function asWritten(value: string | null, original: string): string | null {
  if (value === null || !/['"]/.test(value) || value.length > 200) return value;
  const source = escapeRegex(value).replace(/['" ]/g, (c) => WRITTEN[c] as string);
  return new RegExp(source).exec(original.slice(0, 100_000))?.[0] ?? value;
}

export function normalize(src: string): Normalized {
  return answeredFields(spacedKeys(withoutUnticked(accentApostrophes(stripTags(decode(src))))));
}

/** Cheap first look: a vowel, an apostrophe, then a space, a stop or the text's end. */
const APOSTROPHE_HINT = /[aeiou]'(?:[\s,.;:)!?/]|$)/;
/**
 * Italian typed without accent keys: "possibilita'", "societa'", "e' richiesto", "piu'". The
 * apostrophe after the word's last vowel stands for its accent. Read only where it can be no
 * quote: after "-ità/-età/-ltà/-rtà/-ttà" endings (two letters at least before), "e'" between
 * spaces, and a few short words.
 */
const APOSTROPHE_ACCENT =
  /(?<![\p{L}'])\p{L}{1,20}(?:[ielr]t|tt)a'(?=[\s,.;:)!?/]|$)|(?<=\s)e'(?=\s)|(?<![\p{L}'])(?:pi|gi|perch|cos|per|pu)[aeiou]'(?=[\s,.;:)!?/]|$)/gu;
const ACCENTED: Readonly<Record<string, string>> = { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù' };

/** The text with such apostrophes read as the accent they stand for ("possibilità"), mapped back. */
function accentApostrophes(input: Normalized): Normalized {
  const { text, map, ends } = input;
  if (!APOSTROPHE_HINT.test(text)) return input;
  const out = rebuilder(input, 0);
  let from = 0;
  APOSTROPHE_ACCENT.lastIndex = 0;
  for (let m = APOSTROPHE_ACCENT.exec(text); m; m = APOSTROPHE_ACCENT.exec(text)) {
    const quote = m.index + m[0].length - 1;
    const vowel = text.charAt(quote - 1);
    // "perche'": the accent of a closing e is acute.
    const accented = vowel === 'e' && m[0].startsWith('perch') ? 'é' : (ACCENTED[vowel] ?? vowel);
    out.keep(from, quote - 1);
    out.put(accented, map[quote - 1] as number, ends[quote] as number);
    from = quote + 1;
  }
  if (from === 0) return input;
  out.keep(from, text.length);
  return out.done();
}

/** A record's joined key at a line's start ("PositionTitle:", "OrganizationName:", "JobSummary:"). */
const JOINED_KEY = /^[ \t]{0,4}[A-Z][a-z]{1,15}(?:[A-Z][a-z]{1,15}){1,2}:[ \t]/gm;
/** Cheap first look: a lower-case letter, a capital and more letters, then a colon. */
const JOINED_KEY_HINT = /[a-z][A-Z][a-z]{1,15}:/;

/**
 * A record dumped with its field names as keys ("PositionTitle: IT Specialist", an API's JSON laid
 * out as lines): each key is read as its words ("Position Title:"), so the header labels of every
 * reader know it. A space goes in before each inner capital; it maps to the capital's position.
 */
function spacedKeys(n: Normalized): Normalized {
  const { text, map } = n;
  if (!JOINED_KEY_HINT.test(text.slice(0, 50_000))) return n;
  JOINED_KEY.lastIndex = 0;
  const inserts: number[] = [];
  for (let m = JOINED_KEY.exec(text); m; m = JOINED_KEY.exec(text)) {
    const end = m.index + m[0].length;
    for (let k = m.index + 1; k < end; k++) {
      const c = String.prototype.charCodeAt.call(text, k);
      const before = String.prototype.charCodeAt.call(text, k - 1);
      if (c >= 65 && c <= 90 && before >= 97 && before <= 122) inserts.push(k);
    }
  }
  if (inserts.length === 0) return n;
  const out = rebuilder(n, inserts.length);
  let from = 0;
  for (const at of inserts) {
    out.keep(from, at);
    out.put(' ', map[at] as number, map[at] as number);
    from = at;
  }
  out.keep(from, text.length);
  return out.done();
}

/** "- [ ] Remoto": an issue form's option left unticked. */
const UNTICKED = /^[ \t]{0,8}[-*+][ \t]\[ \][^\n]*/gm;

/**
 * An issue form lists every option and ticks the posting's own ("- [X] Presencial", "- [ ]
 * Remoto"): an unticked one states nothing, so it is blanked with spaces of its own length (the
 * map to the original stays as it is).
 */
function withoutUnticked(n: Normalized): Normalized {
  if (!n.text.includes('[ ]')) return n;
  UNTICKED.lastIndex = 0;
  return { ...n, text: n.text.replace(UNTICKED, (line) => ' '.repeat(line.length)) };
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  TAG,
  HEX_DIGITS,
  DECIMAL_DIGITS,
  UNTICKED,
  JOINED_KEY,
  JOINED_KEY_HINT,
  APOSTROPHE_HINT,
  APOSTROPHE_ACCENT,
);
