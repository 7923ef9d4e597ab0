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
  /** Labels of a header field giving the title ("Job title:", "Poste :", "Stellenbezeichnung:"). */
  titleLabels: readonly string[];
  /** Labels of a header field giving the employer ("Company:", "Empresa:", "Entreprise :"). */
  companyLabels: readonly string[];
  /** Labels of a header field giving the place ("Location:", "Standort:", "Sede:"). */
  locationLabels: readonly string[];
  /**
   * Job nouns that make a short line read as a title ("engineer", "Entwickler", "infirmière").
   * Matched at a word's end only, so German compounds count ("Softwareentwickler").
   */
  jobWords: readonly string[];
  /** Words that open a title in prose: "As a …", "We are looking for a …", "Wir suchen einen …". */
  titleIntros: readonly string[];
  /**
   * Verbs between an employer and the role it advertises, on a header line: "Acme is hiring a",
   * "NRC zoekt een", "Lumio recrute un·e". The title follows them.
   */
  hiringCues: readonly string[];
  /** Articles and filler a title may follow ("a", "un·e", "einen", "per direct een"). */
  articles: readonly string[];
  /** Prepositions joining a title to its employer on one line: "Developer at Acme", "bij NAK". */
  atCompany: readonly string[];
  /** A board's suffix joining a title to its city: "Nurse Job in Leeds" (Monster). */
  titleCitySuffixes: readonly string[];
  /**
   * Words opening a decoration a board adds to a title: "– must be fluent in Mandarin",
   * "(based in Lyon)", "£500 welcome bonus". The decoration is not part of the title.
   */
  titleDecorations: readonly string[];
  /** Words standing where an employer's name should be, naming none: "Confidential", "Vertraulich". */
  confidential: readonly string[];
  /**
   * How an agency introduces the employer it recruits for ("on behalf of our client", "notre
   * client"): a name after them is the client, never the advertiser.
   */
  agencyCues: readonly string[];
  /** "About", "Über", "À propos de": a heading naming the employer ("About Acme"). */
  aboutWords: readonly string[];
  /** "based in", "basé à", "mit Sitz in": a phrase naming where the job is, the place after it. */
  basedIn: readonly string[];
}

// ── skills ─────────────────────────────────────────────────────────────────────────────────────
/** Words around skills: alternatives ("or", "one of"), duty cues, ordinary words that are no tool. */
export interface SkillWords {
  placeholder?: never;
}
