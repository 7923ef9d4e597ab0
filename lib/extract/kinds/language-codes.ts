import type { Cefr, LanguageLevel } from '../../schema';
import { alternation, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { GRADED_ONLY_TESTS, LANGUAGE_TESTS } from '../lexicon/words';
import { warmLater } from '../pipeline/gate';
import type { Found } from '../types';
import { SCORED_TESTS } from './language-tests';

/**
 * Languages written as codes after a word that says so: "Bilingual (FR/EN)", "Langues : NL/FR/EN",
 * "Zweisprachig DE/EN" — common in Belgian, Swiss and Canadian postings. Only a run of two or
 * more upper-case codes counts, right after a bilingual word (the level is then fluent) or a
 * languages label (no level), and only when every code of the run is a language's: "IT/HR" or
 * "CV/EN" names no languages.
 */

/** Upper-case ISO 639-1 codes a run may hold. */
const CODES: ReadonlySet<string> = new Set(
  'EN FR DE ES IT PT NL PL RU ZH JA AR SV DA FI EL TR CS HU RO'.split(' '),
);

/** A word that introduces a run of codes; `fluent` when it states the level. */
const LEAD = caseless(
  `(?<![\\p{L}])(?:(?<fluent>${alternation((l) => l.language.codesFluent)})|(?:${alternation(
    (l) => l.language.codeLabels,
  )}))(?![\\p{L}])`,
  'giu',
);
/** Right after it: two or more codes joined by "/", ",", "&" or "+" ("(FR/EN)", ": NL, FR, EN"). */
const RUN = /^[\s:(–-]{0,4}((?:[A-Z]{2}\s?[/,&+]\s?){1,5}[A-Z]{2})(?![A-Za-z\d])/;
const JOIN = /\s?[/,&+]\s?/;
/** The cheap first look: two capitals, a join, two capitals. */
const PAIR = /[A-Z]{2}\s?[/,&+]\s?[A-Z]{2}/;

/**
 * A language test asked for names its language: "valid IELTS (Overall 7)" asks for English,
 * "Goethe-Zertifikat B2" for German at B2. Written as the test writes itself (case as written).
 */
/** The tests read by name: TOEIC, IELTS and TOEFL are read with their scores (language-tests.ts). */
const NAMED_TESTS = Object.keys(LANGUAGE_TESTS).filter(
  (name) => !SCORED_TESTS.has(name.toLowerCase()),
);
const TEST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${rankedAlternation(NAMED_TESTS)})(?![\\p{L}\\p{N}])(?:[\\s:-]{1,3}([ABC][12])(?![\\p{L}\\p{N}]))?`,
  'gu',
);
/** The level a CEFR grade states (language.ts reads grades written after a name the same way). */
export const CEFR_LEVEL: Readonly<Record<Cefr, LanguageLevel>> = {
  C2: 'fluent',
  C1: 'fluent',
  B2: 'professional',
  B1: 'basic',
  A2: 'basic',
  A1: 'basic',
};

/**
 * A code written with its level right after it: "EN C2", "FR B2+", "NL moedertaal", "DE native"
 * (telegraphic requirement lists). The grade or the native word makes the code a language's.
 */
const GRADED = caseless(
  `(?<![\\p{L}\\d])(${[...CODES].join('|')})[\\s:-]{1,3}(?:([ABC][12])\\+?|(${alternation((l) => l.language.levels.native)}))(?![\\p{L}\\d])`,
  'giu',
);
/** The cheap first look: a code as written, a space, a grade or a word. */
const GRADED_LOOK = new RegExp(`(?:${[...CODES].join('|')})[\\s:-]{1,3}[A-Za-z]`);

function gradedCodes(text: string, found: Found[]): void {
  if (!GRADED_LOOK.test(text)) return;
  GRADED.lastIndex = 0;
  for (let m = GRADED.exec(text); m; m = GRADED.exec(text)) {
    // Matched whatever the case for the native word; the code and the grade count as capitals.
    const code = m[1] as string;
    const grade = m[2] ?? null;
    if (!CODES.has(code) || (grade !== null && grade !== grade.toUpperCase())) continue;
    const language = code.toLowerCase();
    if (found.some((f) => f.kind === 'language' && f.language === language)) continue;
    const cefr = grade as Cefr | null;
    const level: LanguageLevel = cefr ? CEFR_LEVEL[cefr] : 'native';
    found.push({ kind: 'language', language, level, cefr, at: m.index });
  }
}

const GRADED_ONLY: ReadonlySet<string> = new Set(GRADED_ONLY_TESTS);
/** A test's own grade right after its name: a CEFR grade or a numbered level ("CELI 3"). */
const GRADE_AFTER = /^[\s:-]{1,3}(?:[ABC][12]|[1-6])(?![\p{L}\p{N}])/u;

/** The cheap first look for a test's name: a literal alternation, no look-behind, no `u`. */
const TEST_LOOK = new RegExp(rankedAlternation(NAMED_TESTS));

function testedLanguages(text: string, found: Found[]): void {
  if (!TEST_LOOK.test(text)) return;
  TEST.lastIndex = 0;
  for (let m = TEST.exec(text); m; m = TEST.exec(text)) {
    const name = m[1] as string;
    const end = m.index + name.length;
    if (GRADED_ONLY.has(name) && !GRADE_AFTER.test(text.slice(end, end + 8))) continue;
    const language = LANGUAGE_TESTS[name] as string;
    if (found.some((f) => f.kind === 'language' && f.language === language)) continue;
    const cefr = (m[2] ?? null) as Cefr | null;
    const level = cefr ? CEFR_LEVEL[cefr] : null;
    found.push({ kind: 'language', language, level, cefr, at: m.index });
  }
}

/** The languages a sentence names by their codes (or by a language test), one item each, in order. */
export function codedLanguages(text: string): Found[] {
  const found: Found[] = [];
  testedLanguages(text, found);
  gradedCodes(text, found);
  if (!PAIR.test(text)) return found;
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    const end = m.index + m[0].length;
    const run = RUN.exec(text.slice(end, end + 40));
    const list = run?.[1];
    if (!run || !list) continue;
    const codes = list.split(JOIN);
    if (!codes.every((c) => CODES.has(c))) continue;
    const level = m.groups?.fluent !== undefined ? 'fluent' : null;
    let at = end + run[0].length - list.length;
    for (const code of codes) {
      at = text.indexOf(code, at);
      const language = code.toLowerCase();
      if (!found.some((f) => f.kind === 'language' && f.language === language)) {
        found.push({ kind: 'language', language, level, cefr: null, at });
      }
      at += code.length;
    }
  }
  return found;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(LEAD, RUN, JOIN, PAIR, TEST, TEST_LOOK, GRADED, GRADED_LOOK, GRADE_AFTER);
