/**
 * Sections of a `Lexicon` (`./types.ts`) for the experience, language, credential, field and
 * licence readers, kept apart so each file stays short. Words are plain text, never regex (see
 * `./types.ts`).
 */

import type { SpokenLevel } from './types';

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
  /**
   * After the unit, years pooled across people ("50 years of combined experience"): a team's
   * total unless the count is asked of the candidate, by a minimum word, a range or a plus
   * before it ("a minimum of 12 years of combined experience", "3-5 years of combined ...").
   */
  pooledAfter: readonly string[];
  /**
   * Later in the clause: the years are a rate at which experience replaces schooling, not a
   * requirement ("one year of experience may be substituted for one year of college").
   */
  substitutes: readonly string[];
  /** Right after such a trap, words that make it a field of work: "8 years in business intelligence". */
  trapFields: readonly string[];
  /** Before the count: the years are the company's or a period's ("founded", "since", "combined"). */
  trapsBefore: readonly string[];
  /**
   * Those of them that name a length ("durée de", "Dauer von"): after an experience word in the
   * same clause they measure the experience, not a contract ("une expérience d'une durée de 2 ans").
   */
  trapDurations: readonly string[];
  /**
   * Words by which a sentence says what the candidate brings, outside any requirements section:
   * "looking for", "you have", "vous justifiez de", "du bringst". Such a sentence states its years
   * as a requirement ("Looking for: 3-5 yrs backend").
   */
  candidateCues: readonly string[];
  /**
   * Words that make a would-be field a way of working, not a domain one can have years in: a
   * count of ordinary things ("multiple", "several", "plusieurs", "mehrere"), doing things at once
   * ("simultaneously", "en parallèle"), a manner or a setting ("independently", "fast-paced",
   * "under pressure"). "Working on multiple projects simultaneously" names no field; "managing
   * several sites in the construction industry" keeps "construction industry".
   */
  taskWords: readonly string[];
  /**
   * Nouns of a post held ("role", "position", "poste", "Funktion", "puesto", "ruolo", "função",
   * "functie"): where a requirement is stated, years followed by one are experience ("Minimum 2
   * years, ideally 4, in a customer-facing role").
   */
  roles: readonly string[] /** Starts of words one of which the context after a duration needs ("work", "Praxis", "puesto"): a cheap first look. */;
  contextGate: readonly string[];
  /** "The ideal candidate has 5 years": nouns for the candidate, and the verb. */
  candidateNouns: readonly string[];
  candidateHas: readonly string[];
  /** After a comma following the years, the company speaks: "we", "nous", "siamo"; stems take any ending ("unser"). */
  companyWe: readonly string[];
  companyWeStems: readonly string[];
  /** Words that name no field on their own ("relevant experience", "professionnelle"). */
  genericWords: readonly string[];
  /** Those dropped at a field's start ("professional backend development" → "backend development"). */
  genericLead: readonly string[];
  /**
   * Words that, with only one another and `genericWords`, name no field ("in the field", "total
   * work experience", "im Bereich", "nel settore"): the years stay a plain requirement.
   */
  noFieldWords: readonly string[];
  /** Before a job title taken as a field, dropped with it: "working as a", "en tant que", "als". */
  roleIntros: readonly string[];
  /** "4+ years of Python in production": prepositions that end the domain after "of". */
  ofFieldEnds: readonly string[];
  /** Right after the years where a requirement is stated: "in", "as", "als", "come" ("3 years in sales"). */
  roleAfter: readonly string[];
  /** Opening a requirement line, making a bare "experience in X" a requirement: "you have", "proven", "fundierte". */
  qualitativeCues: readonly string[];
  /** A credential where a field should be: "PhD", "master's", "degree" ("3 years of work experience with a PhD"). */
  degrees: readonly string[] /** After the years, words showing time spent working: "working", "worked in", "in the industry", "nel ruolo". */;
  workContext: readonly string[];
  /**
   * Before the years in the same clause, the candidate having done the work: "you have worked in a
   * warehouse for 2 years", "vous avez exercé ce métier pendant 2 ans" (no experience noun needed).
   * Empty where the participle follows the years (German, Dutch).
   */
  workedBefore: readonly string[];
  /** "two decades of experience": counts written as words, the unit, "of", and the noun that must follow. */
  decadeCounts: Readonly<Record<string, number>>;
  /**
   * Adjectives that say a number of years after an experience noun: Italian "esperienza
   * triennale" (three years), "biennale" (two).
   */
  yearAdjectives: Readonly<Record<string, number>>;
  /**
   * The ending of an adjective that says the years before the experience noun, after a count in
   * digits or one of the lexicon's `numbers`: German "zweijährige Berufserfahrung", Dutch
   * "tweejarige werkervaring", "3-jährige", "zwei jährige".
   */
  leadingYearEnds: readonly string[];
  decadeUnits: readonly string[];
  decadeOf: readonly string[];
  decadeNouns: readonly string[];
  /** "esperienza nel ruolo di almeno 3 anni": the noun, the preposition, "of" and the minimum before the years. */
  fieldNouns: readonly string[];
  fieldBeforePreps: readonly string[];
  fieldOf: readonly string[];
  fieldMinimum: readonly string[];
  /** "in a customer-facing role", "dans un poste similaire": prepositions and articles before a post, "of" after it. */
  rolePreps: readonly string[];
  roleArticles: readonly string[];
  roleOf: readonly string[] /** Shortened nouns, whole words only: "exp", "PQE". */;
  nounAbbreviations: readonly string[];
  /** "experience in X": adjectives after the noun ("professionnelle"), then prepositions before the field. */
  afterNounAdjectives: readonly string[];
  afterNounPreps: readonly string[];
  /** An elided preposition before the field: "nell'" ("esperienza nell'ambito"). */
  elided: readonly string[];
  /** "3 years of working in sales": "of", "working", then prepositions before the field. */
  unitOf: readonly string[];
  unitWorking: readonly string[];
  afterUnitPreps: readonly string[];
  /** "5+ years of B2B sales experience": "of" before the field words. */
  beforeOf: readonly string[];
  /** A qualitative requirement line: "you have", "vous avez"; adjectives ("proven", "fundierte"). */
  haveWords: readonly string[];
  qualAdjectives: readonly string[];
  /** Before the noun: "work" (a word), or glued starts ("Berufs", "werk"). */
  workWords: readonly string[];
  nounStarts: readonly string[];
  /** After the noun: "confirmée", "previa", "comprovata"; then prepositions before the field. */
  qualAfterNoun: readonly string[];
  qualPreps: readonly string[];
  /**
   * A company or team speaking of itself before its years ("our team has 15 years of experience"):
   * an owner word and a noun ("our" + "team", "notre" + "équipe"), the noun a whole word.
   */
  companyOwners: readonly string[];
  companyNouns: readonly string[];
  /** The company having the years: "we have", "wir haben", "contamos con"; not before `companyHaveNot` ("we have a"). */
  companyHave: readonly string[];
  companyHaveNot: readonly string[];
  /**
   * ", at least 2 in a management role", ", davon mindestens 2 als Teamleitung": a second count
   * borrowing the first's unit. Its lead ("including", "dont", "davon"), minimum ("at least"),
   * "of which" after the count, the preposition before the post ("in", "as", "als") and an article.
   */
  borrowedLeads: readonly string[];
  borrowedMinimums: readonly string[];
  borrowedOfWhich: readonly string[];
  borrowedPreps: readonly string[];
  borrowedArticles: readonly string[];
  /** A header block's label before a bare count: "Years of experience: 0-2", "YOE: 3", "Años de experiencia: 2". */
  headerLabels: readonly string[];
  /**
   * A record's level field ("Career Level: 1-4 Years Experienced Employee"): its value names a
   * band of the board's, whose years are no requirement.
   */
  levelLabels: readonly string[];
  /** After the unit, the word the field follows: "4+ years of Python in production" ("of"). */
  ofField: readonly string[];
  /** A job board's marks after a record's years: "(Required)", "(Preferred)", "(Erforderlich)". */
  recordMarks: readonly string[];
  /**
   * Where a domain may follow a way of working ("managing several sites in the construction
   * industry"): the preposition and an article after it. Tried in lexicon order, so a longer phrase
   * another language's shorter one opens ("in der" after English "in") adds nothing.
   */
  domainPreps: readonly string[];
  domainArticles: readonly string[];
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
  /**
   * A sentence that opens on a condition about the post ("If the position is bilingual, you will
   * also pass a French test", "Si le poste est bilingue"): boilerplate for other posts, not this
   * one's requirement.
   */
  ifThePost: readonly string[];
  /**
   * An application noun, then a few words and `applyInWords` right before the language ("ta
   * candidature avec impatience (de préférence en anglais)"): the instruction, with words between.
   */
  applyNouns: readonly string[];
  applyInWords: readonly string[];
  /** German compounds ending a language's name: "Englischkenntnisse", "Deutschsprache". */
  compoundSuffixes: readonly string[];
  /** "deutscher und englischer Sprache": the joins between two adjective forms, and the noun after them. */
  adjectiveJoins: readonly string[];
  adjectiveNouns: readonly string[];
  /**
   * Nouns a nationality adjective follows in Romance word order, making it no language: "mercado
   * português", "les provinces francophones".
   */
  nounsBefore: readonly string[];
  /** A sentence about speaking or proficiency, read inside words: "fluen", "langue", "Sprach", "spreek". */
  contextStems: readonly string[];
  /** The same only at a word's end ("oral"), or only as whole words ("level"). */
  contextWordEnds: readonly string[];
  contextWholeWords: readonly string[];
  /** After a name, starts of nouns that make it a nationality: "market", "customer", "Kunden", "mercado". */
  adjectiveUses: readonly string[];
  /** "French-speaking countries": the word, then starts of nouns that make it a place or a people. */
  speaking: readonly string[];
  speakingUses: readonly string[];
  /** Before a name, articles that make it a people or a name ("the English", "die Deutsche Bahn"). */
  peopleArticles: readonly string[];
  /** After such an article and name, nouns that make it the language again: "language", "Sprache". */
  languageNouns: readonly string[];
  /** Before a name, a school subject: "degree", "teacher" and "in", "of" ("Degree in English"). */
  subjectNouns: readonly string[];
  subjectJoins: readonly string[];
  /** Words ending the short window after a name: "and", "sowie", "ainsi que", "alsmede". */
  stops: readonly string[];
  /**
   * Prepositions right before a name, never a joining word there: "couramment en anglais" (the
   * Dutch "en" joins, the French one introduces the language), "fluent in English".
   */
  namePrepositions: readonly string[];
  /** Between a name and a requirement word: "is", "wäre", "sarebbe", "zou zijn". */
  requirementCopulas: readonly string[];
  /** Right after a name, words making it required or preferred: "required", "exigé", "gradito", "een pré". */
  requirementWords: readonly string[];
  /** "a strong plus": its article, intensifier and noun. */
  plusArticles: readonly string[];
  plusIntensifiers: readonly string[];
  plusNouns: readonly string[];
  /** Praise before a plus noun, dropped before reading levels: "strong", "great" ("a great advantage"). */
  praise: readonly string[];
  /** Joins between two names of a list: "and/or", "and", "oder", "en/of". */
  listJoins: readonly string[];
  /**
   * Articles before the next name of a list, elided ones with their apostrophe: "l'anglais et
   * l'italien", "de l'anglais et de l'espagnol", "inglés y el francés".
   */
  listArticles: readonly string[];
  /** "or" between two levels or a level and a grade: "native or C2", "natif ou C2". */
  orWords: readonly string[];
  /**
   * Words after which a run of language codes names languages: "Bilingual (FR/EN)", "Langues :
   * NL/FR/EN". After `codesFluent` (bilingual, trilingual) the level is fluent; after `codeLabels`
   * ("Languages", "Sprachen") it is not given.
   */
  codesFluent: readonly string[];
  codeLabels: readonly string[];
  /**
   * Shortened language names, lower case, to ISO 639-1 ("eng" → en, "franz" → fr). Such a word is
   * often something else ("Eng" for engineering), so it counts only in a list beside a full
   * language name ("Eng and Hindi", "dt. und engl.").
   */
  shortNames: Readonly<Record<string, string>>;
}

// ── credentials ──────────────────────────────────────────────────────────────────────────────
/** Registrations, tickets and named qualifications no catalogue lists (`kinds/credentials.ts`). */
export interface CredentialWords {
  /** Words in capitals that are no body's acronym: "THE", "MUST" (before "registration" in a shouted line). */
  notBodies: readonly string[];
  /** After a body's acronym, as written: "registration", "PIN", "membership" ("NMC PIN", "HCPC registration"). */
  registrationNouns: readonly string[];
  /** Before a body's name, lower case (a capital first letter also matches): "registration with", "registered by". */
  registeredWith: readonly string[];
  /** An article between those and the name: "the". */
  registeredArticles: readonly string[];
  /** A professional registration named in full: "colegiación", "iscrizione all'albo", "Approbation". */
  professional: readonly string[];
  /** After the Dutch "BIG" register: "registratie", "geregistreerd". */
  registerNouns: readonly string[];
  /** Before a council's acronym ("registro ativo no CRM"), lower case (a capital first letter also matches). */
  registryNouns: readonly string[];
  registryActive: readonly string[];
  registryAt: readonly string[];
  /** Forklift tickets: "forklift licence", "Staplerschein", "carné de carretillero", "heftruckcertificaat". */
  forklift: readonly string[];
  /** Between "NVQ" and its level: "level". */
  levelWords: readonly string[];
  /** Before a Roman numeral, as written: "Certificate", "Cert" ("Certificate III"). */
  certificateNouns: readonly string[];
  /** After a body's acronym, lower case (a capital first letter also matches): "certificate", "card", "ticket". */
  ticketNouns: readonly string[];
  /** Opening a professional title, as written: "Certified", "Chartered". */
  certifiedWords: readonly string[];
  /** Word starts one of which every credential above contains: a cheap first look. Matched inside words. */
  stems: readonly string[];
}

// ── field ────────────────────────────────────────────────────────────────────────────────────
/** The free-text field of an experience or education item (`kinds/field.ts`). */
export interface FieldWords {
  /** Words that end a field phrase: a qualifier follows ("preferably", "or equivalent", "von Vorteil", "at least"). */
  ends: readonly string[];
  /** "is a big plus", "would be an asset": the copula, article, intensifier and noun, each optional but the last two. */
  plusCopulas: readonly string[];
  plusArticles: readonly string[];
  plusIntensifiers: readonly string[];
  plusNouns: readonly string[];
  /** "at a fast-growing company": the preposition, article and noun that end a field at an employer. */
  orgAt: readonly string[];
  orgArticles: readonly string[];
  orgNouns: readonly string[];
  /** Articles dropped at a field's start: "a", "le", "die", "een". */
  articles: readonly string[];
  /** A verb left at a field's end when its qualifier was cut: "is", "ist", "wäre", "is een". */
  copulas: readonly string[];
  /** A preposition left at a field's end before its years: "as a cashier for (2 years)". */
  trailingLinks: readonly string[];
  /** Words common in job fields, to split a run-together token ("marketingadvertisingdigital"). */
  glueWords: readonly string[];
  /** After a comma, words opening a clause, never a list item: "building", "which", "ideally". */
  clauseStarts: readonly string[];
  /** Joins before a list's last item: "or", "and", "und", "en". */
  listJoins: readonly string[];
  /**
   * The same after a comma once a list has begun (", or C"): without Dutch "en" and "of", which
   * are Spanish "in" and English "of" there.
   */
  lastJoins: readonly string[];
}

// ── license ──────────────────────────────────────────────────────────────────────────────────
/** Licences and security clearances (`kinds/license.ts`). */
export interface LicenseWords {
  /** A driving licence named in full: "driving licence", "Führerschein", "carnet de conducir", "rijbewijs". */
  driving: readonly string[];
  /** A short name that is a driving licence only before a class letter or a cue: "permis" ("permis B"), "patente". */
  drivingShort: readonly string[];
  /** What completes such a short name: "de conduire", "di guida". */
  drivingShortTails: readonly string[];
  /** After a short name, words confirming it: "valide" ("permis valide"). */
  drivingShortCues: readonly string[];
  /** Before a driving licence: "valid", "clean", "full". */
  adjectives: readonly string[];
  /** A class before the licence, a letter following: "class", "Klasse", "classe". */
  classBefore: readonly string[];
  /** Between two classes that are both asked ("C und CE", "B et BE"); "or" makes them one choice. */
  classJoins: readonly string[];
  /** Between a licence and its class word: "der" ("Führerschein der Klasse B"). */
  classArticles: readonly string[];
  /** A class word after the licence, a letter following: "Klasse", "catégorie", "kat.", "type". */
  classAfter: readonly string[];
  /** A commercial driver's licence, as written (case kept): "CDL", "commercial driver's license". */
  commercial: readonly string[];
  /** Before the class letter of a commercial licence: "class" ("CDL class A"), case kept. */
  commercialClass: readonly string[];
  /** A nursing licence: "RN license", "registered nurse licence". */
  nursing: readonly string[];
  /**
   * A nurse's licence held "as" the profession, words between: "Current registration in the State
   * of NH as a Registered Nurse", "licensed as a professional nurse", "examinierte
   * Pflegefachkraft" (no gap needed). The word that holds it…
   */
  nursingHeld: readonly string[];
  /** …and the profession after it ("as a Registered Nurse"). */
  nursingAs: readonly string[];
  /** Levels of a security clearance: "top secret", "TS/SCI", "SC", "baseline". */
  clearanceLevels: readonly string[];
  /** Between a level and the clearance word: "security" ("SC security clearance"). */
  clearanceSecurity: readonly string[];
  /** The clearance noun: "clearance". */
  clearance: readonly string[];
  /** After "TS/SCI": "with polygraph", "with full scope poly". */
  polygraph: readonly string[];
  /** Word starts one of which every licence above contains: a cheap first look. Matched inside words. */
  stems: readonly string[];
}

/**
 * The words around a degree name (`kinds/education.ts`): what makes a short name a degree, where
 * its field starts and stops, and what shows it is not asked for. Matched whatever the case
 * unless a key says otherwise; a space matches a short run of spaces.
 */
export interface EducationCueWords {
  /** After a short name that is also a word ("BA", "MS"): words that make it a degree ("in", "degree"). */
  shortAfter: readonly string[];
  /** Just before such a short name, words that make it a degree whatever follows ("graduate of BS Accountancy"). */
  shortBefore: readonly string[];
  /** Short names that are words or places elsewhere ("MA", "BUT", "FP"), as written: they need `shortAfter`. */
  ambiguousShort: readonly string[];
  /** Endings of agent nouns naming a trade after `tradeTraining` ("soudeur", "pizzaiolo", "Tischler"). */
  tradeSuffixes: readonly string[];
  /** Words with such an ending that name no trade ("premier", "leur", "chantier"). */
  notTrades: readonly string[];
  /** "or" between two alternatives ("or", "ou", "oder", "o", "of"). */
  or: readonly string[];
  /** "and/or" written with a slash ("and/or", "y/o", "e/ou", "en/of"). */
  andOr: readonly string[];
  /** After a slash between two degree names: "BA/any degree". */
  orAny: readonly string[];
  /** Indefinite articles after "or" ("or a", "ou une", "oder ein"). */
  articles: readonly string[];
  /** After "or" and up to two words: another qualification ("or local equivalent"). */
  equivalentNouns: readonly string[];
  /** After "or equivalent"-like cue: another subject, not another qualification ("related field"). */
  relatedSubjects: readonly string[];
  /** The word "degree" itself: between or after degree names ("BA/BS degree"); case as written. */
  degreeNouns: readonly string[];
  /** Before a field's preposition: "degree in", "diplôme en", "Abschluss im Bereich". */
  fieldDegreeNouns: readonly string[];
  /** Prepositions starting a field, in the order tried ("in", "of", "der", "im Bereich"). */
  fieldPrepositions: readonly string[];
  /** Starts of what may follow a bare "degree" (no full word needed: "in", "required"). */
  bareDegreeAfter: readonly string[];
  /** Ends of what, before a bare "degree", makes it prose ("a high degree", "this degree"). */
  bareDegreeBefore: readonly string[];
  /** A level's name that is also a verb ("master"), as written alone: no degree before an object. */
  verbLevels: readonly string[];
  /** Words after such a verb that make it one: "master the art", "master a new tool". */
  verbObjects: readonly string[];
  /**
   * Words after such a level's name that make it part of a noun, no degree: "Master Data
   * Management", "master plan", "master file".
   */
  nounAfter: readonly string[];
  /**
   * Lower-case words that may follow a lower-case level name when it names a degree ("master
   * degree", "master in", "master or bachelor"). Any other lower-case word after it makes the name
   * part of a noun or a trade title, no degree: "master equipment files", "master plumber".
   */
  degreeFollowers: readonly string[];
  /** After "or" in a field: the field ends ("or related", "oder vergleichbar"). */
  similar: readonly string[];
  /** "with", ending a field ("with at least", "mit mindestens"). */
  withWords: readonly string[];
  /** "at least" after `withWords`. */
  atLeast: readonly string[];
  /** Years before "with a PhD": the degree is one path to the years ("years", "ans", "Jahre"). */
  pathYears: readonly string[];
  /** "with", "holding" before the degree in such a path. */
  pathWith: readonly string[];
  /** Ends of words before a degree name that make it a subject taught ("teaching A-level"). */
  taughtBefore: readonly string[];
  /** Starts of words after a degree name that make it people or courses ("students", "thesis"). */
  peopleAfter: readonly string[];
  /** Whole words after a degree name that make it a course or level ("programme", "level"). */
  peopleAfterWhole: readonly string[];
  /**
   * Words after a lowercase "a level" that make it the ordinary noun phrase, not the A-level
   * ("at a level normally acquired through ...", "a level that suits you").
   */
  plainLevelAfter: readonly string[];
  /**
   * Words before a degree name that ask for it as a level reached ("educated to degree level",
   * "qualified to GCSE level"): the level after the name is then the candidate's, no course's.
   */
  levelAskedBefore: readonly string[];
  /** Words after "<degree> level" that ask for it ("GCSE level qualification", "level or above"). */
  levelAskedAfter: readonly string[];
  /** At the end of a degree's name, the preposition starting its field ("Licence en", "Grado en"). */
  ownPrepositions: readonly string[];
  /** Short names after a slash continuing a degree phrase ("BA/BS"), case as written. */
  tailShort: readonly string[];
  /**
   * Level names that say only that a programme was finished ("graduate of"): they name a degree
   * only with one of `courseNouns` later in the clause ("Graduate of Accounting or any related
   * course"), not alone ("a graduate of our leadership scheme").
   */
  courseGraduates: readonly string[];
  /** Nouns naming a degree programme after `courseGraduates` ("course"). */
  courseNouns: readonly string[];
}
