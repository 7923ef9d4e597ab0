/**
 * Case-insensitive patterns without the `u` flag. The engine's patterns are written with `\p{L}`
 * and `\p{N}` for their word boundaries ("no letter before"), which need `u`; with `u` and `i`
 * together V8 compiles a pattern more slowly and, measured over the engine's 263 such patterns
 * on the fixture postings, runs it about twice as slowly (each literal letter becomes a Unicode
 * case-folding class). `caseless` compiles such a pattern with `i` alone, `\p{L}` and `\p{N}` read
 * as the letters and digits of the scripts postings are written in (below), `\p{Lu}` and `\p{Ll}`
 * (which `i` folds to every cased letter) as the cased ones. A pattern that still needs `u` after
 * that (another property, `\u{…}`, an astral character) keeps its flags.
 */

/**
 * The letters `\p{L}` stands for: Latin (ASCII, Latin-1 with ª µ º, Extended-A and -B, IPA
 * extensions, Extended Additional), Greek (with Greek Extended) and Cyrillic. Next to a letter of
 * another script (Arabic, Hebrew, CJK…) a boundary now holds: those scripts put no space between a
 * Latin-script word and their own text, so "no letter before" is what the boundary meant there.
 */
export const LETTER_CLASS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF';
/** The digits `\p{N}` stands for: ASCII, superscripts ¹ ² ³ and the fractions ¼ ½ ¾. */
export const DIGIT_CLASS = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE';

/**
 * The letters `\p{Lu}` and `\p{Ll}` stand for under `i`, which folds case: the cased letters of
 * `LETTER_CLASS` (all but ª and º).
 */
export const CASED_CLASS =
  'A-Za-z\\u00B5\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF';

const CLASSES: Record<string, string> = {
  '\\p{L}': LETTER_CLASS,
  '\\p{N}': DIGIT_CLASS,
  '\\p{Lu}': CASED_CLASS,
  '\\p{Ll}': CASED_CLASS,
};

/**
 * A case-insensitive pattern's source with `\p{L}`, `\p{N}`, `\p{Lu}` and `\p{Ll}` written out as
 * classes (inside a class, as its ranges), or null when what is left still needs the `u` flag.
 */
export function withoutUnicodeClasses(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const name = /^\\p\{L[ul]?\}|^\\p\{N\}/.exec(source.slice(i, i + 6))?.[0];
      const ranges = name === undefined ? undefined : CLASSES[name];
      if (name !== undefined && ranges !== undefined) {
        out += inClass ? ranges : `[${ranges}]`;
        i += name.length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return /\\[pPu]\{|[\uD800-\uDFFF]/.test(out) ? null : out;
}

/** `new RegExp(source, flags)`, compiled without `u` when `flags` has both `i` and `u` and may. */
export function caseless(source: string, flags: string): RegExp {
  if (flags.includes('i') && flags.includes('u')) {
    const plain = withoutUnicodeClasses(source);
    if (plain !== null) return new RegExp(plain, flags.replace('u', ''));
  }
  return new RegExp(source, flags);
}
