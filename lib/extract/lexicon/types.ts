/**
 * One language's vocabulary for the engine. Every reader (`../kinds`) builds its patterns from the
 * words here, for every language at once (`./build.ts`), so adding a language is one file of this
 * shape plus its tests. Every key is required: a language that lacks one does not compile.
 *
 * Words are plain text, never regex: a space matches any short run of spaces, and the builder
 * escapes everything else. Readers own their section's shape; keep each section's fields documented.
 */

import type { SalaryPeriod } from '../../schema';
import type {
  CredentialWords,
  EducationCueWords,
  ExperienceWords,
  FieldWords,
  LanguageWords,
  LicenseWords,
} from './types-kinds';

export type {
  CredentialWords,
  EducationCueWords,
  ExperienceWords,
  FieldWords,
  LanguageWords,
  LicenseWords,
} from './types-kinds';

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
  /**
   * Short forms a period closes without closing the sentence ("e.g.", "z.B.", "es.", "bijv."):
   * lower case, without their last dot (`pipeline/text.ts`).
   */
  abbreviations: readonly string[];
  /** Frequent function words, to tell the posting's language (`pipeline/lang.ts`). */
  stopwords: readonly string[];
  /**
   * Whether the language writes every noun with a capital (German): a list item may end on one
   * ("… in der Instandhaltung Gute Deutschkenntnisse"), so an item opener (`sections.itemOpeners`,
   * adjectives there) may follow a capitalised word. Elsewhere a capitalised word before the
   * opener makes both one name ("Customer Experience").
   */
  capitalisedNouns: boolean;
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
  credentials: CredentialWords;
  field: FieldWords;
  license: LicenseWords;
  posting: PostingWords;
  skills: SkillWords;
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
  /**
   * A demand the job itself makes, written as one: "is required for this role", "est obligatoire
   * pour ce poste". Such a sentence asks for its items even under the employer's own heading
   * ("Who we are"), where nothing else is read as a requirement.
   */
  forThisRole: readonly string[];
  /**
   * "No excluyente", "não eliminatório": the item is wanted, though its lack excludes no one. Unlike
   * "not required", the item still counts as a plus.
   */
  notExcluding: readonly string[];
  /**
   * Words that may stand beside a cue in a clause that is only a qualifier ("is strongly
   * preferred", "ist sehr wünschenswert", "est un vrai plus"): the clause qualifies the item before
   * it and names nothing of its own.
   */
  fillers: readonly string[];
  /**
   * Subject pronouns that open a main clause of their own after a comma: a qualifier before the
   * comma does not reach past them ("idéalement un BTS, vous justifiez de 3 ans d'expérience").
   */
  clauseSubjects: readonly string[];
  /**
   * "with", "avec", "mit": right after a trailing cue, the word opens the next item, beyond the
   * cue's reach ("a master's strongly preferred with a minimum of 3 years of experience").
   */
  afterCueJoins: readonly string[];
}

// ── sections ───────────────────────────────────────────────────────────────────────────────────
/**
 * Section headings (`pipeline/sections.ts`): requirements, nice-to-have, duties, benefits, about
 * the company. Matched whatever the case; a word inside a heading may be a word's start ("prefer"
 * reads "Preferred skills", "appréci" reads "Apprécié").
 */
export interface SectionWords {
  /** Anywhere in a heading, they make its items preferred: "nice to have", "von Vorteil", "souhait". */
  preferred: readonly string[];
  /** The same, as whole words only: "plus" ("A plus"), "atout", "ideally". */
  preferredWords: readonly string[];
  /** After one of `preferredWords`, a noun for the person sought, no preference: "ideal candidate". */
  personNouns: readonly string[];
  /**
   * Pay that holds a preference word ("Yearly bonus", "Salary plus commission"): a heading naming
   * them heads pay, not the nice-to-haves. The heading is tested again without them.
   */
  payPhrases: readonly string[];
  /** Anywhere in a heading (tested after the preferred ones), its items are required: "requirement", "Ihr Profil". */
  required: readonly string[];
  /** Whole lines that are a heading without a colon or blank lines around: "Responsibilities", "Wir bieten". */
  headings: readonly string[];
  /**
   * At a heading's start, what the employer offers or says about itself: "Benefits", "Wir bieten",
   * "Qui sommes-nous". Nothing under such a heading is a requirement.
   */
  offer: readonly string[];
  /** At a heading's start, "About" before the employer's name ("About Acme"), the same as `offer`. */
  about: readonly string[];
  /** After `about`, the start of words that make the heading about the job: "the role", "you". */
  aboutJob: readonly string[];
  /**
   * At a heading's start, the site's cards of other jobs below the posting: "Similar jobs",
   * "Ähnliche Stellen". Their lines ("Gurugram | Full time | Experience: 0-2 years") ask nothing.
   */
  otherJobs: readonly string[];
  /**
   * Capitalised words that open an item of a requirement list, as written: "Experience", "Kennis",
   * "Abgeschlossene", "Maîtrise". Where a list lost its line breaks and bullets ("… relevante
   * werkervaring Ervaring met …"), a lower-case word, a space and one of these start the next item.
   * No noun in German, whose nouns are capitalised inside an item too ("gute Kenntnisse").
   */
  itemOpeners: readonly string[];
  /**
   * A posting's field labels, as an ATS writes them before a value: "Education", "Work location",
   * "Expérience", "Gehalt". Where the lines were lost ("… Bachelor's (Preferred) Experience: 1
   * year …"), such a label with its colon after a value starts the next field. Compared caseless.
   */
  fieldLabels: readonly string[];
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
  /**
   * A name that stands for another level in one country: Québec's bare "Baccalauréat" is the
   * university degree, France's the school-leaving diploma. Applied when the posting's country
   * (read as for its pay's currency) is `country`.
   */
  byCountry: readonly { country: string; level: DegreeLevel; words: readonly string[] }[];
  /** Right after a degree: another qualification is accepted ("or equivalent", "gleichwertig"). */
  equivalent: readonly string[];
  /**
   * A credential that is itself the equivalent of a school diploma, as written ("GED", "HiSET",
   * "DAEU"): a sentence naming one beside the diploma accepts the equivalent.
   */
  equivalencyCredentials: readonly string[];
  /** Anywhere in the posting: experience may stand in for the degree ("autodidacts welcome"). */
  experienceInstead: readonly string[];
  /**
   * Before a trade's name, training in that trade: "formation de soudeur", "Ausbildung zum",
   * "opleiding tot". Read as vocational only when an agent noun follows ("soudeur", "pizzaiolo").
   */
  tradeTraining: readonly string[];
  /**
   * Earlier in the sentence than a degree: the degree describes others or is not asked for ("the
   * most common background is", "no degree needed", "kein Studium nötig").
   */
  notAsked: readonly string[];
  /** The words around a degree name (`./types-kinds.ts`). */
  cues: EducationCueWords;
}

// ── salary ─────────────────────────────────────────────────────────────────────────────────────
/**
 * Pay (`kinds/salary*.ts`): the words around a figure that make it pay, say its period, its
 * currency and its bounds. Words are matched case-insensitively, as whole words.
 */
export interface SalaryWords {
  /**
   * Words in capitals after which "US" is the pronoun, not the country that makes a bare "$" US
   * dollars: "GROW WITH US", "JOIN US", "CONTACT US". Written in capitals; empty where unused.
   */
  usObjectLeads: readonly string[];
  /** Words that make a figure pay: "salary", "Gehalt", "RAL", "CTC". */
  pay: readonly string[];
  /** Money that is not pay, named just before or after the figure: "revenue", "bonus", "voucher". */
  notPay: readonly string[];
  /** Before a lone figure, it is the maximum: "up to", "jusqu'à", "bis zu". */
  upTo: readonly string[];
  /** Before a lone figure, it is the minimum and the maximum is unknown: "from", "ab", "vanaf". */
  from: readonly string[];
  /** After a lone figure, it is the minimum: "33k€ brut minimum", "€2.500 of meer". */
  fromAfter: readonly string[];
  /**
   * In the same sentence as a lone figure, words that make it a floor the employer may pay above:
   * the Austrian legal minimum ("Das Mindestentgelt ... beträgt 3.500 EUR, Bereitschaft zur
   * Überzahlung"). The maximum is then unknown.
   */
  floorNotes: readonly string[];
  /** Between a pay noun and its figure after a floor word: "minimum salary of", "salaris van". */
  payOf: readonly string[];
  /** Between the two figures of a range: "to", "à", "bis", "tot" (dashes need no word). */
  rangeJoin: readonly string[];
  /** Between a starting figure and the one it grows to: "increasing to", "passando para". */
  risingTo: readonly string[];
  /**
   * A pay step between a starting figure and the later one: "£10.30 p/h, after probation period -
   * £10.61", "£9.50 (training), up to £11 after training", "13 € puis après 6 mois 14 €".
   */
  stepAfter: readonly string[];
  /** Gross or net, which may stand between a figure and its period: "gross", "brut", "brutto". */
  grossNet: readonly string[];
  /**
   * Pay periods written as words, after the figure or as the label of its line ("per hour",
   * "monthly", "Horaire de 12 €", "Jahresgehalt"). A word preceded by a unit of working time
   * ("3 days a week", `timeUnits`) says how long one works, not how often one is paid.
   */
  periods: Readonly<Record<SalaryPeriod, readonly string[]>>;
  /** Short period forms, read only right after the figure: "/hr", "ph", "pa", "p/m", "/Monat". */
  periodSuffixes: Readonly<Record<SalaryPeriod, readonly string[]>>;
  /** Units of working time: "days" in "2 days/week", "Stunden" in "40 Stunden pro Woche". */
  timeUnits: readonly string[];
  /**
   * Currency names written as words, to ISO 4217: "euros" → EUR, "rand" → ZAR. "$" stands for a
   * dollar word ("dollars"): which dollar is the posting's country's to say.
   */
  currencies: Readonly<Record<string, string>>;
  /**
   * Labels of a record's currency field, the currency on a line of its own away from the figures
   * ("Currency: KSh", "Devise : EUR", "Währung: CHF").
   */
  currencyLabels: readonly string[];
  /**
   * Multipliers written after a figure: "k" → 1000, "mil" → 1000, "lakh" → 100000. Those of a
   * million or more mark money that is not one person's pay (revenue, funding).
   */
  multipliers: Readonly<Record<string, number>>;
  /**
   * Jobs whose pay the law caps per month, so that a figure said of them with no period is that
   * monthly cap: "Minijob", "geringfügige Beschäftigung" (Germany, Austria). Empty where no
   * such job exists.
   */
  cappedJobs: readonly string[];
  /**
   * Written right after a figure and its currency, makes the figure such a cap: "Basis" in "auf
   * 520-€-Basis", "Job" in "ein 450-Euro-Job".
   */
  capAfter: readonly string[];
}

// ── workplace ──────────────────────────────────────────────────────────────────────────────────
/** Remote, hybrid, on-site statements. */
export interface WorkplaceWords {
  /**
   * Each work model named on a line or field of its own ("Remote", "Hybride", "Presencial"), and
   * inside the phrases below. A hyphen in a word also matches a space or nothing ("on-site").
   */
  remote: readonly string[];
  /**
   * How the work is done from afar, read only after "fully"/"100%": "100% remotely",
   * "entièrement à distance" ("support users remotely" says nothing of the job).
   */
  remoteAdverbs: readonly string[];
  hybrid: readonly string[];
  onsite: readonly string[];
  /** Whole phrases that state a model in prose ("remote-first", "work from anywhere"). */
  remotePhrases: readonly string[];
  hybridPhrases: readonly string[];
  onsitePhrases: readonly string[];
  /** Before a remote or on-site word, makes it total: "fully", "100%", "entièrement". */
  fully: readonly string[];
  /** Between a share and a remote word: "40 % de télétravail", "30% di smart working". */
  shareLinks: readonly string[];
  /** Before or after a remote word, makes it partial, hence hybrid: "partial", "teilweise". */
  partly: readonly string[];
  /** Around a remote word, an option, hence hybrid: "possible", "Möglichkeit", "possibilità di". */
  option: readonly string[];
  /**
   * A share of both places, hence hybrid: "a mix of working from home and in the office", "une
   * combinaison de télétravail et de présentiel"; the nouns, then what joins the two places.
   */
  mix: readonly string[];
  mixJoins: readonly string[];
  /** A working day and a week, for "2 days in the office" / "3 jours de télétravail par semaine". */
  days: readonly string[];
  /** A count of times in one word: "in the office once a week", "zweimal pro Woche im Büro". */
  weeklyTimes: readonly string[];
  week: readonly string[];
  /** Where those days are spent: "office", "home", "Büro". */
  places: readonly string[];
  /**
   * Where on-site days are spent, without the home: "in the office", "im Büro", "au bureau"
   * ("a minimum of 4 days a week in the office" is on site).
   */
  office: readonly string[];
  /** "remote is not possible", "pas de télétravail": the remote word denied means on site. */
  notRemote: readonly string[];
  /** Nouns after a remote or hybrid word that make it no work model ("remote desktop"). */
  notModel: readonly string[];
  /**
   * Before a model word, a noun it describes instead ("nube híbrida", "cloud ibrido", "architecture
   * hybride"): where the adjective follows its noun.
   */
  notModelBefore: readonly string[];
  /** After a place of work, a word that makes it no share of the week: a driver's "home time: 2 days a week". */
  notPlaceAfter: readonly string[];
  /**
   * Nouns before a remote word that make a short line the topic's heading, not a statement ("La
   * politique remote", "Política de teletrabajo"): the lines under it say the model.
   */
  topics: readonly string[];
  /**
   * Between the weekly hours and a known city: "in" ("32 uur per week in Amsterdam", "40 hours a
   * week at Leeds"): the hours are worked there, a hint of on site, which a hybrid
   * or remote statement outweighs.
   */
  hoursIn: readonly string[];
  /** "or" between two models: the posting offers both ("Remote or Hybrid"). */
  or: readonly string[];
  /**
   * A service given both on site and from afar ("support on site and remotely"): these nouns, then
   * a few words and one of `bothWays`, describe a duty, not where the job is worked.
   */
  dutyNouns: readonly string[];
  bothWays: readonly string[];
  /**
   * Channels a service is given through ("online, by phone and on site", "telefonisch und vor
   * Ort"): an on-site word listed with them names where customers are served, not the work model.
   */
  channels: readonly string[];
  /**
   * A field label naming the work model ("Remote status: On-site", "Arbeitsmodell: Hybrid"): only
   * the value after it is read, not the label's own "remote".
   */
  labels: readonly string[];
  /** A field's "no" ("Remote: No", "Télétravail : Non"): a remote word answered no means on site. */
  no: readonly string[];
  /**
   * After a remote word, an answer that leaves the model open ("Télétravail à définir",
   * "Remote: TBD"): the line states no model, so a field answered elsewhere stands.
   */
  undecided: readonly string[];
  /**
   * A remote word that, alone on a line (a job board's filter tag, a perk), offers work from home
   * beside the post rather than naming a remote job: the German boards' "Homeoffice" tag.
   */
  offered: readonly string[];
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
  /**
   * Right after a type word, words that make it another noun: Portuguese "estágio" is also a
   * stage or phase ("empresa em estágio inicial"), no internship.
   */
  notTypeAfter: readonly string[];
  /**
   * Right before a type word (a word or two may stand between), words that leave that type out:
   * "todas as vagas são CLT com exceção das vagas de estágio", "all roles except internships".
   */
  exceptBefore: readonly string[];
  /**
   * Both hours types with their shared word written once ("Voll- oder Teilzeit", "temps plein ou
   * partiel"): both are stated, as "Teilzeit oder Vollzeit" states them.
   */
  bothHours: readonly string[];
  /** A person's title that names an internship or an apprenticeship where a title ends ("… Intern"). */
  internTitles: readonly string[];
  apprenticeTitles: readonly string[];
  /**
   * In the title line, words that make the job temporary: "Seasonal Sales Associate", "Commesso
   * stagionale", "Tijdelijke medewerker".
   */
  temporaryTitles: readonly string[];
  /**
   * A word closing a title in brackets or after a dash that names a contractor's job: "Sales
   * Manager (Contract)", "Développeur Java - Freelance". Alone at the head it names a trade
   * ("Contract Manager"), so only the closing form counts.
   */
  contractTitleTails: readonly string[];
  /**
   * A contract word opening the title before the trade it is a contract of: "Contract Java
   * Developer", "Contract Recruiter". Not before the nouns of contract work itself
   * (`contractTrades`: "Contract Manager", "Contract Administrator").
   */
  contractTitleHeads: readonly string[];
  /** Nouns after a contract word that make the title a trade of contracts: "Manager", "Analyst". */
  contractTrades: readonly string[];
  /** Words that make a type the candidate's past ("previous internship", "Praktikumserfahrung"). */
  past: readonly string[];
  /**
   * A permanent contract (CDI, CLT, unbefristet): names no type, but beside a contract word it
   * makes the contract one option of two ("PJ ou CLT"), not the job's type.
   */
  permanent: readonly string[];
  /** Field labels ("Job type:", "Type de contrat :"): a type on such a line is the page's field. */
  labels: readonly string[];
  /**
   * Values that name contract work only as such a field's value: "Job type: Contract" (bare
   * "contract" in prose is a document or a deal).
   */
  contractValues: readonly string[];
  /**
   * Values that name a temporary job as such a field's value: "Employment Type: Temporary-Until
   * June", "Job term: 3 Temporary", "Befristung: befristet".
   */
  temporaryValues: readonly string[];
  /**
   * Bare hours values that say the type only as such a field's value: "Jornada: Completa",
   * "workDay: Parcial - Indiferente", "Horário: Integral" (bare "completa" in prose says nothing).
   */
  fullTimeValues: readonly string[];
  partTimeValues: readonly string[];
  /**
   * A pay field's label ("Hourly Rate:", "Stundenlohn:"): the rate of a salaried job, not a
   * contractor's "Rate:".
   */
  payLabels: readonly string[];
  /** Benefits legalese ("eligible", "full-time employees"): such a sentence says nothing of the job. */
  eligibility: readonly string[];
  /**
   * The job itself as a sentence's subject: "This temporary position is eligible for benefits"
   * names this job's type, so the eligibility words do not set it aside.
   */
  ownJob: readonly string[];
  /** "on the basis of a full-time job": pay stated for full time, not the job's hours. */
  basis: readonly string[];
  /** Units of weekly hours ("hours per week", "Wochenstunden"): 30 or fewer is part time. */
  weeklyHours: readonly string[];
  /**
   * The week named before its hours ("semaines de 40 heures", "werkweek van 38 uur"): these, a
   * figure, then one of `hourUnits` are weekly hours too.
   */
  /**
   * After years of experience, the role held ("dos años como docente de tiempo completo"): an
   * hours word a few words on describes that past role.
   */
  pastAs: readonly string[];
  /**
   * A chance the job may open later ("eventuell eine Chance auf eine Ausbildung zum …"): a few
   * words on, an apprenticeship word names that later chance, not this job.
   */
  laterChance: readonly string[];
  weekOf: readonly string[];
  hourUnits: readonly string[];
  /**
   * Working hours named with no period ("Jornada laboral de 40 horas", "Arbeitszeit: 40 Stunden",
   * "Working hours: 37.5 hours"): from 35 to 60 hours no day holds, so they are a full-time week;
   * a smaller figure may be a day's and says nothing.
   */
  hoursOf: readonly string[];
  /** Right before the weekly hours, a pay basis ("schaal 9 bij 40 uur", "based on 40 hours"). */
  hoursBasisBefore: readonly string[];
  /**
   * A workload's label ("Pensum: 40 - 60 %", "Taux d'activité : 50%"): a share of full time under
   * 100 % is part time, 100 % full time. The title's closing share ("Verkäufer/in 40%") counts too.
   */
  workloadLabels: readonly string[];
  /** Between two figures: "20 to 25 hours", "3 or 6 months", "32 tot 40". */
  to: readonly string[];
  /** A duration ("months", "Monate") and the contract words it makes fixed-term ("contract"). */
  months: readonly string[];
  /**
   * What the employer keeps for a time, no term of the job: "CVs are kept for six months", "le
   * candidature saranno conservate per un periodo di sei mesi".
   */
  keptFiles: readonly string[];
  contractWords: readonly string[];
  /**
   * A record's duration label opening a line, then a stated time: "Duration: 12 months", "Dauer:
   * 01.03. bis 31.08.2025", "Durée : 6 mois". A fixed-term job.
   */
  durationLabels: readonly string[];
  /** After a duration: "extendable", "renouvelable": a fixed-term contract. */
  extendable: readonly string[];
  /**
   * Arrangements of the hours offered to anyone ("job sharing", "compressed hours", "duobaan"): a
   * type word listed among them ("part-time hours, job sharing, …") is one option, not the job's.
   */
  flexOptions: readonly string[];
  /**
   * Before an hours word, a change the job may see later, not its hours now: "a part-time post
   * that may turn into a full-time one", "Teilzeit mit Option auf Vollzeit".
   */
  laterHours: readonly string[];
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
  /**
   * Allowances paid with the salary ("transport allowance", "annual air ticket", "education
   * allowance"): housing named in the same list is a part of the pay package, not help to move.
   */
  payAllowances: readonly string[];
  /** The candidate's side ("willing to relocate"): says nothing of help. */
  candidate: readonly string[];
  /**
   * The candidate bears the move ("at your own expense", "the responsibility lies with the
   * successful candidate", "à la charge du candidat"): in the sentence, or in the lead-in of the
   * list whose item names the relocation, it is a refusal of help.
   */
  candidatePays: readonly string[];
  /** Negation words, read near the topic (also for visa sponsorship). */
  negations: readonly string[];
  /** A form's yes and no to its relocation question: "Relocation? Y", "Relocation? N". */
  answerYes: readonly string[];
  answerNo: readonly string[];
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
  /**
   * The job needs no visa at all ("hiring worldwide, no visa required", "kein Visum erforderlich"):
   * neither an offer nor a refusal of sponsorship, whatever negation it holds.
   */
  notNeeded: readonly string[];
  /**
   * An offer kept for some roles or people: "offered exclusively for Principal-level roles",
   * "nur für Führungspositionen". Whether it reaches this job the sentence does not say.
   */
  onlyFor: readonly string[];
  /**
   * A third party that sponsors, not the employer: "applicants not affiliated with any sponsoring
   * program" (an exchange-visitor programme) says nothing of the employer's sponsorship.
   */
  thirdPartySponsors: readonly string[];
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
  /**
   * Work done away that is travel by itself, with no demand word: "client visits",
   * "Kundenbesuche", "découchers", "trasferte all'estero".
   */
  visits: readonly string[];
  /** After a percentage: a share of the working time ("du temps", "of your time"). */
  shareOfTime: readonly string[];
}

// ── schedule ───────────────────────────────────────────────────────────────────────────────────
/**
 * Shifts, nights, weekends, on-call, irregular hours (`kinds/schedule.ts`). Phrases are matched
 * whatever the case, as whole words; the reader composes the few patterns that need a figure.
 */
export interface ScheduleWords {
  /** On-call duty: "on-call", "astreinte", "Rufbereitschaft", "guardias", "piketdienst". */
  onCall: readonly string[];
  /** Night work: "night shifts", "travail de nuit", "Nachtschicht", "turnos de noche". */
  night: readonly string[];
  /** Right before a night phrase, a place rather than work: "boîte" ("boîte de nuit"). */
  nightPlaces: readonly string[];
  /** Shift work as whole phrases: "shift work", "travail posté", "Schichtarbeit", "por turnos". */
  shift: readonly string[];
  /** Before a shift noun, saying which shift: "rotating", "early", "2nd" ("early shifts"). */
  shiftKinds: readonly string[];
  /** A time of day between such a word and the noun: "night" ("rotating night shifts"). */
  shiftTimes: readonly string[];
  /** The shift noun: "shift", "shifts". */
  shiftNouns: readonly string[];
  /** Units after a figure before a shift noun: "hour" ("12-hour shifts"). */
  hourUnits: readonly string[];
  /** Before a clock time, the hours of a shift: "shifts are" ("Shifts are 8pm to 8am"). */
  shiftHours: readonly string[];
  /** Right after a shift phrase, it is on-call duty instead: "di reperibilità". */
  shiftNotBefore: readonly string[];
  /** Weekend work as whole phrases: "weekend work", "un week-end sur deux", "am Wochenende". */
  weekend: readonly string[];
  /** Before a weekend noun, making it work: "work", "available", "including", "occasional". */
  weekendCues: readonly string[];
  /** Between such a cue and the noun: "rotating", "alternate", "some". */
  weekendKinds: readonly string[];
  /** The weekend noun: "weekend", "weekends". */
  weekendNouns: readonly string[];
  /** A working week running into the weekend: "Monday" … "to" … "Saturday" ("lundi au samedi"). */
  weekFirstDays: readonly string[];
  weekJoins: readonly string[];
  weekendDays: readonly string[];
  /** Every day of the week by name: a day is never a place ("Monday - Saturday" in a byline). */
  dayNames: readonly string[];
  /** Irregular hours: "hours may vary", "horaires décalés", "unregelmäßige Arbeitszeiten". */
  irregular: readonly string[];
  /** Weekends as leisure, never a demand: "enjoy", "free", "off". */
  leisure: readonly string[];
  /**
   * Word starts, lower case, one of which every phrase above contains ("shift", "week", "nuit"):
   * a cheap first look that lets most sentences skip the patterns. Matched inside words.
   */
  stems: readonly string[];
}

// ── posting ────────────────────────────────────────────────────────────────────────────────────
/** Title, company and location: header labels, job words, agency and "confidential" traps. */
export interface PostingWords {
  /** Labels of a header field giving the title ("Job title:", "Poste :", "Stellenbezeichnung:"). */
  titleLabels: readonly string[];
  /**
   * Words a title line may open with, then a colon, that are no part of the title: "Job: Line
   * Cook", "Offre : Serveur H/F", "Oferta: Camarero/a". Not labels of a record's fields ("Job:
   * Business Operations" names a job family there), so cut from the title only.
   */
  titleLeads: readonly string[];
  /** Labels of a header field giving the employer ("Company:", "Empresa:", "Entreprise :"). */
  companyLabels: readonly string[];
  /**
   * Labels of a board's field naming who placed the ad ("Von: Acme GmbH", "Posted by: Acme Ltd"):
   * the advertiser, read only when the value carries a legal form.
   */
  advertiserLabels: readonly string[];
  /**
   * A word opening the line under a title that names who placed the ad, with no colon: "from The
   * Warehouse Group", "von Acme GmbH". The name after it is the advertiser.
   */
  advertiserLeads: readonly string[];
  /**
   * Calendar months, full and short ("December", "Dec", "déc."): a posting date after a header's
   * town ("Christchurch 24 Dec 2018") is no part of the place.
   */
  calendarMonths: readonly string[];
  /**
   * Where an ad tells applicants to send their papers, before the addressee ("Send resume to Jane
   * Roe, Owner, Acme LLC, 12 Main St, Doral, FL"): the firm and the town of that address.
   */
  sendToWords: readonly string[];
  /**
   * Words before a town that widen it to its area ("Raum Heilbronn", "Großraum Wien", "GR Wien",
   * "région de Lyon"): the town is the place.
   */
  areaWords: readonly string[];
  /**
   * Words after a town naming its centre ("Dublin City Centre", "Sydney CBD", "Lyon centre-ville",
   * "Milano centro"): the town is the place.
   */
  areaAfter: readonly string[];
  /**
   * Words after a town naming its metropolitan area, as boards write a place ("San Francisco Bay
   * Area", "Greater Boston Area"): the area is the place, as written.
   */
  metroAfter: readonly string[];
  /**
   * A board's link line printed under the advertiser ("View all jobs", "Alle Jobs anzeigen"): page
   * chrome between a posting's header lines, read as no line.
   */
  boardLinks: readonly string[];
  /**
   * A careers page's name that opens a page title before the employer's name: "Careers | Acme",
   * "Lavora con noi | IDM - We simplify your work", "Vacatures | Bakkerij de Graaf".
   */
  careersPages: readonly string[];
  /** Labels of a header field giving the place ("Location:", "Standort:", "Sede:"). */
  locationLabels: readonly string[];
  /**
   * A board's filler in a place field ("Remote, Any, Worldwide", "London, Select state"): no place.
   */
  placeholders: readonly string[];
  /**
   * The clause a job board writes after a place on its commute line ("Leeds LS1: Reliably commute
   * or plan to relocate before starting work (Required)"): the place before it is the job's.
   */
  commuteClauses: readonly string[];
  /**
   * Work-model and contract words that fill a part of a byline or a place field ("Hybrid",
   * "Vollzeit", "CDI", "Smart working"): such a part names no employer and no place. A part is
   * one when it opens with one of them as a whole word.
   */
  bylineTerms: readonly string[];
  /**
   * Job nouns that make a short line read as a title ("engineer", "Entwickler", "infirmière").
   * Matched at a word's end only, so German compounds count ("Softwareentwickler").
   */
  jobWords: readonly string[];
  /** Words that open a title in prose: "As a …", "We are looking for a …", "Wir suchen einen …". */
  titleIntros: readonly string[];
  /**
   * A role as a sentence's subject, its definite article before it and its duty after it: "The
   * Field Sales Rep will …", "Le Chargé d'affaires aura pour mission …". Read as the title only
   * when nothing above names one; `roleSubjectOthers` are the hiring process's people, no post.
   */
  /**
   * A page's heading over the whole ad, alone on its first line ("Description", "Descrição",
   * "Stellenbeschreibung"): no title; the header starts below it.
   */
  descriptionHeadings: readonly string[];
  roleSubjectArticles: readonly string[];
  roleSubjectVerbs: readonly string[];
  roleSubjectOthers: readonly string[];
  /**
   * Verbs between an employer and the role it advertises, on a header line: "Acme is hiring a",
   * "NRC zoekt een", "Lumio recrute un·e". The title follows them.
   */
  hiringCues: readonly string[];
  /** Articles and filler a title may follow ("a", "un·e", "einen", "per direct een"). */
  /** Lower-case words between the article and a title in prose: "a full-time remote Data Engineer". */
  titleModifiers: readonly string[];
  /** Small words inside a title written in prose: "Chef de Partie", "Head of Sales", "Leiter für IT". */
  titleLinks: readonly string[];
  articles: readonly string[];
  /** Prepositions joining a title to its employer on one line: "Developer at Acme", "bij NAK". */
  atCompany: readonly string[];
  /** Small words inside an employer's name after `atCompany`: "na Foco em Você", "at Smith and Sons". */
  nameLinks: readonly string[];
  /** A board's suffix joining a title to its city: "Nurse Job in Leeds" (Monster). */
  titleCitySuffixes: readonly string[];
  /** The preposition before the town that ends a headline: "… bei Müller GmbH in Köln", "… à Lyon". */
  headlineIn: readonly string[];
  /**
   * Small lower-case words inside a town's name, between its capitalised words: "Lac du Bonnet",
   * "Stratford upon Avon", "Saint-Rémy de Provence", "Alcalá de Henares".
   */
  townParticles: readonly string[];
  /**
   * The words that open a street's name where the language puts them first: "Rue de la Gare",
   * "Via Roma", "Calle Mayor", "Rua Augusta". An address line with its postcode names its town.
   */
  streetWords: readonly string[];
  /**
   * Words opening a decoration a board adds to a title: "– must be fluent in Mandarin",
   * "(based in Lyon)", "£500 welcome bonus". The decoration is not part of the title.
   */
  /** A want-ad word before the title: "Cercasi", "Se busca", "Gezocht:", "Now hiring:". */
  wantedHeads: readonly string[];
  /** A want-ad word after the title: "Cook wanted", "Verkoper gezocht". */
  wantedTails: readonly string[];
  /** The word naming who wants after such a headline: "… wanted for Acme!", "… per ColivingLiguria". */
  wantedFor: readonly string[];
  titleDecorations: readonly string[];
  /** A page's own noun after the title, no dash between: "Teaching Assistant Job Description". */
  titlePageNouns: readonly string[];
  /**
   * A board's "Job" closing a title ("IT Specialist - Secret Clearance Job"): dropped when what
   * is left still holds a job's noun ("Night Job" stays).
   */
  titleJobNouns: readonly string[];
  /** Words standing where an employer's name should be, naming none: "Confidential", "Vertraulich". */
  confidential: readonly string[];
  /**
   * How an agency introduces the employer it recruits for ("on behalf of our client", "notre
   * client"): a name after them is the client, never the advertiser.
   */
  agencyCues: readonly string[];
  /** "About", "Über", "À propos de": a heading naming the employer ("About Acme"). */
  aboutWords: readonly string[];
  /** Articles between "About" and the name: "About the Widget Guild", "Sobre la Red …". */
  aboutArticles: readonly string[];
  /**
   * Before a capitalised name, words that call it the employer: "join", "careers at", "chez",
   * "Karriere bei", "únete a", "presso", "faça parte da", "werken bij". Written as they appear
   * in a sentence (matched also with a capital first letter). One such phrase is not enough: the
   * name must be corroborated (`kinds/employer.ts`).
   */
  employerIntro: readonly string[];
  /**
   * "as a", "als", "come": before the job a sentence offers, then a word of `roleAtPreps` and the
   * employer ("As a developer at Acme you…", "Come sviluppatore di Forge lavorerai…"). One such
   * phrase names the employer only with corroboration (`kinds/employer.ts`).
   */
  roleAs: readonly string[];
  /** After the job in a `roleAs` phrase, before the employer: "at", "bei", "di", "presso". */
  roleAtPreps: readonly string[];
  /**
   * "Contact", "Ansprechpartnerin": a header line's opening word before the person to write to,
   * their role and their firm ("Contact Jane Doe, Partner, Acme Associates").
   */
  contactWords: readonly string[];
  /** A preposition before the name when a we-clause follows: "At Acme we", "Bei Acme arbeiten wir". */
  employerAt: readonly string[];
  /** Words opening a we-clause after such a name: "we", "nous", "wir", "somos", "siamo". */
  weWords: readonly string[];
  /**
   * Articles before a name that one of `employerNouns` follows: "the" in "the Acme brand", "das" in
   * "das Acme-Team". Empty where the language names the noun first ("l'équipe Acme" is an intro).
   */
  employerArticles: readonly string[];
  /**
   * Articles and prepositions before a name with its legal form in prose ("Die iw-projekt GmbH
   * ist", "kommen Sie zur Acme AG", "chez Dupont SAS"): the name is the employer's.
   */
  formArticles: readonly string[];
  /**
   * Labels of a public body's unit ("Department: Health"): the employer when the text also calls
   * it by the label's noun and one of `ofWords` ("the Department of Health").
   */
  departmentLabels: readonly string[];
  /**
   * A business function a careers page files its ads under, alone on the line under the title
   * ("Cuisine", "Événements", "Finance", "Vertrieb"): the ad's category, never the employer's name.
   */
  departmentWords: readonly string[];
  /**
   * The kind of site an employer's own name opens or ends with, after a dash in a title ("Caretaker
   * - Hyrstmount Junior School", "Erzieher - Kita Sonnenschein"): the tail is the employer.
   */
  siteNouns: readonly string[];
  /**
   * A business unit's noun opening what follows a dash on the employer's line ("Xinerlink - Unidad
   * Logística", "Acme – Division Retail"): the employer is the name before the dash.
   */
  employerUnits: readonly string[];
  /** Labels of the ad's reference number a title may end with ("… (m/w/d) ID: 21954", "Réf. 123"). */
  refLabels: readonly string[];
  /** Nouns after a name that make it the employer: "team", "family", "brand", "associate", "Team". */
  employerNouns: readonly string[];
  /** After such a noun, its owner follows: "of", "van" ("the Media team of Acme" is Acme's). */
  ofWords: readonly string[];
  /**
   * Capitalised words that follow those cues in ordinary prose and name no employer ("Bei Interesse
   * freuen wir uns", "At minimum, we"), compared whatever the case. Mostly nouns of languages that
   * capitalise them: elsewhere a word the text also writes in lower case is already no name.
   */
  notEmployers: readonly string[];
  /**
   * After "At Acme," a you-clause: "At Acme, you will…", "Chez Acme, vous…". Like `weWords`, a
   * clause the employer writes about its own place. Empty where a capitalised noun would follow the
   * preposition as often as a name (German "Bei Fragen …").
   */
  youWords: readonly string[];
  /**
   * A name's possessive endings, as written: "'s" in "Acme's platform". A possessive counts for the
   * employer only when the name recurs in the text (`kinds/employer.ts`). Empty where the language
   * has none.
   */
  possessives: readonly string[];
  /** "based in", "basé à", "mit Sitz in": a phrase naming where the job is, the place after it. */
  basedIn: readonly string[];
  /**
   * The `basedIn` phrases that speak of the job itself ("a remote position in the Philippines"):
   * after them a country alone is the place. After the others ("We are based in Ireland") it is
   * the employer's seat, and no place of the job.
   */
  jobOpenIn: readonly string[];
  /** Where the job itself is said to be, a list of cities after it: "will be based out of our Leeds or York office". */
  jobBasedIn: readonly string[];
  /** Possessives between such a phrase and its cities: "our", "notre", "unserem". */
  ourWords: readonly string[];
  /** A site named after its town, on a line of its own: "Joondalup campus", "Standort Kassel", "Sede Bilbao". */
  siteWords: readonly string[];
  /** Before an island's name, which is where the job is: "the island of Skye", "la isla de Gran Canaria". */
  islandWords: readonly string[];
  /**
   * Nouns that make the word after an island word an organisation's name, not an island's:
   * "Die Insel Gruppe bildet …" (a hospital group), "Eiland Groep". Never read as a place.
   */
  islandNotNames: readonly string[];
  /**
   * A location value naming only the employer's office, no town ("Location: Headquarters", "Lieu :
   * Siège social", "Standort: Hauptsitz"): no place a job seeker can read.
   */
  officeWords: readonly string[];
  /**
   * Nouns of the place people work at, before the town a few words on names it: "ein Office an der
   * Aare in Bern", "ons kantoor aan de Maliebaan in Utrecht", "nos bureaux à Lausanne", and the
   * other sites an employer has ("our branch in Leeds", "unseren Standort … in Berlin").
   */
  /**
   * Lower-case words inside a town's name between its capitalised parts ("Oldenburg in Holstein",
   * "Frankfurt am Main", "Stratford-upon-Avon", "Rio de Janeiro").
   */
  townLinks: readonly string[];
  officeNouns: readonly string[];
  /** A record's city field, its value after it: "City  Fairfield", "Ville  Lyon", "Ciudad  Cádiz". */
  cityFields: readonly string[];
  /** A record's state or province field, a code after it: "State  CT", "Provincia  MA". */
  regionFields: readonly string[];
  /** A record's country field ("Country: Singapore", "Pays : Monaco"): read for a city-state only. */
  countryFields: readonly string[];
  /**
   * Countries that are one city ("Singapore", "Hong Kong", "Monaco"): named as the country, in a
   * record's country field or closing a street address, they are the city of the job.
   */
  cityStates: readonly string[];
  /**
   * Names of public institutions before their proper name ("Universität der", "Hochschule",
   * "University of"): an employer a posting may name only in its prose.
   */
  institutions: readonly string[];
  /**
   * Words naming a building ("Commission House", "Tour Montparnasse", "Edificio Sol"): in
   * "Building, City" the place is the city.
   */
  buildings: readonly string[];
  /** After a name opening a paragraph, a verb making it the subject: "Acme builds", "Lumio édite", "is een". */
  subjectVerbs: readonly string[];
  /** Between such a name and its verb: "we", "nous", "wir", "bouwen" ("Acme, we are", "Bij X bouwen we"). */
  subjectFillers: readonly string[];
  /**
   * After such a name and its comma, what opens an aside up to the next comma ("EFR, part of the
   * Valley Group, has been …", "Acme, filiale du groupe X, est …").
   */
  subjectAsides: readonly string[];
  /**
   * As written, before a year opening the paragraph whose subject then follows: "Since 1944 Acme
   * has …", "Founded in 1998, Acme is …", "Fondée en 1990, Acme est …". Empty where the verb comes
   * second and the subject after it ("Seit 1944 ist Acme").
   */
  subjectSince: readonly string[];
  /**
   * After a capitalised name closing a sentence's opening, the phrase that makes it the employer:
   * "Acme is an equal opportunity employer", "Acme est un employeur garantissant l'égalité des
   * chances", "Acme ist ein Arbeitgeber, der Chancengleichheit …".
   */
  equalOpportunity: readonly string[];
  /**
   * As written, the preposition opening "At Acme, we …", "Chez Acme, nous …": the name between it
   * and a comma before one of `weWords` is the employer. Left empty where the preposition also
   * opens a place ("En Madrid, …").
   */
  selfIntroAt: readonly string[];
  /** Before such a name, as written (capitalised): "At", "Chez", "Bei", "Na", "Bij". */
  subjectAt: readonly string[];
  /** Before a name that a we-clause follows, as written: "Bij", "Chez", "Bei", "En", "Na". */
  weAt: readonly string[];
  /** "Wir bei PENNY sind…", "We at Acme are…": "we" and "at" before the employer's name, as written. */
  weAtName: readonly string[];
  /**
   * After "at" and a name, what the reader will find there: "En Acme encontrarás una empresa…",
   * "Bij Acme vind je…", "Na Acme você encontra…". The name is the employer's.
   */
  youVerbs: readonly string[];
  /** We-form verbs after such a name: "bouwen", "desarrollamos", "développons". */
  weVerbs: readonly string[];
  /** "we", "nous", "wir", "wij": after a name and verb ("Bij X werken wij"), or "Wir, die X-Gruppe, sind". */
  wePronouns: readonly string[];
  /** Articles between "Wir," and the name ("Wir, die CIB-Gruppe,"). */
  weNameArticles: readonly string[];
  /**
   * "We are" opening a sentence that names the employer, then a comma ("Somos a Fretx, uma startup",
   * "We are Acme, a studio"); with an article ("a", "la", "die") before the name.
   */
  weAre: readonly string[];
  /** The articles that may stand between "we are" and the name ("a", "la", "die"). */
  weAreArticles: readonly string[];
  /**
   * The indefinite article that says what the employer named after "we are" is, written with no
   * comma before it: "Wir sind SignPath ein Scale-Up", "Somos Andina una consultora".
   */
  weAreKinds: readonly string[];
  /**
   * Lower-case words a page's own name for its employer keeps from the phrase it was cut out of
   * ("Logo der Acme Stiftung", "logo of Acme"): a preposition or a case form, never the name's start.
   */
  nameLeads: readonly string[];
  /** Capitalised words opening a sentence that are never its employer subject: "We", "Nous", "Das". Case kept. */
  notSubject: readonly string[];
  /** Whole values that name no company after "About": "us", "the role", "the team". */
  notCompany: readonly string[];
  /** Words opening a short line under the title that make it no company name: "Apply", "Posted". */
  notNameStart: readonly string[];
  /** Prepositions right before a name that make it a place: "in", "à", "bei", "te". */
  placeAt: readonly string[];
  /**
   * Words a town is joined to, before them, to say where the employer is: "an Edinburgh-based
   * studio", "a Leeds-headquartered group". Empty where a language writes no such compound.
   */
  seatAfter: readonly string[];
  /**
   * Small words of a language that writes a name's other words with capitals ("Society for the
   * Prevention of Cruelty"): beside three lower-case words of four letters or more, a line with one
   * is a sentence or a slogan ("Shape the future of secure development"), no name. Empty where
   * names keep their words in lower case ("Société canadienne d'hypothèques et de logement").
   */
  nameSmallWords: readonly string[];
  /**
   * Words closing a welcoming note under a title ("Quereinsteiger sind herzlich willkommen",
   * "Career changers welcome!", "Débutants bienvenus"): such a line is a strap line, no name.
   */
  welcomeTails: readonly string[];
  /**
   * Endings of town names ("Huddersfield", "Bad Oeynhausen", "Abbeville"): a bare line under a
   * title ending so is taken for its town, not its employer.
   */
  placeEndings: readonly string[];
  /** Before an institution's name, it is where one studied: "degree", "Studium", "diplôme", "from". */
  studiedAt: readonly string[];
  /** "and" between two cities in brackets: "(Stuttgart und München)". */
  listAnd: readonly string[];
  /** "or" between two places a job may be worked in: "Location: Leeds or Manchester". */
  listOr: readonly string[];
  /**
   * Head nouns of a place named "<head> of <name>" ("District of Columbia", "Isle of Wight", "Bay
   * of Plenty"): the "of" after them is the name's, not another language's "or" (Dutch "of").
   */
  placeOfHeads: readonly string[];
  /** Commitments, as written, after which a one-line paste's first sentence names the employer. */
  leadCommitments: readonly string[];
  /** That sentence's verb after the employer's name ("Acme is …"; any verb ending in -s also counts). */
  leadVerbs: readonly string[];
  /** A title's gender marks, as boards write them: "m/w/d", "h/f" (with or without brackets). */
  genderMarks: readonly string[];
  /** Gender words in a title's brackets: "(all genders)", "(gn*)". */
  genderWords: readonly string[];
  /**
   * Endings a gender-inclusive job noun carries after "/", ":", "*", "_", "·" or "(":
   * "Mitarbeiter/-in", "Pflegefachfrau:mann", "Assistant·e", "Desarrollador/a", "Impiegato/a".
   */
  genderEndings: readonly string[];
  /** "company", "Unternehmen": before a confidential word ("Company confidential"). */
  companyNouns: readonly string[];
  /**
   * Towns of the gazetteer that are also a trade's noun ending a firm's name: "Dufour Tours",
   * "Acme Mobile", "Goldener Hof" name no town.
   */
  townNameNouns: readonly string[];
  /** After a confidential word: "Confidential client", "Confidential employer". */
  confidentialNouns: readonly string[];
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
  /**
   * Nouns that make an everyday name before them an ordinary compound, not the tool: "Access
   * control", "Identity & Access Management" (not Microsoft Access). English nouns, as the names are.
   */
  compoundNouns: readonly string[];
  /**
   * A team's name, not a tool asked for: "our Business Intelligence department", "the Data Science
   * team". The nouns after the name, and the words before it that make it a unit of the employer's.
   */
  unitNouns: readonly string[];
  unitOwners: readonly string[];
  /**
   * The last word of a name the posting defines as its own body ("Ontario Digital Service (ODS)",
   * "Office … (OPG)"): its acronym and long form name the organisation or programme, not a skill.
   */
  ownBodies: readonly string[];
  /**
   * The first or last word of a job the posting names with its own acronym ("Technical Program
   * Manager (TPM)", "Customer Success Manager (CSM)"): the acronym names the role, not a tool.
   */
  ownRoles: readonly string[];
  /** Small words inside such a name, no initial of their own: "of", "for", "de", "für". */
  nameJoiners: readonly string[];
  /**
   * A tool the posting forbids, not asks for: "the use of ChatGPT … is prohibited", "die Nutzung
   * von KI-Tools ist untersagt". A sentence with these words names no skill.
   */
  forbidden: readonly string[];
  /**
   * The applicant's consent to the handling of their data ("consenso al trattamento dei dati
   * personali … (GDPR)", "consent to the processing of your data"): the law named there is the
   * employer's duty toward the applicant, not a skill. A sentence with these words names no skill.
   */
  consent: readonly string[];
  /**
   * The employer's hiring steps ("a virtual interview via Microsoft Teams", "entretien en visio"):
   * the tools named there are how the candidate is met, not skills asked for. A sentence with
   * these words names no skill.
   */
  hiringSteps: readonly string[];
  /**
   * Words before a code host's or a portfolio site's name that ask for the candidate's own page,
   * not the tool: "a link to your GitHub", "votre profil Behance", "dein GitHub-Profil".
   */
  profileBefore: readonly string[];
  /** The same after the name: "GitHub profile", "LinkedIn account", "Kaggle handle". */
  profileAfter: readonly string[];
  /**
   * The word before the board a record says it was found on ("via Greenhouse", "über Indeed",
   * "tramite InfoJobs"): that line names a site, never a skill.
   */
  foundVia: readonly string[];
  /**
   * Single words a few words from an everyday name that make it the tool: "knowledge of Excel",
   * "Kenntnisse in R", "beheersing van Excel". Lower case; brands ("Microsoft") count in English.
   */
  toolCues: readonly string[];
}
