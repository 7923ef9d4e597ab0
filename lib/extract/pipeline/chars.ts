/** Character-code tests the text pipeline and the readers share. */

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
 * `s` as a string of its own, equal to it. A sentence cut from the posting with `slice` is, in
 * V8, a view into the whole text, and two-byte whenever anything in the text is (one "€" is
 * enough); the readers then run hundreds of patterns and character loops over it. On a copy of
 * its own (one-byte when its characters allow) the engine read a 5 KB posting ~6 % faster
 * (`npm run bench:engine`, and instruction counts of A/B bundles under cachegrind); the copy, a
 * JSON round trip (the cheapest of the copies measured), costs less than it saves. Lone
 * surrogates survive it: JSON.stringify escapes them and JSON.parse restores them.
 */
export function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
