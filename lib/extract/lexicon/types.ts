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
  /**
   * Each work model named on a line or field of its own ("Remote", "Hybride", "Presencial"), and
   * inside the phrases below. A hyphen in a word also matches a space or nothing ("on-site").
   */
  remote: readonly string[];
  hybrid: readonly string[];
  onsite: readonly string[];
  /** Whole phrases that state a model in prose ("remote-first", "work from anywhere"). */
  remotePhrases: readonly string[];
  hybridPhrases: readonly string[];
  onsitePhrases: readonly string[];
  /** Before a remote or on-site word, makes it total: "fully", "100%", "entièrement". */
  fully: readonly string[];
  /** Before or after a remote word, makes it partial, hence hybrid: "partial", "teilweise". */
  partly: readonly string[];
  /** Around a remote word, an option, hence hybrid: "possible", "Möglichkeit", "possibilità di". */
  option: readonly string[];
  /** A working day and a week, for "2 days in the office" / "3 jours de télétravail par semaine". */
  days: readonly string[];
  week: readonly string[];
  /** Where those days are spent: "office", "home", "Büro". */
  places: readonly string[];
  /** "remote is not possible", "pas de télétravail": the remote word denied means on site. */
  notRemote: readonly string[];
  /** Nouns after a remote or hybrid word that make it no work model ("remote desktop"). */
  notModel: readonly string[];
  /** "or" between two models: the posting offers both ("Remote or Hybrid"). */
  or: readonly string[];
}

// ── employment ─────────────────────────────────────────────────────────────────────────────────
/** Employment types: full time, part time, contract, temporary, internship, apprenticeship... */
export interface EmploymentWords {
  /** Each type, as postings name it. A hyphen also matches a space or nothing ("full-time"). */
  fullTime: readonly string[];
  partTime: readonly string[];
  contract: readonly string[];
  temporary: readonly string[];
  internship: readonly string[];
  apprenticeship: readonly string[];
  volunteer: readonly string[];
  perDiem: readonly string[];
  /**
   * Statuses the contract has no value for ("Werkstudent"): they outweigh the passing internship
   * or hours words such postings also use, and give no type.
   */
  noType: readonly string[];
  /** A person's title that names an internship or an apprenticeship where a title ends ("… Intern"). */
  internTitles: readonly string[];
  apprenticeTitles: readonly string[];
  /** Words that make a type the candidate's past ("previous internship", "Praktikumserfahrung"). */
  past: readonly string[];
  /**
   * A permanent contract (CDI, CLT, unbefristet): names no type, but beside a contract word it
   * makes the contract one option of two ("PJ ou CLT"), not the job's type.
   */
  permanent: readonly string[];
  /** Field labels ("Job type:", "Type de contrat :"): a type on such a line is the page's field. */
  labels: readonly string[];
  /** Benefits legalese ("eligible", "full-time employees"): such a sentence says nothing of the job. */
  eligibility: readonly string[];
  /** "on the basis of a full-time job": pay stated for full time, not the job's hours. */
  basis: readonly string[];
  /** Units of weekly hours ("hours per week", "Wochenstunden"): 30 or fewer is part time. */
  weeklyHours: readonly string[];
  /** Between two figures: "20 to 25 hours", "3 or 6 months", "32 tot 40". */
  to: readonly string[];
  /** A duration ("months", "Monate") and the contract words it makes fixed-term ("contract"). */
  months: readonly string[];
  contractWords: readonly string[];
  /** After a duration: "extendable", "renouvelable": a fixed-term contract. */
  extendable: readonly string[];
}

// ── relocation ─────────────────────────────────────────────────────────────────────────────────
/** Relocation offered or not. */
export interface RelocationWords {
  /** The topic: "relocation", "déménagement", "Umzug" (also as the start of a compound). */
  topic: readonly string[];
  /** The employer's help near the topic: "package", "assistance", "Unterstützung". */
  offer: readonly string[];
  /** Housing the employer provides: "housing stipend", "logé", "alojamiento": relocation help. */
  housing: readonly string[];
  /** The candidate's side ("willing to relocate"): says nothing of help. */
  candidate: readonly string[];
  /** Negation words, read near the topic (also for visa sponsorship). */
  negations: readonly string[];
}

// ── visa ───────────────────────────────────────────────────────────────────────────────────────
/** Visa sponsorship offered or not, work authorization. */
export interface VisaWords {
  /** The topic: "visa", "sponsorship", "work permit". */
  topic: readonly string[];
  /** "sponsor" alone can be an executive sponsor: the sentence must name immigration. */
  immigration: readonly string[];
  /** The employer's help: "we sponsor", "visa support", "Unterstützung". */
  offer: readonly string[];
  /** Phrases that are an offer on their own: "immigration support", "relocation and visa help". */
  offerPhrases: readonly string[];
  /** A refusal on its own: "unable to sponsor", "without sponsorship". */
  refusals: readonly string[];
  /** The right to work: "authorized to work", "Arbeitserlaubnis". */
  authorization: readonly string[];
}

// ── travel ─────────────────────────────────────────────────────────────────────────────────────
/** Travel required, and its share of the time. */
export interface TravelWords {
  /** Travel: "travel", "déplacements", "Reisebereitschaft". */
  travel: readonly string[];
  /** Words that make travel a demand on the candidate: "required", "willing", "fréquents". */
  demand: readonly string[];
  /** Travel as a perk, an expense or a business: "travel reimbursement", "Reisekosten". */
  notDemand: readonly string[];
  /** After a percentage: a share of the working time ("du temps", "of your time"). */
  shareOfTime: readonly string[];
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
