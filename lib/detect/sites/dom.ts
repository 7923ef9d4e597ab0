import { elementText, inlineText } from '../text';

/** First element matching any selector, tried in order (several markup generations per field). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

export function firstText(
  root: ParentNode,
  selectors: readonly string[],
  read: (el: Element | null) => string | null = inlineText,
): string | null {
  for (const sel of selectors) {
    const t = read(root.querySelector(sel));
    if (t) return t;
  }
  return null;
}

/**
 * A short field whose parts sit in sibling elements: `<span>Germany</span><span>United Kingdom</span>`
 * reads "Germany · United Kingdom", where textContent would run them together.
 */
export function fieldText(el: Element | null | undefined, depth = 0): string | null {
  if (!el) return null;
  const kids = [...el.children];
  const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim());
  if (kids.length < 2 || ownText || depth > 3) return inlineText(el);
  const parts = kids
    .map((k) => fieldText(k, depth + 1))
    .filter((t): t is string => t !== null && !/^[·•|,/–-]$/.test(t));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Screen-reader copies: a chip says "Hybrid" and hides "Matches your preferences…" beside it. */
const SR_ONLY = '.visually-hidden,.sr-only,.a11y-text';

/** Texts of every element matching the selectors (site labels), at most `max`: the shown words. */
export function allTexts(root: ParentNode, selectors: readonly string[], max = 12): string[] {
  if (selectors.length === 0) return [];
  const out: string[] = [];
  for (const el of root.querySelectorAll(selectors.join(','))) {
    const shown = inlineText(el);
    const sr = inlineText(el.querySelector(SR_ONLY));
    const t = shown && sr ? shown.replace(sr, '').trim() : shown;
    if (t) out.push(t);
    if (out.length >= max) break;
  }
  return out;
}

export function meta(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

export interface BlockOptions {
  /** Join the text of every match of the first selector that matches (sectioned descriptions). */
  all?: boolean;
  /** Selectors of elements to leave out of the text (apply widgets, logos). */
  exclude?: readonly string[];
}

/** Description text from the first selector that yields any. */
export function blockText(
  root: ParentNode,
  selectors: readonly string[],
  opts: BlockOptions = {},
): string | null {
  const exclude = opts.exclude?.length
    ? new Set(root.querySelectorAll(opts.exclude.join(',')))
    : undefined;
  for (const sel of selectors) {
    const els = opts.all ? [...root.querySelectorAll(sel)] : [root.querySelector(sel)];
    const text = els
      .filter((el): el is Element => el !== null && !exclude?.has(el))
      .map((el) => elementText(el, { exclude }))
      .filter((t) => t !== '')
      .join('\n\n');
    if (text) return text;
  }
  return null;
}

/** Value next to a label ("Location" heading → its next sibling; `<dt>` → `<dd>`). */
export function labelled(root: ParentNode, tags: string, label: RegExp): string | null {
  for (const el of root.querySelectorAll(tags)) {
    const t = inlineText(el);
    if (t && t.length < 40 && label.test(t)) {
      const v = inlineText(el.nextElementSibling);
      if (v) return v;
    }
  }
  return null;
}

/** The first DNS label of the host: the tenant slug on hosted ATS boards. */
export function subdomain(url: URL): string {
  return url.hostname.split('.')[0] ?? url.hostname;
}

/** Path segments, empty ones dropped. */
export function segments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '');
}

/** "Software Engineer at Acme" → "Acme"; used on titles of the form the site writes. */
export function afterAt(s: string | null): string | null {
  if (!s) return null;
  const i = s.lastIndexOf(' at ');
  return i >= 0 ? s.slice(i + 4).trim() || null : null;
}
