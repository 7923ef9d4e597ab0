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

/** The education the labels keep: the required one, else the first. */
function mainEducationOf(x: Extraction) {
  const education = of(x, 'education');
  return education.find((r) => r.required) ?? education[0] ?? null;
}

/** The education as the labels write it, or null. */
function educationFact(x: Extraction) {
  const e = mainEducationOf(x);
  return e && { level: e.level, required: e.required, equivalentAccepted: e.equivalentAccepted };
}

/** Travel as the labels keep it: true when asked, null otherwise. */
const travelOf = (x: Extraction) => (of(x, 'travel').length > 0 ? true : null);

export function compare(expected: Expected, x: Extraction): FieldResult[] {
  const p = x.posting;
  // Qualitative experience (no number of years) is kept by the engine but not labelled.
  const experience = of(x, 'experience').filter((r) => r.minYears !== null || r.maxYears !== null);
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
    scalar('travelRequired', expected.travelRequired === true ? true : null, travelOf(x)),
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
    scalar('education', expected.education, educationFact(x)),
    items('skills', [...new Set(expected.skills.map(norm))], [...new Set(skillNames)]),
  ];
}

/** A scalar fact scored as retrieval: nulls on both sides count for nothing. */
function fact(field: string, expected: unknown, actual: unknown): FieldResult {
  const e = expected ?? null;
  const a = actual ?? null;
  const ok = JSON.stringify(e) === JSON.stringify(a);
  return {
    field,
    expected: e === null ? 0 : 1,
    actual: a === null ? 0 : 1,
    correct: ok && e !== null ? 1 : 0,
    detail: ok ? null : `expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`,
  };
}

const SPECIFIC = [
  'apprenticeship',
  'internship',
  'temporary',
  'contract',
  'part_time',
  'full_time',
] as const;

/**
 * The label keeps one employment type, the most specific; the engine may give several. Full time
 * and part time together ("Voll- oder Teilzeit") is neither, as the labelling rules say and the
 * engine's own `employmentType` answers.
 */
export function mostSpecific(types: readonly string[]): string | null {
  if (types.length === 2 && types.includes('full_time') && types.includes('part_time')) return null;
  return SPECIFIC.find((t) => types.includes(t)) ?? types[0] ?? null;
}

function employmentOf(p: Extraction['posting']): string[] {
  const list = (p as { employmentTypes?: string[] }).employmentTypes;
  if (Array.isArray(list)) return list;
  const one = (p as { employmentType?: string | null }).employmentType;
  return one ? [one] : [];
}

const words = (s: string) =>
  norm(s)
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ')
    .replace(/\.(?=\s|$)/g, '')
    .trim();

/** Whether two names overlap: equal, or one's words standing whole inside the other's. */
export function overlaps(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${long} `.includes(` ${short} `);
}

/** Items matched one to one by a predicate, greedily in label order. */
function fuzzyItems(
  field: string,
  expected: string[],
  actual: { label: string; keys: string[] }[],
  match: (e: string, key: string) => boolean,
): FieldResult {
  const left = [...actual];
  const missing: string[] = [];
  let correct = 0;
  for (const e of expected) {
    const i = left.findIndex((a) => a.keys.some((k) => match(e, k)));
    if (i >= 0) {
      correct++;
      left.splice(i, 1);
    } else missing.push(e);
  }
  const ok = missing.length === 0 && left.length === 0;
  return {
    field,
    expected: expected.length,
    actual: actual.length,
    correct,
    detail: ok
      ? null
      : `missing [${missing.join('; ')}], extra [${left.map((a) => a.label).join('; ')}]`,
  };
}

/** City level: "Madison, WI" matches "Madison, WI 53702" and "Madison". */
function samePlace(e: string, a: string): boolean {
  const city = (s: string) => words(s.split(/[,(]/)[0] ?? s);
  return words(e) === words(a) || (city(e) !== '' && city(e) === city(a));
}

/**
 * The dev set's comparison: facts scored as retrieval, skills and places by overlap. The engine's
 * skill matches by its canonical name or by the words the posting used (`mention`).
 */
export function compareDev(expected: Expected, x: Extraction): FieldResult[] {
  const p = x.posting;
  const strict = compare(expected, x);
  const keep = (f: string) => strict.find((r) => r.field === f) as FieldResult;
  const skills = [...of(x, 'skill'), ...of(x, 'certification'), ...of(x, 'license')];
  const seen = new Set<string>();
  const skillItems: { label: string; keys: string[] }[] = [];
  for (const s of skills) {
    const mention = (s as { mention?: { text: string } }).mention?.text;
    const key = norm(s.name);
    if (seen.has(key)) continue;
    seen.add(key);
    skillItems.push({ label: s.name, keys: mention ? [s.name, mention] : [s.name] });
  }
  return [
    fact('title', expected.title, p.title),
    fact('company', expected.company, p.company),
    keep('lang'),
    fuzzyItems(
      'locations',
      expected.locations,
      p.locations.map((l) => ({ label: l, keys: [l] })),
      samePlace,
    ),
    fact('workplace', expected.workplace, p.workplace),
    fact('employmentType', expected.employmentType, mostSpecific(employmentOf(p))),
    fact('salary', expected.salary, p.salary),
    fact('relocation', expected.relocation, p.relocation),
    fact('visaSponsorship', expected.visaSponsorship, p.visaSponsorship),
    fact('travelRequired', expected.travelRequired === true ? true : null, travelOf(x)),
    fuzzyItems(
      'experience',
      expected.experience.map((e) => `${e.minYears}-${e.maxYears} ${e.required ? 'req' : 'pref'}`),
      of(x, 'experience')
        .filter((e) => e.minYears !== null || e.maxYears !== null)
        .map((e) => {
          const key = `${e.minYears}-${e.maxYears} ${e.required ? 'req' : 'pref'}`;
          return { label: `${key} (${e.field ?? ''})`, keys: [key] };
        }),
      (e, k) => e === k,
    ),
    keep('languages'),
    fact('education', expected.education, educationFact(x)),
    requiredPreferred(expected, x, mainEducationOf(x)),
    fuzzyItems('skills', [...new Set(expected.skills)], skillItems, overlaps),
  ];
}

/**
 * Required vs preferred, on the items both sides have (experience by its years, languages by
 * code, the education): how many carry the label's flag.
 */
function requiredPreferred(
  expected: Expected,
  x: Extraction,
  education: { required: boolean } | null,
): FieldResult {
  const pairs: { what: string; want: boolean; got: boolean }[] = [];
  const exp = of(x, 'experience').filter((e) => e.minYears !== null || e.maxYears !== null);
  for (const e of expected.experience) {
    const i = exp.findIndex((a) => a.minYears === e.minYears || a.maxYears === e.maxYears);
    const a = exp.splice(i, 1)[0];
    if (i >= 0 && a) pairs.push({ what: `${e.minYears} years`, want: e.required, got: a.required });
  }
  const langs = of(x, 'language');
  for (const l of expected.languages) {
    const a = langs.find((g) => g.language === l.language);
    if (a) pairs.push({ what: l.language, want: l.required, got: a.required });
  }
  if (expected.education && education)
    pairs.push({ what: 'education', want: expected.education.required, got: education.required });
  const wrong = pairs.filter((p) => p.want !== p.got);
  return {
    field: 'requiredPreferred',
    expected: pairs.length,
    actual: pairs.length,
    correct: pairs.length - wrong.length,
    detail:
      wrong.length === 0
        ? null
        : wrong.map((w) => `${w.what} ${w.got ? 'required' : 'preferred'}`).join('; '),
  };
}
