/**
 * One language's vocabulary for the engine. Every reader (`../kinds`) builds its patterns from the
 * words here, for every language at once (`./build.ts`), so adding a language is one file of this
 * shape plus its tests. Every key is required: a language that lacks one does not compile.
 *
 * Words are plain text, never regex: a space matches any short run of spaces, and the builder
 * escapes everything else. Readers own their section's shape; keep each section's fields documented.
 */

export type LangCode = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl';

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
  placeholder?: never;
}

// ── preference ─────────────────────────────────────────────────────────────────────────────────
/** Required and preferred cues ("must", "a plus", "von Vorteil"). */
export interface PreferenceWords {
  placeholder?: never;
}

// ── sections ───────────────────────────────────────────────────────────────────────────────────
/** Section headings: requirements, nice-to-have, duties, benefits, about the company. */
export interface SectionWords {
  placeholder?: never;
}

// ── education ──────────────────────────────────────────────────────────────────────────────────
/** Degrees and their levels, "or equivalent". */
export interface EducationWords {
  placeholder?: never;
}

// ── language ───────────────────────────────────────────────────────────────────────────────────
/** Human languages' names and proficiency words. */
export interface LanguageWords {
  placeholder?: never;
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
  /** Words between two names that make them alternatives: "Salesforce or HubSpot", "Java oder Kotlin". */
  or: readonly string[];
  /** Words before a list that make its names alternatives: "one of GCP, AWS, Azure", "either". */
  oneOf: readonly string[];
  /**
   * Headings of the duties ("Responsibilities", "Vos missions", "Ihre Aufgaben"): a tool named only
   * there is mentioned in the role, not asked of the candidate, when the posting has a requirements list.
   */
  dutyHeadings: readonly string[];
  /** Task phrasing that puts a tool in the duties: "you will use", "vous utiliserez", "du arbeitest mit". */
  dutyCues: readonly string[];
  /**
   * Ordinary words of this language that catalogue names collide with, never read as a tool when
   * written alone: "Project", "Exchange", "Teams" in English; "informatica" in Italian, "vite" in French.
   */
  notTools: readonly string[];
}
