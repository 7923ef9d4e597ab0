import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LATIN } from '../lexicon/letters';
import type { ExperienceWords, Lexicon } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { EXPERIENCE_WORD, OR_MORE, words } from './experience-words';

/**
 * Years that are not the candidate's experience (`experience.ts`): an age, a contract's length, a
 * warranty, a company's history, a team's pooled years, a rate at which experience replaces
 * schooling.
 */

/** "Career Level: 1-4 Years Experienced Employee": a record's level band, no requirement. */
const LEVEL_FIELD = new RegExp(`^\\s{0,3}(?:${words((e) => e.levelLabels)})\\s{0,2}:`, 'i');

/** "You have worked in a warehouse for 2 years", "vous avez exercé ce métier pendant 2 ans". */
export const WORKED_BEFORE = new RegExp(
  `(?<![${LATIN}])(?:${words((e) => e.workedBefore)})(?![${LATIN}])[^.;!?]{0,60}$`,
  'i',
);

/** Years that describe something other than the candidate's experience. */
const TRAP_AFTER = new RegExp(
  `^[\\s'’-]{0,3}(?:(?:${OR_MORE}|min\\.)\\s{1,2})?(?:${words((e) => e.trapsAfter)})(?![${LATIN}])` +
    `(?!\\s{1,2}(?:${words((e) => e.trapFields)})(?![${LATIN}]))`,
  'i',
);
/** The trap word alone after the count, whatever follows it ("contract role"). */
const TRAP_WORD_AFTER = new RegExp(
  `^[\\s'’-]{0,3}(?:${words((e) => e.trapsAfter)})(?![${LATIN}])`,
  'i',
);
/**
 * An article, and at most two words, right before the count: "an exciting 4 month contract role",
 * "a 12-month fixed term": the length of the job on offer, not years asked of the candidate.
 */
const ARTICLE_BEFORE = new RegExp(
  `(?<![${LATIN}])(?:${words((e) => e.roleArticles)})(?:\\s{1,2}[${LATIN}-]{2,20}){0,2}\\s{1,2}$`,
  'i',
);
/** "50 years of combined experience": years pooled across a team, unless asked of the candidate. */
const POOLED_AFTER = new RegExp(
  `^[\\s'’-]{0,3}(?:${words((e) => e.pooledAfter)})(?![${LATIN}])`,
  'i',
);
/** "one year of experience may be substituted for one year of college": a rate, not a requirement. */
const SUBSTITUTES = new RegExp(
  `^[^.;]{0,60}?(?<![${LATIN}])(?:${words((e) => e.substitutes)})(?![${LATIN}])`,
  'i',
);
/**
 * "… may be substituted for one year of college", "credits may be substituted for each 6 months of
 * experience to a maximum of 2 years": the years the experience stands in for, or their cap.
 */
const SUBSTITUTED_BEFORE = new RegExp(
  `(?<![${LATIN}])(?:${words((e) => e.substitutes)})(?![${LATIN}])[^.;]{0,80}$`,
  'i',
);
/** "founded 20 years ago", "a combined 60+ years", "BrisDoc has nearly 20 years". */
const TRAP_BEFORE = gated(
  new RegExp(
    // "Edad: 19 años en adelante": a trap word written as a label, its colon before the count.
    `(?<![${LATIN}])(?:${words((e) => e.trapsBefore)})\\s{0,3}(?::\\s{0,3})?(?:(?:de|of|von|auf|d'|${words((e) => [...e.atLeast, ...e.moreThan])})\\s{0,3})?` +
      // "après 3 mois et 6 mois": the second length joined to a trapped one is trapped too.
      `(?:\\d{1,2}\\s{0,2}[^\\s\\d]{2,8}\\s{1,2}(?:${words((e) => e.rangeJoins)})\\s{1,2})?$`,
    'i',
  ),
);
/** A trap word that names a length (see `experienceLeads`). */
const TRAP_DURATION = new RegExp(`^(?:${words((e) => e.trapDurations)})(?![${LATIN}])`, 'i');
/** Markdown emphasis opening right before the count ("de **2 ans"): not a word of the clause. */
const EMPHASIS_END = /\s?[*_]{1,3}$/;
/** "The ideal candidate has 5 years": the candidate, not the company, has them. */
const CANDIDATE_HAS = new RegExp(
  `(?:${words((e) => e.candidateNouns)})\\s(?:\\S+\\s){0,2}(?:${words((e) => e.candidateHas)})\\s(?:\\S+\\s){0,2}$`,
  'i',
);
/** One language's company speaking of itself: "our team", "we have" (not "we have a ..."). */
function companySource(l: Lexicon): string {
  const one = (pick: (e: ExperienceWords) => readonly string[]) =>
    alternation((x) => pick(x.experience), [l]);
  const e = l.experience;
  const have =
    e.companyHaveNot.length > 0
      ? `(?:${one((x) => x.companyHave)})(?! (?:${one((x) => x.companyHaveNot)}) )`
      : `(?:${one((x) => x.companyHave)})`;
  const team = `(?:${one((x) => x.companyOwners)})\\s(?:${one((x) => x.companyNouns)})(?![${LATIN}\\d_])`;
  return `${team}|${have}`;
}

/** A company or team talking about itself earlier in the sentence. */
const COMPANY_SUBJECT = new RegExp(`\\b(?:${LEXICONS.map(companySource).join('|')})`, 'i');

const COMPANY_AFTER = caseless(
  `^[^.;]{0,60}?,\\s{1,2}(?:${words((e) => e.companyWe)}|(?:${words((e) => e.companyWeStems)})\\p{L}*)(?![\\p{L}])`,
  'iu',
);

export const MINIMUM_LEAD = new RegExp(
  `(?<![${LATIN}])(?:${words((e) => e.atLeast)})\\s{0,3}$`,
  'i',
);

/**
 * Whether the years describe something other than the candidate's experience. `asked`: the count
 * is a range or carries a plus, so pooled years ("12+ years of combined experience") are asked.
 */
export function isTrap(text: string, start: number, end: number, asked = false): boolean {
  if (LEVEL_FIELD.test(text)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  if (TRAP_AFTER.test(after)) return true;
  if (TRAP_WORD_AFTER.test(after) && ARTICLE_BEFORE.test(before)) return true;
  if (POOLED_AFTER.test(after) && !asked && !MINIMUM_LEAD.test(before)) return true;
  if (SUBSTITUTES.test(text.slice(end, end + 80))) return true;
  if (SUBSTITUTED_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return true;
  // "les jeunes de **2,5 ans à 16 ans**": markdown emphasis between the trap word and the count.
  const trap = TRAP_BEFORE.exec(before.replace(EMPHASIS_END, ''));
  // "Has trabajado como camarero durante 2 años": the candidate's work is what the trap word measures.
  const worked = () => WORKED_BEFORE.test(text.slice(Math.max(0, start - 90), start));
  if (trap && !CANDIDATE_HAS.test(before) && !experienceLeads(before, trap) && !worked()) {
    return true;
  }
  // "With 35 years of experience, our team ...": the company is the subject after the comma;
  // "Minimum 5 years as a developer, we set no maximum" asks them of the candidate.
  if (!MINIMUM_LEAD.test(before) && COMPANY_AFTER.test(text.slice(end, end + 80))) return true;
  // A self-description ("our team has 15 years of experience") in the same clause.
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return COMPANY_SUBJECT.test(before.slice(clauseStart + 1));
}

/**
 * Whether the clause names the experience before a trap word, which then measures it: "une
 * expérience d'une durée de 1 à 2 ans" (the duration is the experience's, not a contract's).
 */
function experienceLeads(before: string, trap: RegExpExecArray): boolean {
  if (!TRAP_DURATION.test(trap[0])) return false;
  const lead = before.slice(0, trap.index);
  const clause = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('. '));
  return EXPERIENCE_WORD.test(lead.slice(clause + 1));
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  LEVEL_FIELD,
  WORKED_BEFORE,
  TRAP_AFTER,
  TRAP_WORD_AFTER,
  ARTICLE_BEFORE,
  POOLED_AFTER,
  SUBSTITUTES,
  SUBSTITUTED_BEFORE,
  TRAP_BEFORE,
  TRAP_DURATION,
  CANDIDATE_HAS,
  COMPANY_SUBJECT,
  COMPANY_AFTER,
  MINIMUM_LEAD,
);
