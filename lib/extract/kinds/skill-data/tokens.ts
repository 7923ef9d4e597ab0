import { warmLater } from '../../pipeline/gate';
/**
 * The one tokenizer both the dictionary builder and the matcher use, so a name and a sentence are
 * cut the same way: "Node.js", "C++", "C#", ".NET" stay whole; "CI/CD" and "T-SQL" are two tokens
 * joined by their separator, so "Scrum/Kanban" still yields two names.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** How this token joins the previous one: ' ' (space or hyphen), '/', '&', or null (punctuation). */
  join: ' ' | '/' | '&' | null;
}

// Internal dots keep "Node.js" and "ASP.NET" whole; a leading dot keeps ".NET". Bounded groups.
const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{N}_+#]*(?:\.[\p{L}\p{N}][\p{L}\p{N}_+#]*){0,4}|\.[\p{L}][\p{L}\p{N}]{0,9}/gu;
const SPACE_GAP = /^[\s\-–]{1,6}$/;
const SLASH_GAP = /^\s{0,2}\/\s{0,2}$/;
const AMP_GAP = /^\s{0,2}&\s{0,2}$/;

function joinOf(gap: string): Token['join'] {
  if (SPACE_GAP.test(gap)) return ' ';
  if (SLASH_GAP.test(gap)) return '/';
  if (AMP_GAP.test(gap)) return '&';
  return null;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  // One exec loop on the shared pattern (matchAll copies it per call); TOKEN never matches empty.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Most words are one space apart: that gap joins them, no pattern needed.
    const join =
      prevEnd < 0
        ? null
        : start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32
          ? ' '
          : joinOf(text.slice(prevEnd, start));
    tokens.push({ text: m[0], start, end, join });
    prevEnd = end;
  }
  return tokens;
}

/** The lookup key of tokens[from..from+n): lowercase words joined by their separators. */
export function keyOf(tokens: readonly Token[], from: number, n: number): string | null {
  const parts: string[] = [];
  for (let i = from; i < from + n; i++) {
    const t = tokens[i];
    if (!t) return null;
    if (i > from) {
      if (t.join === null) return null;
      parts.push(t.join);
    }
    parts.push(t.text.toLowerCase());
  }
  return parts.join('');
}

/** The key of a whole name ("Microsoft  Excel" → "microsoft excel"), or null if it has a break. */
export function nameKey(name: string): string | null {
  const tokens = tokenize(name);
  return tokens.length === 0 ? null : keyOf(tokens, 0, tokens.length);
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(TOKEN, SPACE_GAP, SLASH_GAP, AMP_GAP);
