import type {
  EducationLevel,
  EmploymentType,
  Offered,
  Salary,
  Schedule,
  Workplace,
} from './extraction';

/**
 * Why a fit item has its status, as data: a `code` naming the case and the values it compares.
 * Fit never writes words; the one formatter in components/text/fit.ts writes each case as a plain
 * sentence, so the wording lives in the message catalogue with every other string a user reads.
 */

/** A family of tools close to one another (lib/fit/skill-families.ts). */
export type SkillFamilyId =
  | 'sqlDatabases'
  | 'biTools'
  | 'cloudPlatforms'
  | 'helpDesks'
  | 'crms'
  | 'spreadsheets'
  | 'officeSuites'
  | 'projectTrackers'
  | 'gitHosts'
  | 'frontEndFrameworks'
  | 'javaScript';

/** What an experience requirement asks: "5+ years in marketing", "experience in sales". */
export interface ExperienceAsked {
  minYears: number | null;
  maxYears: number | null;
  field: string | null;
}

/** Years the user has: in the listed fields, or in total when `fields` is null. */
export interface YearsHeld {
  years: number;
  fields: string[] | null;
}

export interface LanguageAsked {
  /** ISO 639-1. */
  language: string;
  /** The CEFR level or the contract's word; null when the posting states none. */
  level: string | null;
}

export interface Degree {
  level: EducationLevel;
  field: string | null;
}

export type NamedKind = 'skill' | 'certification' | 'license' | 'clearance';

/** What a posting pays, both ends already filled in (one figure has lo = hi). */
export interface Pay {
  lo: number;
  hi: number;
  currency: Salary['currency'];
  period: Salary['period'];
}

export interface Floor {
  amount: number;
  currency: string;
  period: NonNullable<Salary['period']>;
}

type Exp = { asked: ExperienceAsked };
type Edu = { asked: Degree & { equivalent: boolean }; have: Degree };
type Where = { where: string[]; remote: boolean; mine: string[] };

export type FitReason =
  // experience
  | ({ code: 'experience.noProfile' } & Exp)
  | ({ code: 'experience.enough'; have: YearsHeld } & Exp)
  | ({ code: 'experience.short'; have: YearsHeld; short: number } & Exp)
  | ({ code: 'experience.fewer'; have: YearsHeld } & Exp)
  | ({ code: 'experience.more'; have: YearsHeld } & Exp)
  | ({ code: 'experience.none' } & Exp)
  | ({ code: 'experience.toolsNone' } & Exp)
  | ({ code: 'experience.toolsListed'; listed: string[]; howLong: boolean } & Exp)
  | ({ code: 'experience.otherField'; roles: { field: string; years: number }[] } & Exp)
  | ({ code: 'experience.maybeField'; roles: { field: string; years: number }[] } & Exp)
  | ({ code: 'experience.noField'; total: number } & Exp)
  // languages
  | { code: 'language.noProfile'; asked: LanguageAsked }
  | { code: 'language.notListed'; asked: LanguageAsked }
  | { code: 'language.enough'; asked: LanguageAsked; have: string }
  | { code: 'language.close'; asked: LanguageAsked; have: string }
  | { code: 'language.unsaid'; asked: LanguageAsked; have: string }
  | { code: 'language.below'; asked: LanguageAsked; have: string }
  // education
  | { code: 'education.noProfile'; asked: Edu['asked'] }
  | ({ code: 'education.enough' } & Edu)
  | ({ code: 'education.otherField' } & Edu)
  | ({ code: 'education.below' } & Edu)
  | ({ code: 'education.noYears' } & Edu)
  | ({ code: 'education.equivalent'; years: number } & Edu)
  | ({ code: 'education.nearlyEquivalent'; years: number; needed: number } & Edu)
  | ({ code: 'education.notEquivalent'; years: number } & Edu)
  // skills, certifications, licences, clearances
  | { code: 'named.noProfile'; name: string; kind: NamedKind }
  | { code: 'named.missing'; name: string; kind: NamedKind }
  /** `listed` is the user's own wording when it differs from the posting's ("JS" for JavaScript). */
  | { code: 'named.listed'; name: string; listed: string | null }
  /** Not listed, but a tool of the same family is ("PostgreSQL" for MySQL): partly met. */
  | { code: 'named.related'; name: string; listed: string; family: SkillFamilyId }
  | { code: 'named.duty'; name: string; listed: boolean }
  | { code: 'named.groupMet'; names: string[]; listed: string[] }
  | { code: 'named.groupNoProfile'; names: string[]; kind: NamedKind }
  | { code: 'named.groupMissing'; names: string[]; kind: NamedKind }
  // travel (percent null: the posting does not say how much)
  | { code: 'travel.dealbreaker'; percent: number | null }
  | { code: 'travel.noProfile'; percent: number | null }
  | { code: 'travel.open'; percent: number | null }
  | { code: 'travel.refused'; percent: number | null }
  | { code: 'travel.unsaid'; mine: number }
  | { code: 'travel.within'; percent: number; mine: number }
  | { code: 'travel.beyond'; percent: number; mine: number }
  // schedules
  | { code: 'schedule.dealbreaker'; schedule: Schedule }
  | { code: 'schedule.noProfile'; schedule: Schedule }
  | { code: 'schedule.fine'; schedule: Schedule }
  // work model (accepted empty: only the onsite-only dealbreaker is known)
  | { code: 'workplace.unsaid'; accepted: Workplace[] }
  | { code: 'workplace.onsiteDealbreaker' }
  | { code: 'workplace.notOnsiteOnly'; workplace: Workplace }
  | { code: 'workplace.noProfile'; workplace: Workplace }
  | { code: 'workplace.accepted'; workplace: Workplace; accepted: Workplace[] }
  | { code: 'workplace.refused'; workplace: Workplace; accepted: Workplace[] }
  // employment types that hit a dealbreaker
  | { code: 'employment.dealbreaker'; types: EmploymentType[] }
  // location
  | { code: 'location.remoteAnywhere' }
  | { code: 'location.unnamed'; mine: string[] }
  | { code: 'location.noProfile'; where: string[] }
  | ({ code: 'location.yours' } & Where)
  | ({ code: 'location.remoteHere' } & Where)
  | ({ code: 'location.remoteAbroad' } & Where)
  | ({ code: 'location.sameCountry' } & Where)
  | ({ code: 'location.relocationDealbreaker' } & Where)
  | ({ code: 'location.wouldRelocate'; support: Offered | null } & Where)
  | ({ code: 'location.wontRelocate' } & Where)
  | ({ code: 'location.relocateUnsaid' } & Where)
  // work authorization, listed as a requirement (country null: neither it nor a place names one)
  | { code: 'authorization.noProfile'; country: string | null }
  | { code: 'authorization.noCountry'; mine: string[] }
  | { code: 'authorization.held'; country: string }
  | { code: 'authorization.sponsored'; country: string }
  | { code: 'authorization.missing'; country: string; mine: string[] }
  // visa, when no authorization is listed
  | { code: 'visa.noProfile'; sponsorship: Offered }
  | { code: 'visa.noCountry'; sponsorship: Offered }
  | { code: 'visa.canWork'; countries: string[] }
  | { code: 'visa.sponsored'; countries: string[] }
  | { code: 'visa.notSponsored'; countries: string[] }
  | { code: 'visa.sponsorshipUnsaid'; countries: string[] }
  // salary
  | { code: 'salary.unstated'; floor: Floor }
  | { code: 'salary.noProfile'; pay: Pay }
  | { code: 'salary.noCurrency'; pay: Pay; floor: Floor }
  | { code: 'salary.otherCurrency'; currency: string; floor: Floor }
  | { code: 'salary.noPeriod'; pay: Pay; floor: Floor }
  | { code: 'salary.enough'; pay: Pay; floor: Floor }
  | { code: 'salary.partly'; pay: Pay; floor: Floor }
  | { code: 'salary.below'; pay: Pay; floor: Floor };

export type FitReasonCode = FitReason['code'];

/** Why the score is what it is: the counts behind it, facts left out of it, and a cap. */
export interface FitTally {
  met: number;
  partial: number;
  /** Items whose status is known (met, partial or unmet). */
  known: number;
  unknown: number;
}

export interface FitWhy {
  required: FitTally;
  preferred: FitTally;
  /** Posting facts that fail, in the order they are shown; they stay out of the score. */
  failing: ('workplace' | 'location' | 'salary' | 'visa' | 'employment')[];
  dealbreakers: number;
  /** The score a dealbreaker caps it at. */
  cap: number;
}
