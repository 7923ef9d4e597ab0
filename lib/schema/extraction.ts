import { z } from 'zod';

import { CEFR_LEVELS } from './values';

export { employmentTypesOf } from './values';

/** The extraction contract (DESIGN.md): what `lib/extract` returns for one posting. */

export const Evidence = z.object({
  /** The sentence the item came from, quoted exactly from the text the engine read. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const LanguageLevel = z.enum(['native', 'fluent', 'professional', 'basic']);
export type LanguageLevel = z.infer<typeof LanguageLevel>;
export const Cefr = z.enum(CEFR_LEVELS);
export type Cefr = z.infer<typeof Cefr>;

export const EducationLevel = z.enum([
  'high_school',
  'vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
]);
export type EducationLevel = z.infer<typeof EducationLevel>;

export const Workplace = z.enum(['onsite', 'hybrid', 'remote']);
export type Workplace = z.infer<typeof Workplace>;

export const EmploymentType = z.enum([
  'full_time',
  'part_time',
  'contract',
  'temporary',
  'internship',
  'apprenticeship',
  'volunteer',
  'per_diem',
]);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const SalaryPeriod = z.enum(['year', 'month', 'week', 'day', 'hour']);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  period: SalaryPeriod.nullable(),
});
export type Salary = z.infer<typeof Salary>;

export const Offered = z.enum(['offered', 'not_offered']);
export type Offered = z.infer<typeof Offered>;

export const Schedule = z.enum(['shift', 'night', 'weekend', 'on_call', 'irregular_hours']);
export type Schedule = z.infer<typeof Schedule>;

/**
 * What skills, certifications and licences carry beside their canonical `name`. All optional, so
 * rows stored before these fields existed still parse.
 * - `mention`: the words as the posting wrote them ("AWS", "k8s", "permis B"), with offsets into
 *   the text the engine read, like `evidence`.
 * - `anyOf`: a group id shared by alternatives ("Salesforce or HubSpot", "Python/Scala", "one of
 *   GCP, AWS, Azure"); the group is one requirement, met when any member is met.
 * - `inDuties`: named only in the duties ("you will handle chats in Intercom") of a posting that has
 *   a requirements list: mentioned in the role, not asked of the candidate, so fit does not score it.
 */
const named = {
  mention: Evidence.optional(),
  anyOf: z.string().min(1).max(40).optional(),
  inDuties: z.boolean().optional(),
};

/**
 * Every requirement kind, with `extra` fields on each: the evidence for the full contract, nothing
 * for the compact form that lists and fit use. One definition, so the two can never drift apart.
 */
function requirementKinds<E extends z.ZodRawShape>(extra: E) {
  const base = { required: z.boolean(), ...extra };
  return [
    z.object({
      kind: z.literal('experience'),
      /** null for a qualitative requirement ("demonstrated experience in support"). */
      minYears: z.number().nonnegative().nullable(),
      maxYears: z.number().nonnegative().nullable(),
      field: z.string().nullable(),
      ...base,
    }),
    z.object({
      kind: z.literal('language'),
      /** ISO 639-1. */
      language: z.string().regex(/^[a-z]{2}$/),
      /**
       * The engine reads a native-speaker demand as `fluent` with `native: true` (the labelling
       * scale folds native into fluent); fit and the display still see "native" (`askedLevel`).
       * `native` as the level itself is kept for rows stored before.
       */
      level: LanguageLevel.nullable(),
      native: z.boolean().optional(),
      cefr: Cefr.nullable(),
      ...base,
    }),
    z.object({
      kind: z.literal('education'),
      level: EducationLevel,
      field: z.string().nullable(),
      equivalentAccepted: z.boolean(),
      ...base,
    }),
    z.object({ kind: z.literal('skill'), name: z.string(), ...named, ...base }),
    z.object({ kind: z.literal('certification'), name: z.string(), ...named, ...base }),
    z.object({
      kind: z.literal('travel'),
      percent: z.number().min(0).max(100).nullable(),
      ...base,
    }),
    z.object({ kind: z.literal('schedule'), schedule: Schedule, ...base }),
    z.object({
      kind: z.literal('work_authorization'),
      /** ISO 3166-1 alpha-2 where the posting names the country. */
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
      ...base,
    }),
    z.object({ kind: z.literal('license'), name: z.string(), ...named, ...base }),
    z.object({ kind: z.literal('clearance'), name: z.string(), ...base }),
  ] as const;
}

export const Requirement = z.discriminatedUnion('kind', requirementKinds({ evidence: Evidence }));
export type Requirement = z.infer<typeof Requirement>;
export type RequirementKind = Requirement['kind'];

export const PostingFacts = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  locations: z.array(z.string()),
  workplace: Workplace.nullable(),
  /**
   * Every employment type the posting states, as schema.org's `employmentType` is a list
   * ("Full-time, fixed-term" is two entries). Optional only for rows written before it existed:
   * the engine always fills it, and `employmentTypesOf` reads either shape.
   */
  employmentTypes: z.array(EmploymentType).max(EmploymentType.options.length).optional(),
  /** The most specific of `employmentTypes` (null when empty), for readers of one value. */
  employmentType: EmploymentType.nullable(),
  salary: Salary.nullable(),
  relocation: Offered.nullable(),
  visaSponsorship: Offered.nullable(),
  /** ISO 639-1 of the posting text. */
  lang: z.string().regex(/^[a-z]{2}$/),
});
export type PostingFacts = z.infer<typeof PostingFacts>;

/** Most specific first: a "full-time internship" is above all an internship. */
const SPECIFIC: readonly EmploymentType[] = [
  'apprenticeship',
  'internship',
  'volunteer',
  'per_diem',
  'temporary',
  'contract',
  'part_time',
  'full_time',
];

/** The single most specific type of a list, or null. */
export function mostSpecificEmployment(types: readonly EmploymentType[]): EmploymentType | null {
  return SPECIFIC.find((t) => types.includes(t)) ?? null;
}

export const Extraction = z.object({
  posting: PostingFacts,
  requirements: z.array(Requirement),
});
export type Extraction = z.infer<typeof Extraction>;

/** A requirement without its evidence sentence: what fit reads (it never reads the quote). */
export const FitRequirement = z.discriminatedUnion('kind', requirementKinds({}));
export type FitRequirement = z.infer<typeof FitRequirement>;

/**
 * What fit needs of an extraction, and what posting lists keep of it: the evidence sentences are
 * most of an extraction's size, and only a posting's own page shows them. Parsing an `Extraction`
 * with this schema strips them.
 */
export const FitInput = z.object({
  posting: PostingFacts,
  requirements: z.array(FitRequirement),
});
export type FitInput = z.infer<typeof FitInput>;

/** What the engine reads: the posting text, plus what the page said about it when there was a page. */
export const ExtractInput = z.object({
  text: z.string(),
  /** The schema.org JobPosting object, as found on the page (already picked out of arrays/@graph). */
  jsonLd: z.record(z.string(), z.unknown()).nullable().optional(),
  meta: z
    .object({
      title: z.string().nullable().optional(),
      company: z.string().nullable().optional(),
      location: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
      /** The site's own work-model label: a page field, like JSON-LD, it outweighs the prose. */
      workplace: Workplace.nullable().optional(),
      /** The site's own employment-type label. */
      employmentType: EmploymentType.nullable().optional(),
    })
    .optional(),
});
export type ExtractInput = z.infer<typeof ExtractInput>;
