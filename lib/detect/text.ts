/**
 * DOM → plain text without layout: walks `textContent`-level nodes (never `innerText`, which forces
 * a reflow), keeps block boundaries as line breaks and list items as "• item" lines.
 */

const SKIP = new Set(
  'script style noscript template svg button select option textarea iframe canvas head'.split(' '),
);

/** Blocks that end a paragraph (a blank line); other blocks only end a line. */
const PARAGRAPH = new Set('p h1 h2 h3 h4 h5 h6 ul ol table blockquote'.split(' '));
const LINE = new Set(
  'div section article main header footer aside nav li tr dt dd dl pre figure figcaption form fieldset address hr br'.split(
    ' ',
  ),
);

export const BULLET = '• ';

export type Boundary = 'line' | 'paragraph' | null;

export function boundaryOf(tag: string): Boundary {
  if (PARAGRAPH.has(tag)) return 'paragraph';
  if (LINE.has(tag)) return 'line';
  return null;
}

export function isSkippedTag(tag: string): boolean {
  return SKIP.has(tag);
}

/**
 * Collects text and pending line breaks: a break is only written before the next text, so empty
 * elements and nested blocks never stack up blank lines.
 */
export class TextBuilder {
  private parts: string[] = [];
  private size = 0;
  private pending = 0;
  private bulletNext = false;
  private itemDepth = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  get full(): boolean {
    return this.size >= this.limit;
  }

  text(raw: string): void {
    if (this.full) return;
    // Source newlines inside text are layout-insignificant in HTML: only elements break lines.
    const s = raw.replace(/\s+/g, ' ');
    if (s === '' || (s === ' ' && (this.pending > 0 || this.bulletNext || this.size === 0))) return;
    if (this.size > 0 && this.pending > 0) this.parts.push('\n'.repeat(this.pending));
    this.pending = 0;
    if (this.bulletNext) this.parts.push(BULLET);
    this.bulletNext = false;
    this.parts.push(s);
    this.size += s.length;
  }

  /** A line break; a paragraph is a blank line (inside a list item, only a line break). */
  brk(kind: Exclude<Boundary, null>): void {
    if (this.bulletNext) return;
    const n = kind === 'paragraph' && this.itemDepth === 0 ? 2 : 1;
    if (n > this.pending) this.pending = n;
  }

  /** Start of a list item: its first text goes on a new "• " line. */
  enterItem(): void {
    this.brk('line');
    this.bulletNext = true;
    this.itemDepth++;
  }

  leaveItem(): void {
    this.bulletNext = false;
    this.itemDepth = Math.max(0, this.itemDepth - 1);
    this.brk('line');
  }

  toString(): string {
    // Text is already whitespace-collapsed and breaks are controlled: only trim around breaks.
    return this.parts
      .join('')
      .replace(/ ?\n ?/g, '\n')
      .trim();
  }
}

/** Collapse runs of spaces, trim lines, keep at most one blank line, drop empty bullets. */
export function tidy(raw: string): string {
  const out: string[] = [];
  let blank = false;
  for (const line of raw.split('\n')) {
    const t = line.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t === '' || t === BULLET.trim()) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(t);
  }
  return out.join('\n');
}

export function tagOf(el: Element): string {
  return el.localName || el.nodeName.toLowerCase();
}

function hidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

export interface TextOptions {
  /** Elements to leave out (logos, apply widgets, footers inside the description). */
  exclude?: ReadonlySet<Element>;
  /** Stop collecting after about this many characters. */
  limit?: number;
}

/** Plain text of an element: block boundaries as line breaks, `<li>` as "• " lines. */
export function elementText(root: Element, opts: TextOptions = {}): string {
  const out = new TextBuilder(opts.limit);
  walk(root, out, opts.exclude);
  return out.toString();
}

/** Iterative walk (pages can nest thousands deep; recursion could overflow). */
function walk(root: Element, out: TextBuilder, exclude?: ReadonlySet<Element>): void {
  // Each stack entry is a node to enter, or a closing marker for a block element or list item.
  const stack: Array<Node | Boundary | 'item'> = [root];
  while (stack.length > 0 && !out.full) {
    const item = stack.pop();
    if (item === undefined || item === null) continue;
    if (item === 'item') {
      out.leaveItem();
      continue;
    }
    if (typeof item === 'string') {
      out.brk(item);
      continue;
    }
    if (item.nodeType === 3) {
      out.text(item.nodeValue ?? '');
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag) || (el !== root && (hidden(el) || exclude?.has(el)))) continue;
    const boundary = boundaryOf(tag);
    if (tag === 'li') {
      out.enterItem();
      stack.push('item');
    } else if (boundary) {
      out.brk(boundary);
      stack.push(boundary);
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
}

/** Text of a short field (title, company): one line, whitespace collapsed. */
export function inlineText(el: Element | null | undefined): string | null {
  if (!el) return null;
  const t = (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return t === '' ? null : t;
}
