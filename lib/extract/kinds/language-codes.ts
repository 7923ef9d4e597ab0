import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import type { Found } from '../types';

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

/** The languages a sentence names by their codes, one item per code, in order. */
export function codedLanguages(text: string): Found[] {
  if (!PAIR.test(text)) return [];
  const found: Found[] = [];
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
warmLater(LEAD, RUN, JOIN, PAIR);
