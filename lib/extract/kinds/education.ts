import type { EducationLevel } from '../../schema';
import {
  alternation,
  LEXICONS,
  latinWords,
  mergedRecord,
  rankedAlternation,
  wordSource,
} from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LATIN } from '../lexicon/letters';
import type { DegreeLevel, EducationCueWords, Lexicon } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { mayStart, startLook } from '../pipeline/starts';
import type { Found, Sentence, SentenceExtractor } from '../types';
import { cleanField } from './field';
import { LeadScan } from './lead-scan';
import { LOCATION_LABEL } from './posting-words';
import { trigger } from './signals';

/**
 * Education: the level (high school ... doctorate), the field, and whether another qualification
 * or experience is accepted instead. Every name comes from the lexicons (`education` section):
 * BA/BS/MSc/PhD, Bac+2/+3/+5, Abitur/Ausbildung/Lehre, Licenciatura/Grado/FP, Laurea, HBO/WO,
 * UK NVQ/HNC/HND, Indian and Singapore diplomas, South African Matric, "du studierst" (enrolment).
 */

/** Every language's words around a degree name, as one alternation (`lexicon/*-kinds.ts`). */
const cue = (key: keyof EducationCueWords) => alternation((l: Lexicon) => l.education.cues[key]);
/** "or" and "and/or" in every language. */
const OR = alternation((l) => [...l.education.cues.or, ...l.education.cues.andOr]);

const LEVELS: readonly DegreeLevel[] = [
  'doctorate',
  'master',
  'bachelor',
  'associate',
  'vocational',
  'high_school',
];

/** The groups in the order they open: a match's first defined one names its level. */
const LEVEL_GROUPS = [...LEVELS, 'enrolment'] as const;
type LevelGroup = (typeof LEVEL_GROUPS)[number];
const groupWords = (l: Lexicon, g: LevelGroup) =>
  g === 'enrolment' ? l.education.enrolment : l.education.levels[g];
const groupSource = (g: LevelGroup) =>
  `(?<${g}>${alternation((l) => groupWords(l, g))})(?![${LATIN}])`;

/** One named group per level, highest first; each group's words longest first. */
const LEVEL_NAMES = new RegExp(
  // One "no letter or digit before" for every group: V8 then tests it once per place, not per group.
  `(?<![${LATIN}\\d])(?:${LEVEL_GROUPS.map(groupSource).join('|')})`,
  'gi',
);
/** Short names matched only as written ("BA", "HNC", "CAP"): in lower case they are words. */
const SHORT_LEVEL: Record<string, DegreeLevel> = mergedRecord((l) => l.education.abbreviations);
const SHORT_DEGREE = new LeadScan(
  new RegExp(
    // A slash before the name only where a short capitalised name stands before it: "B.Sc./HND",
    // "BSc/HND" are two degrees, the other way in (the lower counts); "w/MS" is not.
    `(?<![\\p{L}'’]|(?<![A-Z][A-Za-z]{0,3}\\.?)\\/)(${Object.keys(SHORT_LEVEL)
      .sort((a, b) => b.length - a.length)
      .map(wordSource)
      .join('|')})(?![\\p{L}\\d])`,
    'gu',
  ),
);
/** Whether a sentence holds one, behind the word-start look ("BA" with no letter after it). */
const ANY_SHORT_DEGREE = gated(
  new RegExp(SHORT_DEGREE.pattern.source, 'u'),
  Object.keys(SHORT_LEVEL),
  true,
);
/** Where a two-letter name reads as a degree: "BA/BS", "MS in", "BS, MS", "(BA)", line end. */
const SHORT_AFTER = new RegExp(
  `^(?:\\s?\\/|\\s(?:${cue('shortAfter')})\\b|\\s?\\)|\\s?;|\\s?\\.?$|\\s\\()`,
  'i',
);
/** The word just before `at`, past one space ("BTS" in "BTS MS"), or "". */
function lastWord(text: string, at: number): string {
  return /(?:^|[\s([/])([\p{L}.]{2,8}) $/u.exec(text.slice(Math.max(0, at - 10), at))?.[1] ?? '';
}

/** "graduate of BS Accountancy", "titulaire d'un BUT": a short name the words before call a degree. */
const SHORT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${cue('shortBefore')})\\s{1,2}$`, 'iu');
/** "BA, BS or MS": a comma before another short name. */
const SHORT_LIST_AFTER = /^\s?,\s?[A-Z][A-Za-z.]{1,5}\b/;
/** Names that are words or places in other languages ("ADN" is French and Spanish DNA). */
const NEEDS_DEGREE_AFTER: ReadonlySet<string> = new Set(
  LEXICONS.flatMap((l) => l.education.cues.ambiguousShort),
);

/**
 * `latinWords` without its word-start look: these run on the slices around a degree, each a new
 * string read once, where indexing the word starts costs more than the pattern's own scan.
 */
const latinNear = (pick: (lexicon: Lexicon) => readonly string[]) =>
  gated(new RegExp(`(?<![${LATIN}])(?:${alternation(pick)})(?![${LATIN}])`, 'i'));
/** "or equivalent" right after a degree. */
const EQUIVALENT_NEAR = latinNear((l) => l.education.equivalent);
/** "High school diploma or GED": a credential that is the diploma's equivalent, in the sentence. */
const EQUIVALENCY_CREDENTIAL = latinNear((l) => l.education.equivalencyCredentials);
/** "statistique ou équivalent (Bac+5)": the level in brackets right after the equivalence. */
const EQUIVALENT_BEFORE = new RegExp(
  `(?<![${LATIN}])(?:${alternation((l) => l.education.equivalent)})\\s{0,2}\\(\\s{0,2}$`,
  'i',
);
/** Anywhere in the posting: experience may replace the degree. */
const EXPERIENCE_INSTEAD = latinWords((l) => l.education.experienceInstead);
const EXPERIENCE_INSTEAD_NEAR = latinNear((l) => l.education.experienceInstead);
/** "the most common background is a BA", "no degree needed": a degree that is not asked for. */
const NOT_ASKED_NEAR = latinNear((l) => l.education.notAsked);
/** "hobbyist > PhD": a degree ranked below something else, not asked for. */
const RANKED_BELOW = />\s{0,2}(?:\p{L}{1,12}\s{1,2})?$/u;
/** "1 year of experience ... and/or a two-year degree": experience is the other way in. */
const EXPERIENCE_OR = new RegExp(
  `(?:${alternation((l) => l.experience.nouns)})[^.;]{0,160}\\s(?:${OR})` +
    `\\s{1,2}(?:(?:${cue('articles')})\\s{1,2})?$`,
  'i',
);
/**
 * "CAP obligatoire (ou 4 ans d'expérience)", "degree or 5 years of experience": right after the
 * degree, a number of years of experience offered as the other way in.
 */
const YEARS_INSTEAD = caseless(
  `^[^.;)]{0,40}?(?<![\\p{L}])(?:${OR})\\s{1,2}\\d{1,2}(?:\\s{0,2}[-–à]\\s{0,2}\\d{1,2})?\\+?\\s{0,2}` +
    `(?:${alternation((l) => l.experience.years)})(?![\\p{L}])[^.;\\d]{0,12}?` +
    `(?:${alternation((l) => l.experience.nouns)})`,
  'iu',
);
/**
 * Whether a short name in brackets spells the initials of the words just before them ("Data
 * Engagement Platform (DEP)"): it abbreviates that name. A degree's long name before its short one
 * ("Bachelor of Arts (BA)") is read on its own.
 */
function spelledBefore(text: string, at: number, name: string): boolean {
  if (text[at - 1] !== '(' || text[at + name.length] !== ')') return false;
  const letters = name.replace(/[^A-Za-z]/g, '').toUpperCase();
  const words = text
    .slice(Math.max(0, at - 1 - 80), at - 1)
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  return letters.length >= 2 && initials.endsWith(letters);
}

/** "formation de soudeur", "gelernter Elektriker": training in a trade, named by its agent noun. */
const TRADE_TRAINING = new LeadScan(
  new RegExp(
    `(?<![${LATIN}])(?:${alternation((l) => l.education.tradeTraining)})(?:\\s{1,2}|(?<=['’]))([${LATIN}]{4,24})(?![${LATIN}])`,
    'gi',
  ),
);
const AGENT_NOUN = new RegExp(`(?:${cue('tradeSuffixes')})$`, 'i');
/** Agent-looking words that name no trade: "formation de premier secours", "leur". */
const NOT_TRADE = new RegExp(`^(?:${cue('notTrades')})$`, 'i');

/** "or local equivalent", "or an international equivalent". */
const LOCAL_EQUIVALENT = new RegExp(
  LEXICONS.filter((l) => l.education.cues.equivalentNouns.length > 0)
    .map((l) => {
      const own = (key: keyof EducationCueWords) => alternation((x) => x.education.cues[key], [l]);
      return `\\b(?:${own('or')}) (?:(?:${own('articles')}) )?(?:[a-z-]+ ){0,2}(?:${own('equivalentNouns')})\\b`;
    })
    .join('|') || '(?!)',
  'i',
);
/** "vergleichbares Fach", "or a related field": another subject, not another qualification. */
const OTHER_SUBJECT = new RegExp(
  `^(?:\\s?(?:${cue('or')})\\s(?:(?:${cue('articles')})\\s)?)?(?:${cue('relatedSubjects')})`,
  'i',
);
/** "Studium der Informatik oder eine vergleichbare Qualifikation": the cue may follow a field. */
const EQUIVALENT_REACH = 160;

/** A field after the degree: "in Computer Science", "en informatique", "der Informatik". */
const FIELD_AFTER = new RegExp(
  `^\\s{0,2}(?:${cue('fieldDegreeNouns')})?\\s{0,2}` +
    // Tried in the lexicons' order, as listed: the first preposition that fits starts the field.
    `(?:${rankedAlternation(LEXICONS.flatMap((l) => l.education.cues.fieldPrepositions))})\\s{1,3}(.{2,80})`,
  'i',
);

/** "degree" alone is too common in prose ("to a high degree"); it needs a degree-like neighbour. */
const BARE_DEGREE_OK = new RegExp(
  `^\\s{0,2}(?:${cue('bareDegreeAfter')}|\\/|,|;|\\(|\\)|\\.|$)`,
  'i',
);
/**
 * Before a bare "degree": "research degree", "360 degree", "a high degree of". A British degree
 * class ("a 2.1 degree", "a 2:1 degree") is a degree, not a figure.
 */
const BARE_DEGREE_BEFORE = new RegExp(
  `(?:(?<![12][.:])\\d|(?<=[12][.:])[03-9]|${cue('bareDegreeBefore')})\\s{0,2}$`,
  'i',
);
/** "Master the art of", "master a new tool": the level's name used as a verb, no degree. */
const VERB_LEVEL = new RegExp(`^(?:${cue('verbLevels')})$`, 'i');
const VERB_OBJECT = new RegExp(
  `^\\s{1,2}(?:(?:${cue('verbObjects')})\\s|(?:${cue('nounAfter')})(?![${LATIN}]))`,
  'i',
);
/** A lower-case word right after a lower-case level name: "master equipment", "master degree". */
const LOWER_NEXT = /^ ([a-z]+)(?![\p{L}'’])/u;
const DEGREE_FOLLOWER = new RegExp(`^(?:${cue('degreeFollowers')})$`);

/** "master equipment files", "master plumber": a lower-case level name inside a noun, no degree. */
function levelInNoun(name: string, after: string): boolean {
  if (!VERB_LEVEL.test(name) || name !== name.toLowerCase()) return false;
  const next = LOWER_NEXT.exec(after);
  return next !== null && !DEGREE_FOLLOWER.test(next[1] as string);
}

/** The word "degree" alone. */
const BARE_DEGREE = new RegExp(`^(?:${cue('degreeNouns')})$`, 'i');
/** "Graduate of": a degree only with a programme's noun later in the clause ("… related course"). */
const COURSE_GRADUATE = new RegExp(`^(?:${cue('courseGraduates')})$`, 'i');
const COURSE_AFTER = new RegExp(
  `^[^.;:!?\\n]{1,80}?(?<![${LATIN}])(?:${cue('courseNouns')})(?![${LATIN}])`,
  'i',
);

const FIELD_STOP = new RegExp(
  `\\s(?:${OR})\\s(?:[${LATIN}]+\\s)?(?:${cue('similar')})|\\s(?:${cue('withWords')})\\s(?:${cue('atLeast')})?`,
  'i',
);

function fieldAfter(text: string, end: number): string | null {
  const m = FIELD_AFTER.exec(text.slice(end, end + 120));
  if (!m) return null;
  const raw = m[1] as string;
  const stop = FIELD_STOP.exec(raw);
  return cleanField(stop ? raw.slice(0, stop.index) : raw);
}

/**
 * "wo-denkniveau", "hbo denkniveau": a compound of one word and the equivalence cue says the
 * level of thinking, not a diploma. "High school diploma or GED" is a name with its alternative.
 */
function equivalentInName(name: string): boolean {
  const m = EQUIVALENT_NEAR.exec(name);
  return m !== null && m.index > 0 && !/\s/.test(name.slice(0, m.index).trim());
}

/** Whether the degree name is part of a phrase that lets experience replace it. */
function insideExperienceInstead(text: string, h: Hit): boolean {
  const from = Math.max(0, h.start - 30);
  const m = EXPERIENCE_INSTEAD_NEAR.exec(text.slice(from, h.end + 30));
  return m !== null && from + m.index <= h.start && from + m.index + m[0].length >= h.end;
}

/** "Informatik bzw. Wirtschaftsinformatik": an "or" written short, whose dot ends no clause. */
const DOTTED_OR = new RegExp(
  `(?<![${LATIN}])(?:${alternation((l) => l.education.cues.or.filter((w) => w.endsWith('.')))})`,
  'gi',
);

function equivalentAfter(text: string, end: number): boolean {
  const slice = text.slice(end, end + EQUIVALENT_REACH);
  const rest = slice.includes('.') ? slice.replace(DOTTED_OR, (w) => w.replace('.', ' ')) : slice;
  // A clause ends at ";" or a full stop, not at the dots of "U.S." (a lone letter before them).
  const clauseEnd = rest.search(/;|(?<!(?:^|[\s.(])\p{L})\.(?:\s|$)/u);
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  const m = EQUIVALENT_NEAR.exec(clause) ?? LOCAL_EQUIVALENT.exec(clause);
  // "Laurea in X con almeno 7 anni ...; in assenza di laurea, almeno 9 anni": a path without the
  // degree is named for the degree, so it reaches over the rest of the sentence.
  if (m && !OTHER_SUBJECT.test(clause.slice(Math.max(0, m.index - 4)))) return true;
  return EXPERIENCE_INSTEAD_NEAR.test(text.slice(end)) || YEARS_INSTEAD.test(clause);
}

/** Whether a sentence says experience may replace a degree ("autodidacts welcome"). */
export function acceptsExperienceInstead(text: string): boolean {
  return EXPERIENCE_INSTEAD.test(text);
}

/**
 * A cheap first look: every name the readers above find starts a word (no Latin letter before),
 * so a sentence without the start of one (most sentences) skips the large regexes.
 */
/** The level names' and trade words' own looks: each scan runs only where its words may be. */
const LEVEL_LOOK = startLook(
  LEXICONS.flatMap((l) => [
    ...LEVELS.flatMap((level) => l.education.levels[level]),
    ...l.education.enrolment,
  ]),
  true,
);
const TRADE_LOOK = startLook(LEXICONS.flatMap((l) => l.education.tradeTraining));

const FIRST_LOOK = trigger(
  LEXICONS.flatMap((l) => [
    ...LEVELS.map((level) => l.education.levels[level]),
    l.education.enrolment,
    l.education.tradeTraining,
  ]),
  5,
  [],
);

/** A web address's token: ".../blob/master/TESTE.md" names a branch, not a degree. */
const ADDRESS_START = /^[<(["']?(?:https?:\/\/|www\.)/i;

/** Whether the word at `at` stands inside a web address (its token opens with a scheme or www). */
function inAddress(text: string, at: number): boolean {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const space = Math.max(
    before.lastIndexOf(' '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('\t'),
  );
  if (space < 0 && from > 0) return false;
  return ADDRESS_START.test(before.slice(space + 1));
}

interface Hit {
  level: EducationLevel;
  start: number;
  end: number;
  /** Found by an enrolment phrase ("currently pursuing", "étudiant en"). */
  enrolment: boolean;
}

/** Education levels from the lowest up. */
export const RANK: Record<EducationLevel, number> = {
  high_school: 0,
  vocational: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
};

/**
 * Between two degree names that are alternatives: "or", "/", "ou", "oder", "o", "of", "y/o"; a
 * German name cut before its compound's end too ("Bachelor- oder Masterstudium").
 */
const ALTERNATIVES_GAP = new RegExp(
  `^(?:-(?:\\d{1,2})?)?(?:'s)?(?:\\s{0,2}(?:${cue('degreeNouns')}))?\\s{0,2}(?:${OR}|\\/(?:${cue('orAny')})?)` +
    `\\s{0,2}(?:(?:${alternation((l) => [...l.education.cues.articles, ...l.education.cues.orAny])})\\s{1,2})?$`,
  'i',
);
/**
 * "Bachelor- und Masterstudium", "bachelor- en masteropleiding": a compound cut after the first
 * name and joined by "and" asks for both degrees, so the higher.
 */
const BOTH_GAP = new RegExp(`^-\\s{1,2}(?:${alternation((l) => l.posting.listAnd)})\\s{1,2}$`, 'i');
/**
 * "ein technisches Studium im Bereich X, Y oder Z oder alternativ eine technische Ausbildung": an
 * "or alternatively" reaches back over the first degree's field to make the two alternatives.
 */
/**
 * "Hochschulstudium in X oder einer vergleichbaren Fachrichtung abgeschlossen oder verfügst über
 * eine Ausbildung": an "or" opening a clause of a few words (a verb, its preposition, an article)
 * right before the next degree, which is the other way in.
 */
const OR_CLAUSE = new RegExp(
  `(?<![${LATIN}])(?:${cue('or')})\\s{1,2}(?:(?!${cue('similar')})[${LATIN}]{2,20}\\s{1,2}){0,3}` +
    `(?:(?:${cue('articles')})\\s{1,2})?$`,
  'i',
);
const ALTERNATIVE_FAR = new RegExp(
  `(?<![${LATIN}])(?:${rankedAlternation(
    LEXICONS.flatMap((l) => l.education.cues.or).filter((w) => w.includes(' ')),
  )})\\s{1,2}(?:(?:${cue('articles')})\\s{1,2})?$`,
  'i',
);
const FAR_REACH = 200;
/**
 * "Studium (BA/MA), abgeschlossene Lehre als X oder gleichwertige Praxis": a comma between two
 * degrees of a list that an "or" closes makes them alternatives as well ("Master en X, CAP de Y ou
 * équivalent").
 */
const LIST_COMMA = new RegExp(
  `^(?:[^.;:(),]{0,60}|\\/\\p{Lu}{2,4}\\)?|\\)|[^.;:(),]{0,30}\\([^.;:()]{1,60}\\))\\s{0,2},\\s{1,2}(?:(?:${cue('articles')})\\s{1,2})?$`,
  'iu',
);
const BRACKET_AFTER_FIELD = /^[^.;:()]{0,60}\($/;
/** "(BA/MA)": the bracket holds degree names only. */
const BRACKET_CLOSES = /^(?:\s?\/\s?[\p{L}.]{2,6}){0,3}\s?\)/u;
const LIST_OR = new RegExp(`^[^;.]{0,80}?(?<![${LATIN}])(?:${OR})(?![${LATIN}])`, 'i');
const FAR_STOP = /;|\.\s{1,2}\p{Lu}/u;

/** "... years of work experience with a PhD degree". */
const ALTERNATIVE_PATH = new RegExp(
  `(?:${cue('pathYears')})\\b[^.;]{0,60}\\b(?:${cue('pathWith')}) (?:${cue('articles')})\\s{1,2}$`,
  'i',
);

/** Between an enrolment phrase and the degree studied: an article at most ("pursuing a"). */
// "currently enrolled in high school": the phrase's own preposition is read off it, so it may stand
// here too.
const ENROLLED_IN = new RegExp(
  `^\\s{0,2}(?:(?:${cue('ownPrepositions')})\\s{1,2})?(?:(?:${cue('articles')})\\s{1,2})?$`,
  'i',
);
/** A bracket opening right before a degree: "(Bac+5)". */
const BRACKET_BEFORE = /\(\s{0,2}$/;
/** Between a qualifier and a degree name it qualifies: a space ("HBO Associate Degree"). */
const HEAD_GAP = /^ {1,2}$/;
/** A level written as a step of a numbered scale: "Bac+2", "bac + 5". */
const STEP = /\+\s?\d$/;

const CITY_BEFORE = /\p{Lu}[\p{L}.'-]{1,20},\s{1,2}$/u;
/**
 * "Candeias (BA), Camaçari (BA)", "Campo Grande (MS)": a Brazilian state after a city, in
 * brackets. A degree's own name before the bracket ("Bachelor of Arts (BA)") is read anyway.
 */
const PLACE_BRACKET_BEFORE = /\p{Lu}\p{Ll}{2,20}\s\($/u;
/** "at Sandpoint High School", "bei der Lincoln Realschule": "at" and a name before the level. */
const NAMED_SCHOOL_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation((l) => l.posting.atCompany)})\\s(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,3}$`,
  'u',
);
const TAUGHT_BEFORE = new RegExp(`(?:${cue('taughtBefore')})\\s{1,2}$`, 'i');
const PEOPLE_AFTER = new RegExp(
  `^[\\s-]{0,2}(?:${cue('peopleAfter')}|(?:${cue('peopleAfterWhole')})\\b)`,
  'i',
);
/**
 * "at a level normally acquired through ...": a lowercase "a level" followed by such a word is the
 * ordinary noun phrase, not the A-level ("Mathematics at A level" keeps its capital).
 */
const PLAIN_LEVEL = /^a[\s-]levels?$/;
const PLAIN_LEVEL_AFTER = new RegExp(`^\\s{1,2}(?:${cue('plainLevelAfter')})\\b`, 'i');
/** "educated to degree level", "qualified to GCSE level": the level reached, asked of the candidate. */
const LEVEL_ASKED_BEFORE = new RegExp(
  `(?:${cue('levelAskedBefore')})\\s{1,2}(?:an?\\s{1,2})?$`,
  'i',
);
/** "GCSE level qualification", "degree level or equivalent": the level named as the one asked. */
const LEVEL_ASKED_AFTER = caseless(
  `^[\\s-]{1,2}\\p{L}{1,12}\\s{1,2}(?:${cue('levelAskedAfter')})(?![\\p{L}])`,
  'iu',
);
/** Whether a degree name before "level" is asked for as the level reached (see the two above). */
function levelAsked(text: string, h: Hit): boolean {
  return (
    LEVEL_ASKED_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start)) ||
    LEVEL_ASKED_AFTER.test(text.slice(h.end, h.end + 48))
  );
}

/** "BA/BS degree in X": the rest of the degree phrase, short names as written. */
const TAIL = new RegExp(`^(?:\\s?\\/\\s?(?:${cue('tailShort')})|\\s?(?:${cue('degreeNouns')}))+`);
const OWN_PREPOSITION = new RegExp(`\\s(?:${cue('ownPrepositions')})$`, 'i');
/**
 * A job title line ("Ausbildung Fachinformatiker (m/w/d)"): the post offered, not a requirement. A
 * long sentence under a requirements heading is a requirement that names a trade with its gender
 * mark ("eine technische Ausbildung, bspw. als Techniker (m/w/d) oder Industriemechaniker (m/w/d)").
 */
function titleLine(sentence: Sentence): boolean {
  // The posting's first line naming an apprenticeship, however the gender is written ("Lernende/-r
  // Fachmann/-frau Betriebsunterhalt EFZ"): the certificate the post leads to, not one it asks for.
  if (sentence.start === 0 && sentence.heading === null && sentence.text.length <= TITLE_LENGTH) {
    if (APPRENTICE_TITLE.test(sentence.text)) return true;
  }
  if (sentence.section !== null && sentence.text.length > TITLE_LENGTH) return false;
  if (!TITLE_MARK.test(sentence.text)) return false;
  // "eine abgeschlossene Ausbildung als Erzieher (m/w/d)", "un CAP de cuisinier (h/f)": below the
  // first line, an item that opens on a small letter is a clause; a title opens on a capital.
  if (sentence.start > 0 && LOWER_OPENING.test(sentence.text)) return false;
  // "… eine Ausbildung als Fachinformatiker (m/w/d) oder eine vergleichbare Qualifikation": a long
  // line that accepts an equivalent asks for the trade; a title never does.
  return sentence.text.length <= TITLE_LENGTH || !EQUIVALENT_NEAR.test(sentence.text);
}
const TITLE_LENGTH = 90;
/** An item's first letter, past its bullet or markup, is a small one. */
const LOWER_OPENING = /^[\s\-–*•·➢>#_[(]{0,6}\p{Ll}/u;
/** An apprentice named in a title ("Lernende/-r …", "Azubi …", "Apprenti(e) …"). */
const APPRENTICE_TITLE = new RegExp(
  `(?<![\\p{L}])(?:${alternation((l) => l.employment.apprenticeTitles)})(?![\\p{L}])`,
  'iu',
);
/**
 * "nous recherchons 2 apprenti(e)s CAP/BEP", "Azubi zum …", "alternant BTS": right after an
 * apprentice, the diploma the apprenticeship leads to, not one it asks for.
 */
// "apprenti(e)s CAP/BEP": the second of two short names joined by a slash is the training too.
const APPRENTICE_BEFORE = caseless(
  `(?<![\\p{L}])(?:${alternation((l) => l.employment.apprenticeTitles)})` +
    `(?:\\(e\\)s?|\\(s\\)|e?s)?\\s{1,2}(?:\\p{Ll}{2,3}\\s{1,2})?(?:\\p{Lu}{2,6}\\s?\\/\\s?)?$`,
  'iu',
);
/** A title's gender mark in brackets: any "(m/w/d)"-like letters, or the lexicons' gender words. */
const TITLE_MARK = new RegExp(
  `\\((?:[mwfdhx]\\s?\\/\\s?){1,3}[mwfdhx]\\)|\\((?:${alternation((l) => l.posting.genderWords)})\\)`,
  'i',
);

export const extractEducation: SentenceExtractor = (sentence: Sentence) => {
  const text = sentence.text;
  const short = ANY_SHORT_DEGREE.test(text);
  if (!(short || FIRST_LOOK.test(text)) || titleLine(sentence)) return [];
  // "Location(s): SANDPOINT HIGH SCHOOL": the school named as the place of work, no degree.
  if (LOCATION_LABEL.test(text)) return [];
  const found: Found[] = [];
  const seen = new Set<EducationLevel>();
  const push = (level: EducationLevel, start: number, end: number, orExperience = false) => {
    if (seen.has(level)) return;
    seen.add(level);
    found.push({
      kind: 'education',
      level,
      field: fieldAfter(text, end),
      equivalentAccepted:
        orExperience ||
        equivalentAfter(text, end) ||
        equivalentInName(text.slice(start, end)) ||
        (level === 'high_school' && EQUIVALENCY_CREDENTIAL.test(text)),
      at: start,
    });
  };
  const hits: Hit[] = [];
  SHORT_DEGREE.lastIndex = 0;
  for (let m = short ? SHORT_DEGREE.exec(text) : null; m; m = SHORT_DEGREE.exec(text)) {
    const name = m[1] as string;
    const end = m.index + m[0].length;
    if (inAddress(text, m.index)) continue;
    // "Cambridge, MA", "Jackson, MS": a US state after a city, not a degree.
    if (CITY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (
      NEEDS_DEGREE_AFTER.has(name) &&
      text[m.index + name.length] === ')' &&
      PLACE_BRACKET_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))
    ) {
      continue;
    }
    // "Data Engagement Platform (DEP)": the short name spells the words before it, no degree.
    if (spelledBefore(text, m.index, name)) continue;
    // "BTS MS", "DUT GIM": right after another diploma's short name, its speciality's code.
    if (NEEDS_DEGREE_AFTER.has(name) && SHORT_LEVEL[lastWord(text, m.index)] !== undefined)
      continue;
    const after = text.slice(end, end + 16);
    if (
      NEEDS_DEGREE_AFTER.has(name) &&
      !SHORT_AFTER.test(after) &&
      !SHORT_LIST_AFTER.test(after) &&
      !SHORT_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))
    ) {
      continue;
    }
    const level = SHORT_LEVEL[name];
    if (level) hits.push({ level, start: m.index, end, enrolment: false });
  }
  LEVEL_NAMES.lastIndex = 0;
  const levelled = mayStart(text, LEVEL_LOOK);
  for (let m = levelled ? LEVEL_NAMES.exec(text) : null; m; m = LEVEL_NAMES.exec(text)) {
    const groups = m.groups ?? {};
    const named = LEVEL_GROUPS.find((k) => groups[k] !== undefined);
    if (!named || inAddress(text, m.index)) continue;
    const level = (named === 'enrolment' ? 'bachelor' : named) as EducationLevel;
    // "Licence en droit", "Grado en X": the name's own preposition starts the field.
    const own = OWN_PREPOSITION.exec(m[0]);
    const end = m.index + (own ? own.index : m[0].length);
    if (hits.some((h) => m.index < h.end && end > h.start)) continue;
    if (VERB_LEVEL.test(m[0]) && VERB_OBJECT.test(text.slice(end, end + 14))) continue;
    if (levelInNoun(m[0], text.slice(end, end + 24))) continue;
    if (COURSE_GRADUATE.test(m[0]) && !COURSE_AFTER.test(text.slice(end, end + 90))) continue;
    if (BARE_DEGREE.test(m[0])) {
      // "BA/BS degree" is already counted; a bare "degree" needs a degree-like neighbour.
      if (hits.some((h) => h.end <= m.index && m.index - h.end <= 6)) continue;
      if (!BARE_DEGREE_OK.test(text.slice(end, end + 12))) continue;
      if (BARE_DEGREE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    }
    hits.push({ level, start: m.index, end, enrolment: named === 'enrolment' });
  }
  TRADE_TRAINING.lastIndex = 0;
  const trained = mayStart(text, TRADE_LOOK);
  for (let m = trained ? TRADE_TRAINING.exec(text) : null; m; m = TRADE_TRAINING.exec(text)) {
    const trade = m[1] as string;
    if (!AGENT_NOUN.test(trade) || NOT_TRADE.test(trade)) continue;
    const end = m.index + m[0].length;
    if (!hits.some((h) => m.index < h.end && end > h.start)) {
      hits.push({ level: 'vocational', start: m.index, end, enrolment: false });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    // "or 3 years of work experience with a PhD": a path to the years, not a degree asked for.
    if (ALTERNATIVE_PATH.test(text.slice(Math.max(0, h.start - 80), h.start))) continue;
    // "Experience teaching A-level English", "tutoring high school students": whom, not a degree.
    if (TAUGHT_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (
      PLAIN_LEVEL.test(text.slice(h.start, h.end)) &&
      PLAIN_LEVEL_AFTER.test(text.slice(h.end, h.end + 24))
    )
      continue;
    if (PEOPLE_AFTER.test(text.slice(h.end, h.end + 24)) && !levelAsked(text, h)) continue;
    // "at Sandpoint High School": a school's name, where the job is.
    if (NAMED_SCHOOL_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start))) continue;
    if (APPRENTICE_BEFORE.test(text.slice(Math.max(0, h.start - 32), h.start))) continue;
    // "The most common background is a BA", "no degree needed", "hobbyist > PhD": not asked.
    if (NOT_ASKED_NEAR.test(text.slice(Math.max(0, h.start - 120), h.end + 24))) continue;
    // "in assenza di laurea", "candidati non laureati": the path without the degree names it.
    if (insideExperienceInstead(text, h)) continue;
    if (RANKED_BELOW.test(text.slice(Math.max(0, h.start - 16), h.start))) continue;
    // "PhD or MS in X", "BS/MS", "Bachelor's or Master's degree": the lowest level is required.
    let level = h.level;
    let last = h;
    // "currently pursuing a Master's", "im Studium der Informatik": the degree being studied; the
    // candidate is enrolled, which reads as a bachelor.
    const studied = hits[i + 1];
    if (h.enrolment && studied && ENROLLED_IN.test(text.slice(h.end, studied.start))) {
      // "currently pursuing a Diploma or Degree": a diploma programme is the lowest studied.
      if (RANK[studied.level] < RANK[level]) level = studied.level;
      last = studied;
      i++;
    }
    while (i + 1 < hits.length) {
      const next = hits[i + 1] as Hit;
      const gap = text.slice(last.end, next.start);
      // "HBO Associate Degree", "Bac+5 Master": a qualifier before the degree's own name, which
      // says the level.
      // "Ensino Médio Cursando", "secondary school currently attending": the school named, then the
      // candidate's attending it; the level is the school's.
      if (!h.enrolment && next.enrolment && HEAD_GAP.test(gap)) {
        last = next;
        i++;
        continue;
      }
      if (!h.enrolment && HEAD_GAP.test(gap)) {
        // "BAC+2 BAC+5": two steps of one numbered scale side by side, a range; the lower counts.
        const range =
          STEP.test(text.slice(last.start, last.end)) &&
          STEP.test(text.slice(next.start, next.end));
        level = range && RANK[level] < RANK[next.level] ? level : next.level;
        last = next;
        i++;
        continue;
      }
      if (!h.enrolment && BOTH_GAP.test(gap)) {
        if (RANK[next.level] > RANK[level]) level = next.level;
        last = next;
        i++;
        continue;
      }
      const far =
        gap.length <= FAR_REACH &&
        !FAR_STOP.test(gap) &&
        (ALTERNATIVE_FAR.test(gap.slice(-40)) || OR_CLAUSE.test(gap.slice(-70)));
      // "Studium der Informatik (BA/MA)": the bracket names the same degree's levels.
      const listed =
        (BRACKET_AFTER_FIELD.test(gap) &&
          BRACKET_CLOSES.test(text.slice(next.end, next.end + 16))) ||
        (LIST_COMMA.test(gap) && LIST_OR.test(text.slice(next.end, next.end + 80)));
      if (!far && !listed && !ALTERNATIVES_GAP.test(gap)) break;
      if (RANK[next.level] < RANK[level]) level = next.level;
      last = next;
      i++;
    }
    // "BA/BS degree in X": read the field and equivalence after the whole degree phrase.
    const tail = TAIL.exec(text.slice(last.end));
    const before = text.slice(Math.max(0, h.start - 200), h.start);
    // Only a bracket right before the degree can follow an "ou équivalent": test that first.
    const equivalentBefore =
      BRACKET_BEFORE.test(before.slice(-4)) && EQUIVALENT_BEFORE.test(before.slice(-60));
    push(
      level,
      h.start,
      last.end + (tail ? tail[0].length : 0),
      equivalentBefore || EXPERIENCE_OR.test(before),
    );
  }
  return found;
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  LEVEL_ASKED_BEFORE,
  LEVEL_ASKED_AFTER,
  LEVEL_NAMES,
  SHORT_DEGREE,
  SHORT_AFTER,
  PLACE_BRACKET_BEFORE,
  SHORT_LIST_AFTER,
  EQUIVALENT_NEAR,
  EQUIVALENCY_CREDENTIAL,
  EQUIVALENT_BEFORE,
  BRACKET_BEFORE,
  ENROLLED_IN,
  HEAD_GAP,
  EXPERIENCE_INSTEAD_NEAR,
  EXPERIENCE_INSTEAD,
  YEARS_INSTEAD,
  NOT_ASKED_NEAR,
  RANKED_BELOW,
  EXPERIENCE_OR,
  TRADE_TRAINING,
  AGENT_NOUN,
  NOT_TRADE,
  LOCAL_EQUIVALENT,
  OTHER_SUBJECT,
  FIELD_AFTER,
  BARE_DEGREE_OK,
  BARE_DEGREE_BEFORE,
  FIELD_STOP,
  FIRST_LOOK,
  ALTERNATIVES_GAP,
  ALTERNATIVE_FAR,
  OR_CLAUSE,
  DOTTED_OR,
  FAR_STOP,
  ALTERNATIVE_PATH,
  CITY_BEFORE,
  TAUGHT_BEFORE,
  PEOPLE_AFTER,
  TAIL,
  BARE_DEGREE,
  OWN_PREPOSITION,
  TITLE_MARK,
  APPRENTICE_BEFORE,
);
