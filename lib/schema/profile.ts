import { z } from 'zod';
import { Cefr, EducationLevel, LanguageLevel, SalaryPeriod, Workplace } from './extraction';
import type { FitReason, FitWhy } from './fit-reason';

/**
 * The candidate profile: what the user says about themselves, compared with what a posting asks.
 * Every field is optional: a missing field makes the matching comparisons `unknown`, never `unmet`.
 * An empty list counts as not filled in, except `dealbreakers`, where `[]` means "none".
 * Objects are strict so a typo in a hand-written profile file is reported instead of ignored.
 */

/** A language level in the contract's words, or on the CEFR scale. */
export const ProfileLanguageLevel = z.union([LanguageLevel, Cefr]);
export type ProfileLanguageLevel = z.infer<typeof ProfileLanguageLevel>;

export const Dealbreaker = z.enum([
  // schedules (the contract's Schedule values)
  'on_call',
  'night',
  'weekend',
  'shift',
  'irregular_hours',
  // work model and moving
  'onsite_only',
  'relocation',
  'travel',
  // a job where they cannot work without sponsorship, and the posting does not sponsor
  'no_sponsorship',
  // employment types they will not take
  'part_time',
  'contract',
  'temporary',
  'internship',
  'apprenticeship',
  'volunteer',
  'per_diem',
]);
export type Dealbreaker = z.infer<typeof Dealbreaker>;

const nonEmpty = z.string().trim().min(1);

export const ProfileExperience = z.strictObject({
  /** A field or a role: "digital marketing", "customer support". */
  field: nonEmpty,
  years: z.number().nonnegative().max(80),
});
export type ProfileExperience = z.infer<typeof ProfileExperience>;

export const ProfileLanguage = z.strictObject({
  /** ISO 639-1; "FR" is accepted and stored as "fr". */
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en" or "fr"'),
  level: ProfileLanguageLevel,
});
export type ProfileLanguage = z.infer<typeof ProfileLanguage>;

export const ProfileEducation = z.strictObject({
  level: EducationLevel,
  field: nonEmpty.optional(),
});
export type ProfileEducation = z.infer<typeof ProfileEducation>;

export const MinSalary = z.strictObject({
  amount: z.number().positive(),
  /** ISO 4217; "eur" is accepted and stored as "EUR". */
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "EUR" or "USD"'),
  period: SalaryPeriod,
});
export type MinSalary = z.infer<typeof MinSalary>;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "FR" or "US"');

export const Profile = z.strictObject({
  totalYears: z.number().nonnegative().max(80).optional(),
  experience: z.array(ProfileExperience).optional(),
  languages: z.array(ProfileLanguage).optional(),
  education: ProfileEducation.optional(),
  skills: z.array(nonEmpty).optional(),
  certifications: z.array(nonEmpty).optional(),
  /** Driving, nursing, trade licences. */
  licenses: z.array(nonEmpty).optional(),
  /** Security clearances held. */
  clearances: z.array(nonEmpty).optional(),
  /** Where they live or would work: "Paris, France". */
  locations: z.array(nonEmpty).optional(),
  /** Work models they accept; a posting outside this list is not for them. */
  workplaces: z.array(Workplace).optional(),
  relocate: z.boolean().optional(),
  /** Willing to travel, or the largest share of time (percent) they will travel. */
  travel: z.union([z.boolean(), z.number().min(0).max(100)]).optional(),
  /** Countries where they can work without sponsorship (ISO 3166-1 alpha-2). */
  workAuthorization: z.array(countryCode).optional(),
  minSalary: MinSalary.optional(),
  dealbreakers: z.array(Dealbreaker).optional(),
});
export type Profile = z.infer<typeof Profile>;

export const FitStatus = z.enum(['met', 'partial', 'unmet', 'unknown']);
export type FitStatus = z.infer<typeof FitStatus>;

/**
 * The fit of one requirement; `reason` is the case and both sides as data (a code and its values),
 * written as a sentence by components/text/fit.ts ("You have 3 years in marketing; it asks for 5+.").
 */
export const FitItem = z.object({
  status: FitStatus,
  reason: z.custom<FitReason>((v) => typeof v === 'object' && v !== null && 'code' in v),
  /** Set when this item hits one of the profile's dealbreakers. */
  dealbreaker: z.boolean().optional(),
});
export type FitItem = z.infer<typeof FitItem>;

export const FitTopic = z.enum(['workplace', 'location', 'salary', 'visa', 'employment']);
export type FitTopic = z.infer<typeof FitTopic>;

/** A check on a posting-level fact (work model, salary...) rather than on a listed requirement. */
export const FitFact = FitItem.extend({ topic: FitTopic });
export type FitFact = z.infer<typeof FitFact>;

export const FitReport = z.object({
  /** 0-100, or null when none of the required items could be compared. */
  score: z.number().int().min(0).max(100).nullable(),
  /** Required items fully met. */
  requiredMet: z.number().int().nonnegative(),
  /** Required items whose status is known (met, partial or unmet): unknown is left out. */
  requiredTotal: z.number().int().nonnegative(),
  requiredUnknown: z.number().int().nonnegative(),
  preferredMet: z.number().int().nonnegative(),
  preferredTotal: z.number().int().nonnegative(),
  preferredUnknown: z.number().int().nonnegative(),
  /** The reasons of every item and fact that hit a dealbreaker. */
  dealbreakers: z.array(FitItem.shape.reason),
  /** Why the score is what it is (counts, facts left out of it, caps), as one line by `fitWhy`. */
  why: z.custom<FitWhy>((v) => typeof v === 'object' && v !== null),
  /** One per requirement, in the same order as `extraction.requirements`. */
  items: z.array(FitItem),
  facts: z.array(FitFact),
});
export type FitReport = z.infer<typeof FitReport>;
