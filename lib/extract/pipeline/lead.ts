/**
 * The characters a pattern's match can start with, as a character class, so a scan of a long text
 * skips every other position at once. V8 finds no such skip by itself for a long alternation
 * whose branches open with assertions (`\b`, lookbehinds): it tries every branch at every
 * position. `(?=[…])` in front gives it one class to test first. The class may hold more than the
 * pattern can start with, never less, so matches never change.
 */

/** Index just after the group or class that opens at `open`, or -1 when unbalanced. */
function closeOf(source: string, open: number): number {
  if (source[open] === '[') {
    for (let i = open + 1; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === ']') return i + 1;
    }
    return -1;
  }
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of `source`, split at `|` outside groups and classes. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') {
      const end = closeOf(source, i);
      if (end < 0) return [source];
      i = end - 1;
    } else if (c === '|') {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Whether the atom ending at `end` may be skipped (`?`, `*`, `{0,…}` after it). */
function optionalAfter(source: string, end: number): boolean {
  const q = source[end];
  return q === '?' || q === '*' || source.startsWith('{0', end);
}

/** Escapes of more than one character after the backslash, which may sit inside `[...]` as they are. */
const CLASS_ESCAPE =
  /^\\(?:[dDsSwW]|[pP]\{[^}]{1,40}\}|x[\dA-Fa-f]{2}|u\{[\dA-Fa-f]{1,6}\}|u[\dA-Fa-f]{4}|c[A-Za-z])/;
/** Escapes that match no character (assertions). */
const ASSERTION = /^\\[bB]/;

/**
 * The class body (the part between `[` and `]`) of what an alternative's match starts with, or
 * null when it cannot be told (an empty match, a wildcard, a back-reference, an optional start).
 */
function leadOf(alt: string, depth: number): string | null {
  if (depth > 8) return null;
  let at = 0;
  for (;;) {
    if (at >= alt.length) return null;
    const rest = alt.slice(at);
    const assertion = ASSERTION.exec(rest);
    if (assertion) {
      at += assertion[0].length;
      continue;
    }
    if (rest[0] === '^' || rest[0] === '$') {
      at++;
      continue;
    }
    if (/^\(\?(?:<[!=]|[=!])/.test(rest)) {
      const end = closeOf(alt, at);
      if (end < 0) return null;
      at = end;
      continue;
    }
    break;
  }
  const rest = alt.slice(at);
  const c = rest[0] as string;
  if (c === '(') {
    const end = closeOf(alt, at);
    if (end < 0 || optionalAfter(alt, end)) return null;
    const inner = alt.slice(at, end - 1);
    const body = inner.startsWith('(?:')
      ? inner.slice(3)
      : inner.startsWith('(?<')
        ? inner.slice(inner.indexOf('>') + 1)
        : inner.slice(1);
    return leadOfAll(body, depth + 1);
  }
  if (c === '[') {
    const end = closeOf(alt, at);
    if (end < 0 || optionalAfter(alt, end) || rest[1] === '^') return null;
    return alt.slice(at + 1, end - 1);
  }
  if (c === '.' || c === ')' || c === '|' || c === '*' || c === '+' || c === '?') return null;
  if (c === '\\') {
    const wide = CLASS_ESCAPE.exec(rest);
    const piece = wide ? wide[0] : rest.slice(0, 2);
    if (/^\\[1-9k]/.test(piece)) return null;
    return optionalAfter(alt, at + piece.length) ? null : piece;
  }
  if (optionalAfter(alt, at + 1)) return null;
  // Characters with a meaning inside a class are escaped there.
  return /[\]\\^-]/.test(c) ? `\\${c}` : c;
}

function leadOfAll(source: string, depth: number): string | null {
  let out = '';
  for (const alt of alternatives(source)) {
    const lead = leadOf(alt, depth);
    if (lead === null) return null;
    out += lead;
  }
  return out;
}

/** The class (`[...]`) a match of `source` starts with, or null when it cannot be told. */
export function leadClass(source: string): string | null {
  const body = leadOfAll(source, 0);
  return body ? `[${body}]` : null;
}

/** `re` with its lead class looked for first (same flags, same matches), or `re` itself. */
export function withLeadLook(re: RegExp): RegExp {
  const lead = leadClass(re.source);
  return lead === null ? re : new RegExp(`(?=${lead})(?:${re.source})`, re.flags);
}
