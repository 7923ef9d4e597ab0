import { alternation, LEXICONS } from '../lexicon/build';

/**
 * Whether a short line reads as a sentence or a slogan rather than a name, in the languages that
 * capitalise a name's words: "Shape the future of secure development practices" under a title is
 * the ad's strap line, not its employer.
 */

/** The small words of those languages (`posting.nameSmallWords`). */
const SMALL = new Set(LEXICONS.flatMap((l) => l.posting.nameSmallWords));
/** Lower-case words of four letters or more that make a line prose, beside one small word. */
const MIN_LOWER_WORDS = 3;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]{3,}$/u;
/** "… sind herzlich willkommen", "… welcome!": a welcoming note, in any language. */
const WELCOME_TAIL = new RegExp(
  `\\s(?:${alternation((l) => l.posting.welcomeTails)})\\s?!?$`,
  'iu',
);

export function readsAsProse(line: string): boolean {
  if (line.length <= 80 && WELCOME_TAIL.test(line)) return true;
  if (SMALL.size === 0) return false;
  let small = false;
  let lower = 0;
  for (const word of line.split(' ')) {
    if (SMALL.has(word)) small = true;
    else if (LOWER_WORD.test(word)) lower++;
  }
  return small && lower >= MIN_LOWER_WORDS;
}
