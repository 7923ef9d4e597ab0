/**
 * Sections of a `Lexicon` (`./types.ts`) for the credential, field and licence readers, kept apart
 * so each file stays short. Words are plain text, never regex (see `./types.ts`).
 */

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
