import type { Sentence } from '../extract/types';

/**
 * Lines as the splitter gives them to a reader (no heading, no section), each starting one
 * character after the previous one ends, for tests of a single reader.
 */
export function sentencesOf(...texts: string[]): Sentence[] {
  let start = 0;
  return texts.map((text) => {
    const s = { text, start, end: start + text.length, heading: null, section: null };
    start += text.length + 1;
    return s;
  });
}
