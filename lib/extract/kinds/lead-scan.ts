import { walkSource, warmLater, withoutLeadingLookbehind } from '../pipeline/gate';

/**
 * A global pattern that opens with lookbehinds ("no letter before": `(?<![a-z…])(?:bachelor|…)`)
 * makes V8 try that lookbehind at every position of the text, where the same pattern without it
 * is found by a fast scan for its first letters. `gated` (pipeline/gate.ts) fixes that for
 * patterns run once; a reader looping over every match of a global pattern uses this instead:
 * the scan (the pattern without its opening lookbehinds) finds the next place the rest matches,
 * and the lookbehinds alone, tried at that one place, say whether the whole pattern matches
 * there. The lookbehinds hold no capture and take no characters, so the first place where both
 * hold is the whole pattern's next match, with the same groups: results never change.
 */
export class LeadScan {
  /** Where the next `exec` starts, as a global RegExp's `lastIndex`. */
  lastIndex = 0;
  private readonly scan: RegExp;
  private readonly behind: RegExp;
  private readonly unicode: boolean;

  constructor(readonly pattern: RegExp) {
    if (!pattern.global) throw new Error('LeadScan: a global pattern');
    const rest = withoutLeadingLookbehind(pattern.source);
    // "(?<!x)a|b": the lookbehind holds for the first alternative only; not one this reads.
    if (rest === null || hasTopLevelBar(rest)) throw new Error('LeadScan: no opening lookbehind');
    const head = pattern.source.slice(0, pattern.source.length - rest.length);
    this.scan = new RegExp(rest, pattern.flags);
    this.behind = new RegExp(head, `${pattern.flags.replace('g', '')}y`);
    this.unicode = pattern.unicode;
    warmLater(this.scan, this.behind, pattern);
  }

  /** The next match from `lastIndex`, as `pattern.exec` gives it; `lastIndex` moves as it would. */
  exec(text: string): RegExpExecArray | null {
    let at = this.lastIndex;
    while (at <= text.length) {
      this.scan.lastIndex = at;
      const m = this.scan.exec(text);
      if (m === null) break;
      this.behind.lastIndex = m.index;
      if (this.behind.test(text)) {
        this.lastIndex = m.index + m[0].length;
        return m;
      }
      // The next place the whole pattern would try: one character on (a surrogate pair whole).
      at = m.index + (this.unicode && isPairAt(text, m.index) ? 2 : 1);
    }
    this.lastIndex = 0;
    return null;
  }
}

function isPairAt(text: string, i: number): boolean {
  const hi = String.prototype.charCodeAt.call(text, i);
  const lo = String.prototype.charCodeAt.call(text, i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Whether the source has a `|` outside every group and class (an alternation at its top). */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  return (
    walkSource(source, 0, (c) => {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      return c === '|' && depth === 0;
    }) >= 0
  );
}
