import { boundaryOf, isSkippedTag, TextBuilder, tidy } from './text';

/**
 * HTML string → plain text with a small tokenizer, so description HTML taken from JSON-LD (page
 * data) is never parsed into a live document or assigned to `innerHTML`. Linear: one forward scan.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  deg: '°',
  shy: '',
  zwnj: '',
  szlig: 'ß',
  iexcl: '¡',
  iquest: '¿',
};

/** Accented letters: "eacute" is e + U+0301, written composed (the marks in the order of MARKS). */
const MARKS = ['grave', 'acute', 'circ', 'tilde', 'uml', 'cedil'];

function accented(name: string): string | undefined {
  const mark = '\u0300\u0301\u0302\u0303\u0308\u0327'[MARKS.indexOf(name.slice(1))];
  return mark && /^[aeiouycn]/i.test(name) ? (name[0] + mark).normalize() : undefined;
}

/**
 * A name is 2-6 characters: as long as the longest in NAMED and `accented`. Longer ones are left
 * as written, as unknown names are, and so never reach Object's own keys ("&constructor;").
 */
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,5});/g;

/** Decode character references once; unknown names are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? accented(body) ?? whole;
  });
}

const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9]{0,20})/y;

/** True when the string holds markup, either raw or entity-encoded (`&lt;p&gt;`). */
function hasRawTags(s: string): boolean {
  return /<\/?[a-zA-Z][a-zA-Z0-9]{0,20}[\s>/]/.test(s);
}

/**
 * Description value (HTML, entity-encoded HTML — even twice — or plain text) → plain text.
 * Plain text keeps its own line breaks; HTML breaks lines at block elements only.
 */
export function descriptionToText(value: string): string {
  let html = value;
  for (let i = 0; i < 2 && !hasRawTags(html) && /&(amp;)?lt;\/?[a-zA-Z]/.test(html); i++) {
    html = decodeEntities(html);
  }
  if (!hasRawTags(html)) return tidy(decodeEntities(html));
  return htmlToText(html);
}

export function htmlToText(html: string, limit?: number): string {
  const out = new TextBuilder(limit);
  const lower = html.toLowerCase();
  const n = html.length;
  let i = 0;
  // Position of the next ">" at or after the current "<": cached so a page full of "<" stays linear.
  let gt = -1;
  while (i < n && !out.full) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.text(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) {
      out.text(decodeEntities(html.slice(lt)));
      break;
    }
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(html);
    if (!m?.[1]) {
      // A lone "<" (e.g. "salary < 50k") is text.
      out.text('<');
      i = lt + 1;
      continue;
    }
    const closing = html[lt + 1] === '/';
    const tag = m[1].toLowerCase();
    i = gt + 1;
    if (!closing && isSkippedTag(tag)) {
      const end = lower.indexOf(`</${tag}`, i);
      i = end < 0 ? n : lower.indexOf('>', end) + 1 || n;
      continue;
    }
    if (tag === 'li') {
      if (closing) out.leaveItem();
      else out.enterItem();
      continue;
    }
    const boundary = boundaryOf(tag);
    if (boundary) out.brk(boundary);
  }
  return out.toString();
}
