/**
 * One language's vocabulary for the engine. Every reader (`../kinds`) builds its patterns from the
 * words here, for every language at once (`./build.ts`), so adding a language is one file of this
 * shape plus its tests. Every key is required: a language that lacks one does not compile.
 *
 * Words are plain text, never regex: a space matches any short run of spaces, and the builder
 * escapes everything else. Readers own their section's shape; keep each section's fields documented.
 */

export type LangCode = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl';

/** Education levels, lowest first (the same names as `EducationLevel` in `lib/schema`). */
export type DegreeLevel =
  | 'high_school'
  | 'vocational'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctorate';

/** Language levels (the same names as `LanguageLevel` in `lib/schema`). */
export type SpokenLevel = 'native' | 'fluent' | 'professional' | 'basic';

export interface Lexicon {
  code: LangCode;
  /** Frequent function words, to tell the posting's language (`pipeline/lang.ts`). */
  stopwords: readonly string[];
  /** Small counts written as words ("five", "cinq", "fünf"). */
  numbers: Readonly<Record<string, number>>;
  experience: ExperienceWords;
  preference: PreferenceWords;
  sections: SectionWords;
  education: EducationWords;
  language: LanguageWords;
  salary: SalaryWords;
  workplace: WorkplaceWords;
  employment: EmploymentWords;
  relocation: RelocationWords;
  visa: VisaWords;
  travel: TravelWords;
  schedule: ScheduleWords;
  posting: PostingWords;
  skills: SkillWords;
}

// ── experience ─────────────────────────────────────────────────────────────────────────────────
/** Years of experience (`kinds/experience.ts`). */
export interface ExperienceWords {
  /** The noun, matched inside compounds too ("Berufserfahrung", "werkervaring"); short ones whole. */
  nouns: readonly string[];
  /** Year units as postings write them: "years", "yrs", "ans", "Jahre". */
  years: readonly string[];
  /** Month units: "months", "mois", "Monate". */
  months: readonly string[];
  /** What joins the two ends of a range: "to", "à", "bis" ("3 to 5 years"). */
  rangeJoins: readonly string[];
  /** What joins two counts that each carry their unit: "3 years to less than 5 years". */
  unitRangeJoins: readonly string[];
  /** Before the upper end of a range: "a maximum of", "massimo" ("almeno 2 e massimo 4 anni"). */
  rangeMax: readonly string[];
  /** After a count, making it a minimum: "or more", "oder mehr". */
  orMore: readonly string[];
  /** Before a count, making it a minimum: "at least", "mindestens". */
  atLeast: readonly string[];
  /** Before a count, also a minimum but looser: "more than", "über" (not a requirement cue). */
  moreThan: readonly string[];
  /** Before a count, making it a maximum: "up to", "bis zu". */
  upTo: readonly string[];
  /** After the unit: the years are something else's ("old", "warranty", "contract", "ago"). */
  trapsAfter: readonly string[];
  /** Before the count: the years are the company's or a period's ("founded", "since", "combined"). */
  trapsBefore: readonly string[];
}

// ── preference ─────────────────────────────────────────────────────────────────────────────────
/** Required and preferred cues ("must", "a plus", "von Vorteil"). */
export interface PreferenceWords {
  /** After what they qualify: "a plus", "von Vorteil", "is an advantage", "souhaité". */
  trailing: readonly string[];
  /** Before what they qualify: "preferably", "idealerweise", "Advantageous:", "se valorará". */
  leading: readonly string[];
  /** Words that make an item required: "must", "required", "erforderlich". */
  required: readonly string[];
  /** Negations of those: "not required", "nicht zwingend". */
  notRequired: readonly string[];
}

// ── sections ───────────────────────────────────────────────────────────────────────────────────
/** Section headings: requirements, nice-to-have, duties, benefits, about the company. */
export interface SectionWords {
  placeholder?: never;
}

// ── education ──────────────────────────────────────────────────────────────────────────────────
/** Degrees and their levels, "or equivalent". */
export interface EducationWords {
  /**
   * Degree, diploma and school-leaving names by the level they stand for, matched whatever the
   * case ("Bac+3", "laurea magistrale", "abgeschlossene Lehre", "Matric").
   */
  levels: Readonly<Record<DegreeLevel, readonly string[]>>;
  /** Short names matched only as written, because in lower case they are words ("BA", "HNC"). */
  abbreviations: Readonly<Record<string, DegreeLevel>>;
  /** Being enrolled in a degree programme, read as a bachelor ("du studierst", "étudiant en"). */
  enrolment: readonly string[];
  /** Right after a degree: another qualification is accepted ("or equivalent", "gleichwertig"). */
  equivalent: readonly string[];
  /** Anywhere in the posting: experience may stand in for the degree ("autodidacts welcome"). */
  experienceInstead: readonly string[];
}

// ── language ───────────────────────────────────────────────────────────────────────────────────
/** Human languages' names and proficiency words. */
export interface LanguageWords {
  /** Proficiency words by the level they state ("fluent", "verhandlungssicher", "courant"). */
  levels: Readonly<Record<SpokenLevel, readonly string[]>>;
  /** How a language is used, which may stand between it and its level: "in Wort und Schrift". */
  modes: readonly string[];
  /** Application instructions, not requirements: "submit your CV in", "CV en". */
  applyIn: readonly string[];
}

// ── salary ─────────────────────────────────────────────────────────────────────────────────────
/** Pay periods, currency words, "from"/"up to", gross/net. */
export interface SalaryWords {
  placeholder?: never;
}

// ── workplace ──────────────────────────────────────────────────────────────────────────────────
/** Remote, hybrid, on-site statements. */
export interface WorkplaceWords {
  placeholder?: never;
}

// ── employment ─────────────────────────────────────────────────────────────────────────────────
/** Employment types: full time, part time, contract, temporary, internship, apprenticeship... */
export interface EmploymentWords {
  placeholder?: never;
}

// ── relocation ─────────────────────────────────────────────────────────────────────────────────
/** Relocation offered or not. */
export interface RelocationWords {
  placeholder?: never;
}

// ── visa ───────────────────────────────────────────────────────────────────────────────────────
/** Visa sponsorship offered or not, work authorization. */
export interface VisaWords {
  placeholder?: never;
}

// ── travel ─────────────────────────────────────────────────────────────────────────────────────
/** Travel required, and its share of the time. */
export interface TravelWords {
  placeholder?: never;
}

// ── schedule ───────────────────────────────────────────────────────────────────────────────────
/** Shifts, nights, weekends, on-call. */
export interface ScheduleWords {
  placeholder?: never;
}

// ── posting ────────────────────────────────────────────────────────────────────────────────────
/** Title, company and location: header labels, job words, agency and "confidential" traps. */
export interface PostingWords {
  placeholder?: never;
}

// ── skills ─────────────────────────────────────────────────────────────────────────────────────
/** Words around skills: alternatives ("or", "one of"), duty cues, ordinary words that are no tool. */
export interface SkillWords {
  placeholder?: never;
}
