/** Character-code tests the text pipeline and the readers share. */

/*
 * The engine reads character codes as `String.prototype.charCodeAt.call(text, i)`, never as
 * `text.charCodeAt(i)` (`tests/conventions.test.ts`). Sentences reach a reader as strings of many
 * internal kinds (slices of the posting, joined pieces, flat copies, one or two bytes a
 * character), and `text.charCodeAt(i)` looks the method up by the string's kind on every
 * character: past four kinds V8 stops caching that lookup, and the slow lookups cost the word-start
 * index and the tokenizers ~7 % of an extraction's instructions (`valgrind --tool=cachegrind`, 13.7
 * → 12.8 M instructions on the bench's 5 KB posting). Named in full, the method is a constant V8
 * inlines for every kind of string. A module constant holding it is one only where the bundler
 * keeps `const` at the module's top (12.8 M), not inside the extension's bundled function (15.0 M),
 * and a wrapper function was not inlined (14.5 M).
 */

/** A space, line break or tab: the white space the splitter cuts at. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t';
}

/** Whether a UTF-16 code unit is whitespace to a regex `\s` (and to `trim()`). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text` from `start` to `end` as a flat string of its own. A slice is a view into its text and
 * a joined string a pair of parts, and V8 reads either through one more indirection at every
 * character; the splitter, the word-start index, the tokenizers and the readers read every
 * character of every sentence. Short slices are copies already.
 */
export function flatSlice(text: string, start: number, end: number): string {
  if (end - start < 16) return text.slice(start, end);
  return [text.slice(start, start + 1), text.slice(start + 1, end)].join('');
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** `text` as a regex source matching it literally: "C++ (R&D)" matches as `C\+\+ \(R&D\)`. */
export function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}
