import type { LanguageLevel } from '../../schema';
import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LATIN } from '../lexicon/letters';
import { gated, warmLater } from '../pipeline/gate';
import type { Found } from '../types';

/**
 * English asked for by a test score: "TOEIC 800 minimum", "score TOEIC supérieur à 785", "IELTS
 * 7.0", "TOEFL iBT 100" (French, Belgian and Canadian postings name the test more often than a
 * level). The test names are the same in every language; a score maps to the level it certifies
 * (CEFR: TOEIC 945 / IELTS 7 / TOEFL iBT 95 are C1, TOEIC 785 / IELTS 5.5 / TOEFL 72 are B2). A
 * test named with no score asks for English at no stated level, when the sentence asks for it
 * ("TOEIC exigé", "IELTS preferred"): "we train staff for the TOEIC" asks nothing.
 */

/** The lexicons' words that ask for something: required, preferred. */
const ASKS = caseless(
  `(?<![\\p{L}])(?:${alternation((l) => [...l.preference.required, ...l.preference.trailing, ...l.preference.leading])})(?![\\p{L}])`,
  'iu',
);

interface Scale {
  /** Lowest C1 and B2 scores. */
  fluent: number;
  professional: number;
  /** Scores above this are no score on the scale ("IELTS 2024"). */
  top: number;
}

/** The tests read here, by score (`language-codes.ts` reads the other tests by their names). */
export const SCORED_TESTS: ReadonlySet<string> = new Set(['toeic', 'ielts', 'toefl']);

const SCALES: Readonly<Record<string, Scale>> = {
  toeic: { fluent: 945, professional: 785, top: 990 },
  ielts: { fluent: 7, professional: 5.5, top: 9 },
  toefl: { fluent: 95, professional: 72, top: 120 },
};

/**
 * The test, then within a few words its score: "TOEIC : 850", "TOEIC > 800", "TOEIC (750+)",
 * "IELTS band 6.5", "TOEFL iBT 100", "score TOEIC supérieur à 785". Bounded gaps: linear.
 */
const TEST = caseless(
  '(?<![\\p{L}\\d])(TOEIC|IELTS|TOEFL)(?![\\p{L}\\d])(?:[^\\d\\n.;]{0,24}?(\\d{1,3}(?:[.,]\\d)?)(?!\\d))?',
  'giu',
);

/**
 * Whether a sentence names a test at all: the word-start index first (most sentences name none),
 * then the names. TEST matches only after a non-letter, so wherever this matches too.
 */
const NAMED = gated(new RegExp(`(?<![${LATIN}])(?:TOEIC|IELTS|TOEFL)`, 'i'), [
  'TOEIC',
  'IELTS',
  'TOEFL',
]);

function levelOf(test: string, score: string | undefined): LanguageLevel | null {
  if (score === undefined) return null;
  const scale = SCALES[test.toLowerCase()] as Scale;
  const value = Number(score.replace(',', '.'));
  if (!(value > 0) || value > scale.top) return null;
  if (value >= scale.fluent) return 'fluent';
  return value >= scale.professional ? 'professional' : 'basic';
}

/** English asked for by a test named in a sentence (one item at most). */
export function testedEnglish(text: string): Found[] {
  if (!NAMED.test(text)) return [];
  TEST.lastIndex = 0;
  const m = TEST.exec(text);
  if (!m) return [];
  const level = levelOf(m[1] as string, m[2]);
  if (level === null && !ASKS.test(text)) return [];
  return [
    {
      kind: 'language',
      language: 'en',
      level,
      cefr: null,
      at: m.index,
    },
  ];
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(TEST, ASKS);
