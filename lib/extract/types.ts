import type { Requirement } from '../schema';

/** One sentence (or bullet, or line) of the posting text, with its place in that text. */
export interface Sentence {
  text: string;
  /** Offsets into the full text the engine read: `full.slice(start, end) === text`. */
  start: number;
  end: number;
  /** The section heading the sentence sits under, if any ("Requirements", "Nice to have"). */
  heading: string | null;
  /** What that heading says about the items under it. */
  section: 'required' | 'preferred' | null;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What a per-kind extractor finds in one sentence. The engine adds `evidence` (the sentence) and
 * `required` (from the section and from phrases like "a plus" near `at`).
 */
export type Found = DistributiveOmit<Requirement, 'required' | 'evidence'> & {
  /** Offset of the match inside `sentence.text`, so "English required, Spanish a plus" splits. */
  at: number;
};

export type SentenceExtractor = (sentence: Sentence) => Found[];
