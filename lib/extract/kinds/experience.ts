import { alternation, latinWords, mergedRecord } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LATIN } from '../lexicon/letters';
import { gated, warmLater } from '../pipeline/gate';
import { NUMBER_WORD_PATTERN, parseCount } from '../pipeline/numbers';
import type { Found, Sentence, SentenceExtractor } from '../types';
import { domainOf, workField } from './experience-field';
import { isTrap, WORKED_BEFORE } from './experience-traps';
import { EXPERIENCE_WORD, NOUN, NOUN_LONG, NOUN_SHORT, OR_MORE, words } from './experience-words';
import { cleanField } from './field';
import { LeadScan } from './lead-scan';
import { Trigger } from './signals';

/**
 * Years of experience: "5+ years", "3-5 years", "at least five years", "6 months", and the same in
 * French, German, Spanish, Italian, Portuguese and Dutch, with the field they are in. A number of
 * years only counts when the words around it talk about experience, and never when they describe
 * the company, a colleague, a warranty, a contract length or an age.
 */

const NUM = `(\\d{1,2}(?:[.,]5)?|${NUMBER_WORD_PATTERN})`;
/** "Five (5) years": the figure repeated in brackets. */
const BRACKETED = '(?:\\s{0,2}\\(\\d{1,2}\\))?';
const YEAR = words((e) => e.years);
const MONTH = words((e) => e.months);
/** "3-5", "3 to 5", "2 e massimo 4", "3 years to less than 5". */
const RANGE_SEP = `\\s{0,2}(?:-|–|—|\\/|(?:${YEAR})?\\s{0,2}(?:${words((e) => e.unitRangeJoins)})|${words((e) => e.rangeJoins)})(?:\\s{1,2}(?:${words((e) => e.rangeMax)}))?\\s{0,2}`;
/** Only a range's join between a count of months and a count of years ("6 months to 1 year"). */
const MIXED_RANGE_JOIN = new RegExp(`^${RANGE_SEP}$`, 'i');
/** The "or more" words that are no minimum word: after a range they open its upper end. */
const OPEN_END = new RegExp(
  `^(?:\\+|${words((e) => e.orMore.filter((w) => !e.atLeast.includes(w)))})$`,
  'i',
);
/** "1 year to less than 2 years": a range whose two ends each carry the unit. */
const UNIT_RANGE = new RegExp(`(?:${YEAR})\\s{0,2}(?:${words((e) => e.unitRangeJoins)})`, 'i');

/**
 * A count, an optional range (whose upper end may carry its own "+": "7-10+ years" is "7 or
 * more"; a "+" on the lower end is the range's floor: "3+ to 8 years" is 3 to 8), an optional "+"
 * or "or more", then a year or month unit.
 */
const DURATION = new LeadScan(
  new RegExp(
    `(?<![${LATIN}\\d.,])${NUM}${BRACKETED}(?:\\+?${RANGE_SEP}${NUM}${BRACKETED}(\\+)?)?\\s{0,2}(\\+|(?<![${LATIN}])(?:${OR_MORE}))?\\s{0,2}(?:-\\s?)?(?:(${YEAR})|(${MONTH}))(?![${LATIN}])`,
    'gi',
  ),
);

/** Any word CONTEXT_AFTER may need, for the gate. */
const CONTEXT_GATE = new RegExp(
  alternation((l) => l.experience.contextGate),
  'i',
);

/** "Berufserfahrung (+5)", "experience (3+)": a bracketed count with a plus, right after the noun. */
const NOUN_COUNT = new RegExp(
  `(?:${NOUN_LONG})\\s{0,2}\\(\\s{0,2}(?:\\+\\s?(\\d{1,2})|(\\d{1,2})\\s?\\+)\\s{0,2}\\)`,
  'i',
);

/**
 * A unit of time closing a word: every duration has one ("5 years", "3-5 Jahre", "6 mois"), so a
 * sentence without one skips the duration pattern, whose "no letter before" is costly to try at
 * every position.
 */
const UNIT_LOOK = new Trigger(new RegExp(`(?:${YEAR}|${MONTH})(?![${LATIN}])`, 'i'), /(?:)/);

/**
 * The reader's first look. Everything it returns stands on an experience noun (the decades, the
 * qualitative lines), a unit of time (every duration), or a header's label ("YOE:", "Years of
 * experience:"). A sentence with none of them (most sentences) is skipped after one scan. The
 * short nouns ("exp") are looked for without their word boundaries, which only lets more through.
 */
const FIRST_LOOK = new Trigger(
  new RegExp(
    `${NOUN_LONG}|${NOUN_SHORT}|(?:${YEAR}|${MONTH})(?![${LATIN}])|^(?:${words((e) => e.headerLabels)})`,
    'i',
  ),
  /(?:)/,
);

/** After the duration: words showing it is time spent working. */
const CONTEXT_AFTER = new RegExp(`^.{0,60}(?:${NOUN}|${words((e) => e.workContext)})`, 'i');
/**
 * Before it: "Experience: 3 years", "expérience de 3 ans", "experiencia mínima de 3 años", and a
 * field between: "experience in web development for at least 2 years".
 */
const CONTEXT_BEFORE = new RegExp(`${NOUN}(?![${LATIN}]).{0,45}$`, 'i');
/**
 * "Esperienza maturata in ruoli simili precedenti di almeno 1 anno": the item opens with the noun
 * and a long qualifier runs up to an "at least" word right before the count. A short subject and
 * verb may come first: "Candidate got experience at a yoga center or a spa at least 1 year".
 */
const NOUN_LEAD_AT_LEAST = new RegExp(
  `^[\\s\\-–•*·]{0,4}(?:[${LATIN}]{1,20}\\s){0,3}${NOUN}(?![${LATIN}])[^.;:!?]{0,90}(?<![${LATIN}])(?:${words((e) => e.atLeast)})\\s{0,3}$`,
  'i',
);
/**
 * "3 years in sales", "4+ years of Python", "3 yrs managing budgets" where a requirement is stated;
 * the Romance gerund too: "2 años desarrollando proyectos web", "3 anos gerindo equipes".
 */
const IN_ROLE_AFTER = caseless(
  `^\\s{0,3}(?:${words((e) => e.roleAfter)}|\\p{L}{2,20}ing|(?!cuando\\s)\\p{L}{2,20}(?:ando|endo|indo))\\s`,
  'iu',
);
/** Words that make a sentence outside any requirements section state a requirement. */
const REQUIREMENT_CUE = latinWords((l) => [
  ...l.preference.required,
  ...l.preference.trailing,
  ...l.preference.leading,
  ...l.experience.atLeast,
  ...l.experience.candidateCues,
]);
/** What may sit between the unit and the rest: "5 years minimum of ...", "5 years or more working". */
const UNIT_TAIL = new RegExp(
  `^[\\s'’]{0,2}(?:\\+|(?:${OR_MORE}|min\\.)(?![${LATIN}]))?(?:\\s{0,2}\\))?`,
  'i',
);
/** "Years of experience: 0-2", "Años de experiencia: 3" in a posting's header block. */
const HEADER_YEARS = new RegExp(
  `^(?:${words((e) => e.headerLabels)})\\s{0,2}:\\s{0,2}(\\d{1,2})(?:\\s{0,2}[-–]\\s{0,2}(\\d{1,2}))?` +
    `\\s{0,2}\\+?\\s{0,2}(?:${YEAR})?\\s{0,2}$`,
  'i',
);
/**
 * "5+ years", "3-5 Yrs": a board's experience chip alone on a line of the header, before any
 * heading (a bare "2 years" may be the contract's length there, so a plus or a range only).
 */
const HEADER_CHIP = new RegExp(
  `^(\\d{1,2})(?:\\s{0,2}\\+|\\s{0,2}[-–]\\s{0,2}(\\d{1,2}))\\s{0,2}(?:${YEAR})$`,
  'i',
);
/** How far into the text a header's chip may stand. */
const CHIP_REACH = 400;

/** ", at least 2 in a management role", ", 2 of which as team lead" (no unit of its own). */
const BORROWED_UNIT = new RegExp(
  `[,;]\\s{1,2}(?:(?:${words((e) => e.borrowedLeads)})\\s{1,2})?(?:${words((e) => e.borrowedMinimums)})?` +
    `\\s{0,2}${NUM}\\s{1,2}(?:(?:${words((e) => e.borrowedOfWhich)})\\s{1,2})?(?:${words((e) => e.borrowedPreps)})` +
    `\\s{1,2}(?:(?:${words((e) => e.borrowedArticles)})\\s{1,2})?`,
  'i',
);
/** "A decade of experience in ...": the decades a sentence counts. */
const DECADES = gated(
  caseless(
    `(?<![\\p{L}])(${words((e) => Object.keys(e.decadeCounts))})\\s{1,2}(?:${words((e) => e.decadeUnits)})\\s{1,2}` +
      `(?=(?:(?:${words((e) => e.decadeOf)})\\s)?(?:[\\p{L}-]+\\s){0,3}?(?:${words((e) => e.decadeNouns)}))`,
    'iu',
  ),
);
const DECADE_COUNT: Record<string, number> = mergedRecord((l) => l.experience.decadeCounts);
/** "esperienza triennale", "esperienza lavorativa almeno biennale": years said by an adjective. */
const YEAR_ADJECTIVE: Record<string, number> = mergedRecord((l) => l.experience.yearAdjectives);
const YEAR_ADJECTIVES = Object.keys(YEAR_ADJECTIVE);
const ADJECTIVE_YEARS =
  YEAR_ADJECTIVES.length === 0
    ? null
    : caseless(
        `(?:${words((e) => e.fieldNouns)})(?:\\s[\\p{L}]{2,14}){0,2}?\\s(${YEAR_ADJECTIVES.join('|')})(?![\\p{L}])`,
        'iu',
      );
/**
 * "eine mindestens zweijährige Berufserfahrung", "3-jährige Erfahrung", "tweejarige werkervaring":
 * years said by an adjective before the experience noun, a word or two between them at most.
 */
const LEADING_YEARS = gated(
  caseless(
    `(?<![\\p{L}\\d])(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s?-?\\s?` +
      `(?:${words((e) => e.leadingYearEnds)})(?![\\p{L}])(?:\\s{1,2}[\\p{L}-]{2,20}){0,2}?\\s{1,2}` +
      `[\\p{L}-]{0,20}?(?:${words((e) => e.nouns)})`,
    'iu',
  ),
);
/** "di almeno", "of more than", "über": the least-amount words between a field and its count. */
const FIELD_MINIMUM = words((e) => [...e.fieldMinimum, ...e.atLeast, ...e.moreThan]);
/** "esperienza nel ruolo di almeno 3 anni": the field stated before the duration. */
const FIELD_BEFORE_DURATION = caseless(
  `(?:${words((e) => e.fieldNouns)})\\s{1,3}(?:${words((e) => e.fieldBeforePreps)})\\s{1,3}(.{2,60}?)\\s{1,3}` +
    `(?:(?:${words((e) => e.fieldOf)})\\s{0,3})?(?:${FIELD_MINIMUM})?\\s{0,3}$`,
  'iu',
);

/** "+3 anos", "(+5)": a plus sign right before the count, which is then a minimum. */
const PLUS_BEFORE = /(?:^|[^\p{L}\d+])\+\s?$/u;
/** The most years a posting asks of a candidate; more describes a company or a history. */
const MOST_YEARS_ASKED = 25;
/** "Minimum 5 years", "minimaal 3 jaar": a least amount leads the count, so the candidate is asked. */
/**
 * "Minimum 5, preferably 7 years", "mindestens 3, idealerweise 5 Jahre": the floor asked before a
 * preferred count that carries the unit for both. The floor is the requirement.
 */
const FLOOR_BEFORE_PREFERRED = new RegExp(
  `(?<![${LATIN}])(?:${words((e) => e.atLeast)})\\s{0,3}(\\d{1,2})\\s{0,2},\\s{0,2}(?:${alternation((l) => l.preference.leading)})\\s{0,3}$`,
  'i',
);
const FLOOR_REACH = 60;
/** "less than", "bis zu", or the sign itself: "Beperkte ervaring ( < 2 jaar )". */
const MAXIMUM_BEFORE = gated(
  new RegExp(`(?:(?<![${LATIN}])(?:${words((e) => e.upTo)})|<|≤|<=)\\s{0,3}$`, 'i'),
);
/** "al menos de 2 años", "non meno di 3 anni": a minimum whose words end in a maximum's ("menos de"). */
const MINIMUM_BEFORE = gated(
  new RegExp(`(?<![${LATIN}])(?:${words((e) => e.atLeast)})\\s{0,3}$`, 'i'),
);

/** "experience in X", "Erfahrung im X", "experiencia en X": where the field follows. */
const FIELD_NOUN = `(?:${words((e) => e.fieldNouns)}|\\b(?:${words((e) => e.nounAbbreviations)})\\b)`;
const FIELD_AFTER_WORD = caseless(
  `${FIELD_NOUN}\\s{1,3}(?:(?:${words((e) => e.afterNounAdjectives)})\\s{1,3})?` +
    `(?:(?:${words((e) => e.afterNounPreps)})\\s{1,3}|(?=\\p{L}{3,20}ing\\s))(.{2,100})|` +
    `(?:${words((e) => e.elided)})\\s{0,2}(.{2,100})`,
  'iu',
);
/** "3 years in a sales role", "5 ans dans la vente". */
const FIELD_AFTER_UNIT = caseless(
  `^\\s{0,3}(?:(?:(?:(?:${words((e) => e.unitOf)})\\s)?(?:(?:${words((e) => e.unitWorking)})\\s)?` +
    `(?:${words((e) => e.afterUnitPreps)}))\\s{1,3}|(?=\\p{L}{2,20}ing\\s))(.{2,100})`,
  'iu',
);
/** "5+ years of B2B sales experience": the words between "of" and "experience". */
const FIELD_BEFORE_WORD = caseless(
  `^[\\s'’]{0,2}(?:(?:${words((e) => e.beforeOf)})\\s{1,2})?` +
    `(?!(?:${words((e) => e.beforeOf.filter((w) => !w.endsWith("'")))})\\s)` +
    `((?:[\\p{L}\\d/&+-]+\\s){1,5}?)(?:${words((e) => e.fieldNouns)})\\b`,
  'iu',
);
const GENERIC_FIELD = new RegExp(`^(?:(?:${words((e) => e.genericWords)})\\s?)+$`, 'i');

/** "professional backend development" → "backend development". */
const GENERIC_LEAD = new RegExp(`^(?:(?:${words((e) => e.genericLead)})\\s)+`, 'i');

/** "4+ years of Python in production": the domain right after "of", up to its first preposition. */
const OF_FIELD = new RegExp(
  `^\\s{0,3}(?:${words((e) => e.ofField)})\\s{1,2}(?!${words((e) => e.fieldNouns)})(.{2,100})`,
  'i',
);
const OF_FIELD_END = new RegExp(`\\s(?:${words((e) => e.ofFieldEnds)})\\s`, 'i');
/** "of work in a warehouse": once "work" is dropped, the preposition and article it had. */
const OF_FIELD_PREP = new RegExp(
  `^(?:${words((e) => e.afterUnitPreps)})\\s{1,3}(?:(?:${words((e) => e.roleArticles)})\\s{1,3})?`,
  'i',
);
/** "3 years of work experience with a PhD degree": a credential, not a field. */
const DEGREE_FIELD = caseless(`^(?:${words((e) => e.degrees)})(?![\\p{L}])`, 'iu');
/** A short noun phrase right after the unit, up to the clause end: "3-5 yrs backend,". */
const BARE_FIELD_AFTER =
  /^\s{0,2}([\p{L}\d/&+#-]{2,30}(?:\s[\p{L}\d/&+#-]{2,30}){0,2})\s?(?=[,;.]|$)/u;
/** "Industrial maintenance: 3 years" (Indeed's experience block): the field before the colon. */
const LABEL_BEFORE = /^([^:]{2,60}):\s{0,2}$/;
/** "(Required)", "(Erforderlich)": a job board's mark after a record's years. */
const MARKED_AFTER = new RegExp(`^\\s{0,2}\\((?:${words((e) => e.recordMarks)})\\)`, 'i');

/** Qualitative experience at the start of a requirement line ("Demonstrated experience in ..."). */
const QUALITATIVE = caseless(
  `^(?:(?:${words((e) => e.haveWords)})\\s{1,2})?(?:(?:${words((e) => e.qualAdjectives)})\\s{1,2}){0,2}` +
    `(?:(?:${words((e) => e.workWords)})\\s|${words((e) => e.nounStarts)})?(?:${words((e) => e.fieldNouns)})\\s{1,3}` +
    `(?:(?:${words((e) => e.qualAfterNoun)})\\s{1,3})?(?:(?:${words((e) => e.qualPreps)})\\s|(?=\\p{L}{3,20}ing\\s))`,
  'iu',
);
/** Adjectives that make a bare "experience in X" line a requirement wherever it stands. */
const QUALITATIVE_CUE = new RegExp(`^(?:${words((e) => e.qualitativeCues)})\\s`, 'i');

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function fieldAfter(text: string, end: number): string | null {
  // "2+ years preferred in retail": a qualifier between the unit and the field.
  const cue = REQUIRED_AFTER.exec(text.slice(end, end + 24));
  const from = cue ? end + cue[0].length : end;
  const rest = text.slice(from, from + 160);
  const before = FIELD_BEFORE_WORD.exec(rest);
  if (before) {
    const words = (before[1] as string).trim();
    if (!GENERIC_FIELD.test(words)) return cleanField(words.replace(GENERIC_LEAD, ''));
  }
  const near = rest.slice(0, 70);
  const word = EXPERIENCE_WORD.exec(near);
  if (word) {
    const m = FIELD_AFTER_WORD.exec(rest.slice(word.index));
    return m ? cleanField((m[1] ?? m[2]) as string) : null;
  }
  const of = OF_FIELD.exec(rest);
  if (of) {
    const lead = (of[1] as string).replace(GENERIC_LEAD, '');
    const raw = lead === of[1] ? lead : lead.replace(OF_FIELD_PREP, '');
    const stop = OF_FIELD_END.exec(raw);
    return cleanField(stop ? raw.slice(0, stop.index) : raw);
  }
  const unit = FIELD_AFTER_UNIT.exec(rest);
  return unit ? cleanField(unit[1] as string) : null;
}

/** A label that names its field before the experience noun: "Barista experience", "Gastro Erfahrung". */
const NOUN_LAST = new RegExp(`^([^:]{2,40}?)\\s(?:${NOUN})$`, 'i');
/** Before the noun, the years themselves: "Years of Experience: 10 to 14 years", "Años de experiencia". */
const UNITS_ONLY = new RegExp(
  `^(?:[${LATIN}]{1,12}\\s{1,2})?(?:${YEAR}|${MONTH})(?:\\s{1,2}[${LATIN}']{1,4})?$`,
  'i',
);

/** "building web apps with React and TypeScript": the tools go to skills, the field is the work. */
const INSTRUMENT = /^(\p{L}{3,20}ing\s[^,;]{3,80}?)\s(?:with|using)\s/u;

/** The field of a duration, or null when it names a credential ("with a PhD"). */
function fieldOf(text: string, start: number, end: number): string | null {
  const field = fieldAfter(text, end);
  if (field !== null) {
    if (DEGREE_FIELD.test(field)) return null;
    const instrument = INSTRUMENT.exec(field);
    return instrument ? (instrument[1] as string) : field;
  }
  const label = LABEL_BEFORE.exec(text.slice(0, start));
  const name = label ? (label[1] as string).trim() : '';
  if (name && !EXPERIENCE_WORD.test(name) && !REQUIREMENT_CUE.test(name)) return cleanField(name);
  // "Barista experience: 1 year", "Horeca ervaring: 2 jaar": the label's words before the noun.
  const named = name ? NOUN_LAST.exec(name) : null;
  if (
    named &&
    !EXPERIENCE_WORD.test(named[1] as string) &&
    !REQUIREMENT_CUE.test(named[1] as string) &&
    !UNITS_ONLY.test(named[1] as string)
  )
    return cleanField(named[1] as string);
  // "Looking for: 3-5 yrs backend": after a requirement label, the words the unit is of.
  // "- 4 jaar contactcentermanagement": a requirement line that opens with its years.
  const opens = ONLY_BULLET.test(text.slice(0, start)) || priorItems(text.slice(0, start));
  const bare = name || opens ? BARE_FIELD_AFTER.exec(text.slice(end, end + 60)) : null;
  if (bare) return cleanField(bare[1] as string);
  const before = FIELD_BEFORE_DURATION.exec(text.slice(Math.max(0, start - 120), start));
  if (before) return cleanField(before[1] as string);
  // "Minimum 2 years, ideally 4, in a customer-facing role": the post the clause ends with.
  const role = ROLE_FIELD.exec(text.slice(end, end + 70));
  if (role) return cleanField((role[2] ?? role[1]) as string);
  // "Knowledge of the rail system (at least 2 years)": the item the bracket closes.
  const open = text.lastIndexOf('(', start);
  const item = open > 2 && BRACKETED_AT_END.test(text.slice(open)) ? text.slice(0, open) : '';
  if (!item) return null;
  // "Prior experience as an OSS engineer (3+ years)": the words after the lead are the field.
  const lead = ITEM_LEAD.exec(item);
  if (lead) return cleanField(item.slice(lead[0].length));
  return EXPERIENCE_WORD.test(item) ? null : cleanField(item);
}

/** A list item led by the experience noun ("Experience working for a telco", "Prior experience as"). */
const ITEM_PREPS = words((e) => [...e.afterNounPreps, ...e.afterUnitPreps]);
/**
 * "Projekterfahrung mit", "Project experience with", "Expérience avec": the noun (also a
 * compound's tail), at most two words before it, and the preposition the item's field follows.
 */
const ITEM_LEAD = caseless(
  `^(?:(?:${words((e) => e.qualitativeCues)})\\s{1,2})?(?:[\\p{L}-]{2,20}\\s{1,2}){0,2}?` +
    `(?:\\p{L}{0,20}?(?:${NOUN_LONG})|${NOUN})\\s{1,2}` +
    // "Experiencia profesional con", "Expérience professionnelle avec": an adjective of the noun first.
    `(?:(?:(?:${words((e) => e.afterNounAdjectives)})\\s{1,2})?(?:${ITEM_PREPS})\\s{1,2})?(?=\\S)`,
  'iu',
);

/** The last sentence asked about and its answer: a duration asks up to four times. */
const lastAsked = {
  text: '',
  heading: null as string | null,
  section: null as Sentence['section'],
  states: false,
};

/** Whether the sentence states a requirement: by its section, its heading, or its own words. */
function statesRequirement(sentence: Sentence): boolean {
  const { text, heading, section } = sentence;
  if (text === lastAsked.text && heading === lastAsked.heading && section === lastAsked.section) {
    return lastAsked.states;
  }
  const states =
    section !== null ||
    (heading !== null && EXPERIENCE_WORD.test(heading)) ||
    REQUIREMENT_CUE.test(text);
  lastAsked.text = text;
  lastAsked.heading = heading;
  lastAsked.section = section;
  lastAsked.states = states;
  return states;
}

/** What a duration looks like, beyond its count. */
interface Shape {
  /** "5+ years", "5 years or more". */
  plus: boolean;
  /** "3-5 years": two ends. */
  range: boolean;
  /** In years, not months. */
  years: boolean;
  /** Both ends carry the unit: "1 year to less than 2 years". */
  unitRange: boolean;
}

/**
 * A record's value standing alone on its line, its label on the line above: "Al menos 2 años",
 * "Mindestens 3 Jahre", "1 year to less than 2 years". A bare "2 years" may be a contract's length;
 * a minimum word or a range with both units is how records state the experience they ask.
 */
function isRecordValue(text: string, start: number, end: number, shape: Shape): boolean {
  if (!shape.years || !/^[\s.)]*$/.test(text.slice(end))) return false;
  const before = text.slice(0, start);
  if (shape.unitRange) return /^[\s(-]{0,3}$/.test(before);
  return BARE_MINIMUM.test(before);
}

function hasContext(sentence: Sentence, start: number, end: number, shape: Shape): boolean {
  const text = sentence.text;
  if (CONTEXT_AFTER.test(text.slice(end, end + 80))) return true;
  if (CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  if (NOUN_LEAD_AT_LEAST.test(text.slice(0, start))) return true;
  if (
    statesRequirement(sentence) &&
    WORKED_BEFORE.test(text.slice(Math.max(0, start - 90), start))
  ) {
    return true;
  }
  // Under an "Experience:" heading (Indeed's "Industrial maintenance: 3 years (Required)").
  if (sentence.heading !== null && EXPERIENCE_WORD.test(sentence.heading)) {
    return (
      LABEL_BEFORE.test(text.slice(0, start)) ||
      IN_ROLE_AFTER.test(text.slice(end, end + 26)) ||
      // "Al menos 2 años", "1 year to less than 2 years": the line is the duration alone.
      (BARE_BEFORE.test(text.slice(0, start)) && /^[\s.)]*$/.test(text.slice(end))) ||
      // "Knowledge of the rail system (at least 2 years)" under "Knowledge and experience".
      BRACKETED_AT_END.test(text.slice(Math.max(start - 14, 0)))
    );
  }
  // "Experience working for a telco (2+ years)": the item opens with the noun, the years close it.
  if (ITEM_LEAD.test(text) && BRACKETED_AT_END.test(text.slice(Math.max(start - 14, 0)))) {
    return true;
  }
  if (isRecordValue(text, start, end, shape)) return true;
  // "Looking for: 3-5 yrs backend": a range of years where a requirement is stated; "Ter entre 15
  // e 22 anos" there is the candidate's age.
  if (shape.range && shape.years && statesRequirement(sentence) && !isAgeBracket(text, start)) {
    return true;
  }
  // Under a requirements heading, a line of the years and what they are in, nothing else:
  // "- 4 jaar contactcentermanagement", "- 3+ years DevOps or SRE", "- Python 3+ jaar".
  if (sentence.section === 'required' && shape.years && isBareYearsLine(text, start, end, shape)) {
    return true;
  }
  // "2 Years Required Proficiency in ...", "(au moins 2 ans)" closing a requirement line.
  if (statesRequirement(sentence) && REQUIRED_AFTER.test(text.slice(end, end + 24))) return true;
  // "Minimum 2 years, ideally 4 years, in a customer-facing role".
  if (statesRequirement(sentence) && ROLE_AFTER.test(text.slice(end, end + 70))) return true;
  if (
    sentence.section === 'required' &&
    BRACKETED_AT_END.test(text.slice(Math.max(start - 14, 0)))
  ) {
    return true;
  }
  // "Industrial maintenance: 3 years (Required)".
  if (LABEL_BEFORE.test(text.slice(0, start)) && MARKED_AFTER.test(text.slice(end, end + 14))) {
    return true;
  }
  // "5+ years of Java" states a requirement by itself.
  return (
    (shape.plus || statesRequirement(sentence)) && IN_ROLE_AFTER.test(text.slice(end, end + 26))
  );
}

/** Items of years and a short name before this one: "- 5+ yrs Java, " (commas close each). */
const PRIOR_YEAR_ITEMS = new RegExp(
  `^[\\s\\-–•*·]{0,4}(?:\\d{1,2}\\+?\\s{0,2}(?:${YEAR})\\.?\\s[^,;]{1,30}[,;]\\s{1,2})+$`,
  'i',
);
/** A short line's earlier items only: a long text before the count is no such list. */
const priorItems = (before: string) => before.length <= 240 && PRIOR_YEAR_ITEMS.test(before);
/** Bullet marks alone before the count. */
const ONLY_BULLET = /^[\s\-–•*·]{0,4}$/;
/** A short name of a skill or domain and nothing else before "3+ years" ending its line. */
const SHORT_NAME_BEFORE =
  /^[\s\-–•*·]{0,4}[\p{L}\d][\p{L}\d.#+/&-]{0,24}(?:\s[\p{L}\d.#+/&-]{1,24}){0,3}\s$/u;

/**
 * A requirement line holding only the years and their field: the years first ("4 jaar
 * contactcentermanagement"), or a short name before "N+ years" that ends the line ("Python 3+
 * jaar"). Read only under a requirements heading.
 */
function isBareYearsLine(text: string, start: number, end: number, shape: Shape): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // "- 5+ yrs Java, 3+ yrs Kotlin": a list of such items, each its years and a short name.
  if (ONLY_BULLET.test(before) || (shape.plus && priorItems(before))) {
    return BARE_FIELD_AFTER.test(after) && /^[^,;.]*(?:[.]?\s*$|[,;]\s{1,2}\d)/.test(after);
  }
  return shape.plus && /^[\s.]*$/.test(after) && SHORT_NAME_BEFORE.test(before);
}

/** The first count of a range that no experience word names. */
const FIRST_COUNT = /^\d{1,2}/;
/** The youngest age a posting asks: below it a bare range reads as years of experience. */
const YOUNGEST_AGE = 14;

/**
 * "Ter entre 15 e 22 anos", "Tener entre 20 y 45 años", "Edad: 25 a 45 años": a bare range of
 * years from 14 up, with no experience word in the sentence, is an age bracket.
 */
function isAgeBracket(text: string, start: number): boolean {
  if (EXPERIENCE_WORD.test(text)) return false;
  const count = FIRST_COUNT.exec(text.slice(start, start + 2));
  return count !== null && Number(count[0]) >= YOUNGEST_AGE;
}

/** A minimum word, and nothing else, before the count: "Al menos 2 años", "At least 3 years". */
const BARE_MINIMUM = new RegExp(
  `^[\\s(-]{0,3}(?:${words((e) => [...e.atLeast, ...e.moreThan])})\\s{1,2}$`,
  'i',
);
/** Nothing but a minimum word before the count: "Al menos 2 años", "Minimum 3 years". */
const BARE_BEFORE = new RegExp(
  `^[\\s(-]{0,3}(?:(?:${words((e) => [...e.atLeast, ...e.moreThan])})\\s{1,2})?$`,
  'i',
);
/** "2 Years Required": the requirement word right after the unit. */
const REQUIRED_AFTER = new RegExp(
  `^\\s{0,2}(?:${alternation((l) => [...l.preference.required, ...l.preference.trailing])})(?![${LATIN}])`,
  'i',
);
/** "the role of", "le poste de", "il ruolo di": the post named after it. */
const OF = `(?:${words((e) => e.roleOf)})(?![\\p{L}])`;
/** The post itself, after a preposition: "in a customer-facing role", "dans un poste similaire". */
const ROLE_FIELD = caseless(
  `^[^.;:]{0,40}?(?<![${LATIN}])(?:${words((e) => e.rolePreps)})` +
    `\\s{1,2}(?:(?:${words((e) => e.roleArticles)})\\s{1,2})?` +
    `((?:[\\p{L}-]{2,30}\\s){0,3}(?:${words((e) => e.roles)})(?:\\s(?!${OF})[\\p{L}-]{2,30})?)` +
    `(?:\\s${OF}\\s{1,2}([\\p{L}-]{2,30}(?:\\s[\\p{L}'-]{1,30}){0,3}))?(?![${LATIN}])`,
  'iu',
);
/** A post held, after the years and before the clause ends: "..., in a customer-facing role". */
const ROLE_AFTER = new RegExp(
  `^[^.;:]{0,60}?(?<![${LATIN}])(?:${words((e) => e.roles)})(?![${LATIN}])`,
  'i',
);
/** "Knowledge of the rail system (at least 2 years)": the years in brackets close the item. */
const BRACKETED_AT_END = new RegExp(
  `\\(\\s{0,2}(?:(?:${words((e) => [...e.atLeast, ...e.moreThan])})\\s{1,2})?[^()]{0,16}\\)\\s{0,2}\\.?$`,
  'i',
);

/** A short lead-in before a colon: "Nice to have: ...", "Débutant accepté : ...". */
const LEAD_IN = /^[^:.;!?]{2,40}\s?:\s{1,3}/;

/**
 * Where a bare "experience in X" item may start: the sentence start (or after a short lead-in),
 * and after each semicolon ("Preferred: Bachelor's degree; experience supporting ...").
 */
function itemStarts(text: string): number[] {
  const lead = LEAD_IN.exec(text);
  const starts = [0];
  if (lead && lead[0].split(' ').length <= 6) starts.push(lead[0].length);
  for (let i = text.indexOf(';'); i >= 0 && starts.length < 6; i = text.indexOf(';', i + 1)) {
    let k = i + 1;
    while (text[k] === ' ') k++;
    starts.push(k);
  }
  return starts;
}

export const extractExperience: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  if (!FIRST_LOOK.test(text)) return [];
  // Cheap gate: most sentences have no experience word, and outside a requirements section
  // a duration needs one of the context words to count.
  const worded = EXPERIENCE_WORD.test(text);
  if (!worded && !CONTEXT_GATE.test(text)) {
    // "4+ years of Python" needs no context word where a requirement is stated.
    if (!/\d/.test(text)) return [];
    // A short line may be a record's value: "Al menos 2 años" under "Experiencia mínima".
    if (!/\d\s{0,2}\+/.test(text) && !statesRequirement(sentence) && text.length > 48) return [];
  }
  const chip =
    sentence.heading === null && sentence.start < CHIP_REACH ? HEADER_CHIP.exec(text.trim()) : null;
  const header = HEADER_YEARS.exec(text) ?? chip;
  if (header) {
    const min = Number(header[1]);
    const max = header[2] === undefined ? null : Number(header[2]);
    return [{ kind: 'experience', minYears: min, maxYears: max, field: null, at: 0 }];
  }
  const found: Found[] = [];
  /** The last count read in months alone, and where its unit ended ("6 months" of "6 months to 1 year"). */
  let months: { item: Found; unitEnd: number } | null = null;
  DURATION.lastIndex = 0;
  const timed = UNIT_LOOK.test(text);
  // A sentence states a few durations at most; more is noise, not requirements.
  for (let m = timed ? DURATION.exec(text) : null; m && found.length < 4; m = DURATION.exec(text)) {
    const start = m.index;
    const unitEnd = start + m[0].length;
    const end =
      unitEnd + (UNIT_TAIL.exec(text.slice(unitEnd, unitEnd + 16)) as RegExpExecArray)[0].length;
    // "7-10+ years", "2-4 years or more": the upper end is open, so only the minimum is stated.
    const tail = (m[4] ?? text.slice(unitEnd, end).replace(/[\s)]+$/, '')).trim();
    const openEnded = m[3] !== undefined || (m[2] !== undefined && OPEN_END.test(tail));
    // "+3 anos trabalhando com Python": the plus before the count makes it a minimum too.
    const plusBefore =
      m[2] === undefined && PLUS_BEFORE.test(text.slice(Math.max(0, start - 3), start));
    const shape: Shape = {
      plus: openEnded || m[4] !== undefined || plusBefore,
      range: m[2] !== undefined,
      years: m[5] !== undefined,
      unitRange: m[2] !== undefined && UNIT_RANGE.test(m[0]),
    };
    if (isTrap(text, start, unitEnd, shape.plus || shape.range)) continue;
    if (!hasContext(sentence, start, end, shape)) continue;
    const a = parseCount(m[1] as string);
    const b = m[2] === undefined || openEnded ? null : parseCount(m[2]);
    // Nobody asks for more than a working life's share of years: 30, 50, 100 years are the
    // company's history ("con experiencia de más de 50 años").
    if (a === null || a > MOST_YEARS_ASKED) continue;
    const perYear = m[6] === undefined ? 1 : 12;
    const before = text.slice(Math.max(0, start - 25), start);
    let min: number | null = round(a / perYear);
    let max: number | null = b === null ? null : round(b / perYear);
    if (max !== null && max < min) [min, max] = [max, min];
    if (b === null && MAXIMUM_BEFORE.test(before) && !MINIMUM_BEFORE.test(before)) {
      [min, max] = [null, min];
    }
    const field = workField(domainOf(fieldOf(text, start, end)));
    const floorFrom = Math.max(0, start - FLOOR_REACH);
    const floor = b === null ? FLOOR_BEFORE_PREFERRED.exec(text.slice(floorFrom, start)) : null;
    if (floor && perYear === 1 && Number(floor[1]) < (min ?? 0)) {
      found.push({
        kind: 'experience',
        minYears: Number(floor[1]),
        maxYears: null,
        field,
        at: floorFrom + floor.index,
      });
      months = null;
      continue;
    }
    // "6 months to 1 year", "6 Monate bis 1 Jahr": one range whose ends carry their own units.
    const earlier = months?.item;
    if (
      months &&
      earlier?.kind === 'experience' &&
      perYear === 1 &&
      b === null &&
      min !== null &&
      MIXED_RANGE_JOIN.test(text.slice(months.unitEnd, start)) &&
      (earlier.minYears ?? 0) < min
    ) {
      earlier.maxYears = min;
      earlier.field = field ?? earlier.field;
      months = null;
      continue;
    }
    const item: Found = { kind: 'experience', minYears: min, maxYears: max, field, at: start };
    found.push(item);
    months = perYear === 12 && b === null && !shape.plus ? { item, unitEnd } : null;
  }
  // "6+ years of B2B marketing experience, at least 2 in a management role": a second count
  // that borrows the unit of the first.
  const first = found.length === 1 ? found[0] : undefined;
  const firstMin = first?.kind === 'experience' ? first.minYears : null;
  const borrowed = first && firstMin !== null ? BORROWED_UNIT.exec(text) : null;
  if (first && borrowed && borrowed.index > first.at) {
    const years = parseCount(borrowed[1] as string);
    const end = borrowed.index + borrowed[0].length;
    if (years !== null && firstMin !== null && years < firstMin) {
      found.push({
        kind: 'experience',
        minYears: years,
        maxYears: null,
        field: workField(domainOf(cleanField(text.slice(end, end + 100)))),
        at: borrowed.index,
      });
    }
  }
  // "Mehrjährige Berufserfahrung (+5) in der Administration", "Experience (3+) in retail": a
  // bracketed count with a plus right after the noun, where a requirement is stated.
  const counted = found.length === 0 && worded ? NOUN_COUNT.exec(text) : null;
  if (counted && statesRequirement(sentence)) {
    const end = counted.index + counted[0].length;
    const years = Number(counted[1] ?? counted[2]);
    const field = workField(domainOf(fieldAfter(text, end)));
    found.push({ kind: 'experience', minYears: years, maxYears: null, field, at: counted.index });
  }
  const decades = found.length === 0 && worded ? DECADES.exec(text) : null;
  if (decades) {
    const start = decades.index;
    const end = start + decades[0].length;
    if (!isTrap(text, start, end)) {
      const years = (DECADE_COUNT[(decades[1] as string).toLowerCase()] ?? 1) * 10;
      const field = workField(domainOf(fieldOf(text, start, end)));
      found.push({ kind: 'experience', minYears: years, maxYears: null, field, at: start });
    }
  }
  const adjective = found.length === 0 && worded ? ADJECTIVE_YEARS?.exec(text) : null;
  if (adjective && (statesRequirement(sentence) || sentence.heading === null)) {
    const years = YEAR_ADJECTIVE[(adjective[1] as string).toLowerCase()] ?? null;
    const end = adjective.index + adjective[0].length;
    const field = workField(domainOf(fieldAfter(text, end)));
    found.push({ kind: 'experience', minYears: years, maxYears: null, field, at: adjective.index });
  }
  const leading = found.length === 0 && worded ? LEADING_YEARS.exec(text) : null;
  if (leading && !isTrap(text, leading.index, leading.index + leading[0].length)) {
    const count = (leading[1] as string).toLowerCase();
    const years = parseCount(count);
    const end = leading.index + leading[0].length;
    const field = workField(domainOf(fieldAfter(text, end)));
    found.push({ kind: 'experience', minYears: years, maxYears: null, field, at: leading.index });
  }
  if (found.length === 0 && worded) {
    // Without years, only a line that reads as a requirement counts: not "you will gain
    // experience in ..." among the responsibilities, nor the company's own prose.
    for (const from of itemStarts(text)) {
      const line = text.slice(from, from + 200);
      const q = QUALITATIVE.exec(line);
      if (q && (statesRequirement(sentence) || QUALITATIVE_CUE.test(line))) {
        const named = cleanField(line.slice(q[0].length));
        const field = domainOf(named);
        // "Experience working on multiple projects simultaneously": a way of working, no field.
        if (named !== null && field === null) continue;
        found.push({
          kind: 'experience',
          minYears: null,
          maxYears: null,
          field: workField(field),
          at: from,
        });
      }
    }
  }
  return found;
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  LEADING_YEARS,
  MIXED_RANGE_JOIN,
  UNIT_LOOK.anchored,
  FIRST_LOOK.anchored,
  OPEN_END,
  UNIT_RANGE,
  DURATION,
  CONTEXT_GATE,
  EXPERIENCE_WORD,
  CONTEXT_AFTER,
  CONTEXT_BEFORE,
  IN_ROLE_AFTER,
  REQUIREMENT_CUE,
  UNIT_TAIL,
  HEADER_YEARS,
  BORROWED_UNIT,
  DECADES,
  FIELD_BEFORE_DURATION,
  NOUN_COUNT,
  MAXIMUM_BEFORE,
  MINIMUM_BEFORE,
  FIELD_AFTER_WORD,
  FIELD_AFTER_UNIT,
  FIELD_BEFORE_WORD,
  GENERIC_FIELD,
  GENERIC_LEAD,
  OF_FIELD,
  OF_FIELD_END,
  DEGREE_FIELD,
  BARE_FIELD_AFTER,
  LABEL_BEFORE,
  NOUN_LAST,
  UNITS_ONLY,
  MARKED_AFTER,
  QUALITATIVE,
  QUALITATIVE_CUE,
  INSTRUMENT,
  BARE_MINIMUM,
  BARE_BEFORE,
  REQUIRED_AFTER,
  ROLE_FIELD,
  ROLE_AFTER,
  BRACKETED_AT_END,
  ITEM_LEAD,
  LEAD_IN,
);
