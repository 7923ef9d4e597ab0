/**
 * A cheap first look for the engine's word patterns. A pattern that opens with a lookbehind
 * ("no letter before": `(?<![\p{L}\p{N}])(?:remote|hybrid…)`) makes V8 run that lookbehind at
 * every position of the text, where the same pattern without it is found by a fast scan for its
 * first letters (several times faster). `gated` keeps the pattern and adds that scan in front:
 * the pattern without its opening lookbehinds matches wherever the whole pattern does, so when
 * the scan finds nothing the answer is the same `null`, and when it finds something the whole
 * pattern decides. Results never change; only sentences that may match pay for the lookbehind.
 */

/** Index just after the group that opens at `open` (a `(`), or -1 if the source is unbalanced. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether a piece of source holds a capturing group (plain or named): a later `\1` may need it. */
function hasCapture(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') return true;
      if (source[i + 2] === '<' && source[i + 3] !== '!' && source[i + 3] !== '=') return true;
    }
  }
  return false;
}

/** The source without its opening lookbehinds, or null when there are none to drop. */
export function withoutLeadingLookbehind(source: string): string | null {
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return null;
    at = end;
  }
  if (at === 0 || at >= source.length) return null;
  if (hasCapture(source.slice(0, at))) return null;
  return source.slice(at);
}

/**
 * A RegExp whose `exec` (and so `test`, `match`, `replace`, `search`) first runs the cheap scan.
 * Built only for patterns without `g` or `y`, whose `lastIndex` no caller relies on. Both looks
 * run on plain RegExp copies, which keep V8's fast paths (a subclass's own matching takes the
 * slow, generic one).
 */
class GatedRegExp extends RegExp {
  private readonly scan: RegExp | null;
  private readonly full: RegExp | null;

  // RegExp methods may call the constructor with (pattern, flags) only (`split`'s species copy).
  constructor(pattern: string | RegExp, flags?: string, scan?: string) {
    super(pattern, flags);
    this.scan = scan === undefined ? null : new RegExp(scan, this.flags);
    this.full = scan === undefined ? null : new RegExp(this.source, this.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.scan === null || this.full === null) return super.exec(text);
    return this.scan.test(text) ? this.full.exec(text) : null;
  }

  override test(text: string): boolean {
    if (this.scan === null || this.full === null) return super.test(text);
    return this.scan.test(text) && this.full.test(text);
  }
}

/** `re` with the cheap first look when it opens with a lookbehind; `re` itself otherwise. */
export function gated(re: RegExp): RegExp {
  if (re.global || re.sticky) return re;
  const scan = withoutLeadingLookbehind(re.source);
  return scan === null ? re : new GatedRegExp(re.source, re.flags, scan);
}
