/**
 * The letters of the Latin scripts the lexicons are written in (ASCII, Latin-1, Latin Extended-A
 * and -B), as the inside of a regex class: `[${LATIN}]`, `[${LATIN}\\d]`. Word regexes built from
 * hundreds of lexicon phrases use it for their word boundaries instead of `\p{L}`, so they need no
 * `u` flag: with `u` and `i` together V8 compiles such a pattern several times slower.
 */
export const LATIN = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
