import { type StartLook, startLook } from '../pipeline/starts';

/**
 * A second word-start look for a whole-word pattern of phrases: each phrase's second-longest word
 * (its longest stands in the pattern's own look). A whole-word pattern starts each match at a word
 * start, and a space opens every later word of the phrase, so each word of a matched phrase starts
 * a word: a sentence with "remote" but without "not", "first" or "anywhere" skips the pattern.
 * `phrases` are the pattern's phrases as it spells them (`flexibleWords`).
 */
export function otherWordsLook(phrases: readonly string[]): StartLook {
  return startLook(
    phrases.map((phrase) => {
      const words = phrase.trim().split(/\s+/);
      const ranked = words
        .map((word, i) => [word, i] as const)
        .sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
      return (ranked[1] ?? ranked[0])?.[0] ?? phrase;
    }),
  );
}
