import { z } from 'zod';
import type { Extraction, Requirement } from '../lib/schema';

/**
 * Field-by-field comparison of an extraction with a labelled posting (`*.expected.json`).
 * Scalar fields score right/wrong; list fields (locations, experience, languages, skills) score
 * their items, so precision and recall can be summed over postings.
 */

const Nullable = <T extends z.ZodType>(t: T) => t.nullable();

export const Expected = z.object({
  title: Nullable(z.string()),
  company: Nullable(z.string()),
  lang: z.string(),
  locations: z.array(z.string()),
  workplace: Nullable(z.string()),
  employmentType: Nullable(z.string()),
  salary: Nullable(
    z.object({
      min: Nullable(z.number()),
      max: Nullable(z.number()),
      currency: Nullable(z.string()),
      period: Nullable(z.string()),
    }),
  ),
  relocation: Nullable(z.string()),
  visaSponsorship: Nullable(z.string()),
  travelRequired: Nullable(z.boolean()),
  experience: z.array(
    z.object({
      minYears: Nullable(z.number()),
      maxYears: Nullable(z.number()),
      required: z.boolean(),
      field: Nullable(z.string()),
    }),
  ),
  languages: z.array(
    z.object({ language: z.string(), level: Nullable(z.string()), required: z.boolean() }),
  ),
  education: Nullable(
    z.object({ level: z.string(), required: z.boolean(), equivalentAccepted: z.boolean() }),
  ),
  skills: z.array(z.string()),
  notes: z.string().optional(),
});
export type Expected = z.infer<typeof Expected>;

export interface FieldResult {
  field: string;
  /** Items expected, items produced, items matching (a scalar counts as one item). */
  expected: number;
  actual: number;
  correct: number;
  /** Shown when the field is wrong. */
  detail: string | null;
}

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function scalar(field: string, expected: unknown, actual: unknown): FieldResult {
  const ok = JSON.stringify(expected) === JSON.stringify(actual);
  return {
    field,
    expected: 1,
    actual: 1,
    correct: ok ? 1 : 0,
    detail: ok ? null : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  };
}

/** Multiset comparison of item keys. */
function items(field: string, expected: string[], actual: string[]): FieldResult {
  const left = [...actual];
  let correct = 0;
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i >= 0) {
      correct++;
      left.splice(i, 1);
    }
  }
  const missing = expected.filter((e) => !actual.includes(e));
  const ok = correct === expected.length && correct === actual.length;
  return {
    field,
    expected: expected.length,
    actual: actual.length,
    correct,
    detail: ok ? null : `missing [${missing.join('; ')}], extra [${left.join('; ')}]`,
  };
}

function of<K extends Requirement['kind']>(x: Extraction, kind: K) {
  return x.requirements.filter((r): r is Extract<Requirement, { kind: K }> => r.kind === kind);
}

export function compare(expected: Expected, x: Extraction): FieldResult[] {
  const p = x.posting;
  // Qualitative experience (no number of years) is kept by the engine but not labelled.
  const experience = of(x, 'experience').filter((r) => r.minYears !== null || r.maxYears !== null);
  const education = of(x, 'education');
  const mainEducation = education.find((r) => r.required) ?? education[0] ?? null;
  const skillNames = [...of(x, 'skill'), ...of(x, 'certification')].map((r) => norm(r.name));
  return [
    scalar('title', expected.title, p.title),
    scalar('company', expected.company, p.company),
    scalar('lang', expected.lang, p.lang),
    items('locations', expected.locations.map(norm), p.locations.map(norm)),
    scalar('workplace', expected.workplace, p.workplace),
    scalar('employmentType', expected.employmentType, p.employmentType),
    scalar('salary', expected.salary, p.salary),
    scalar('relocation', expected.relocation, p.relocation),
    scalar('visaSponsorship', expected.visaSponsorship, p.visaSponsorship),
    scalar(
      'travelRequired',
      expected.travelRequired === true ? true : null,
      of(x, 'travel').length > 0 ? true : null,
    ),
    items(
      'experience',
      expected.experience.map(
        (e) => `${e.minYears}-${e.maxYears} ${e.required ? 'req' : 'pref'} ${norm(e.field)}`,
      ),
      experience.map(
        (e) => `${e.minYears}-${e.maxYears} ${e.required ? 'req' : 'pref'} ${norm(e.field)}`,
      ),
    ),
    items(
      'languages',
      expected.languages.map((l) => `${l.language} ${l.level} ${l.required ? 'req' : 'pref'}`),
      of(x, 'language').map((l) => `${l.language} ${l.level} ${l.required ? 'req' : 'pref'}`),
    ),
    scalar(
      'education',
      expected.education,
      mainEducation && {
        level: mainEducation.level,
        required: mainEducation.required,
        equivalentAccepted: mainEducation.equivalentAccepted,
      },
    ),
    items('skills', [...new Set(expected.skills.map(norm))], [...new Set(skillNames)]),
  ];
}
