import { alternation } from '../lexicon/build';
import { LATIN } from '../lexicon/letters';
import type { ExperienceWords } from '../lexicon/types';
import { warmLater } from '../pipeline/gate';

/** Words and patterns the experience reader (`experience.ts`) and its traps (`experience-traps.ts`) share. */

/** Every language's words of one experience key, as one alternation. */
export const words = (pick: (e: ExperienceWords) => readonly string[]) =>
  alternation((l) => pick(l.experience));
/** After a count, making it a minimum: "or more", "oder mehr". */
export const OR_MORE = words((e) => e.orMore);
/** The experience nouns: long ones also inside compounds ("Berufserfahrung"), short ones whole. */
export const NOUN_LONG = alternation((l) => l.experience.nouns.filter((w) => w.length > 3));
export const NOUN_SHORT = alternation((l) => l.experience.nouns.filter((w) => w.length <= 3));
export const NOUN = `(?:${NOUN_LONG}|(?<![${LATIN}])(?:${NOUN_SHORT})(?![${LATIN}]))`;
export const EXPERIENCE_WORD = new RegExp(NOUN, 'i');

warmLater(EXPERIENCE_WORD);
