import type { z } from 'zod';
import { PROFILE_TEXT, WORK_TEXT } from '@/components/text';
import { countryOf } from '@/lib/fit/country';
import {
  type Dealbreaker,
  type EducationLevel,
  Profile,
  type ProfileLanguageLevel,
  type SalaryPeriod,
  type Workplace,
} from '@/lib/schema';

/**
 * The profile form edits strings (what inputs hold); this module turns them into a `Profile` and
 * back. Validation is the Profile zod schema itself, so the form can never save what a profile
 * file could not hold.
 */

export type Travel = '' | 'no' | 'yes' | 'percent';

export interface ProfileDraft {
  totalYears: string;
  experience: { field: string; years: string }[];
  languages: { language: string; level: ProfileLanguageLevel }[];
  educationLevel: EducationLevel | '';
  educationField: string;
  /** One item per line: skills such as "C, C++" or places such as "Paris, France" contain commas. */
  skills: string;
  certifications: string;
  licenses: string;
  clearances: string;
  locations: string;
  workplaces: Workplace[];
  relocate: '' | 'yes' | 'no';
  travel: Travel;
  travelPercent: string;
  /** Country codes separated by commas or spaces ("FR, IE"). */
  workAuthorization: string;
  salaryAmount: string;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  dealbreakers: Dealbreaker[];
}

export const EMPTY_DRAFT: ProfileDraft = {
  totalYears: '',
  experience: [],
  languages: [],
  educationLevel: '',
  educationField: '',
  skills: '',
  certifications: '',
  licenses: '',
  clearances: '',
  locations: '',
  workplaces: [],
  relocate: '',
  travel: '',
  travelPercent: '',
  workAuthorization: '',
  salaryAmount: '',
  salaryCurrency: '',
  salaryPeriod: 'year',
  dealbreakers: [],
};

const lines = (items: readonly string[] | undefined) => (items ?? []).join('\n');

export function profileToDraft(profile: Profile): ProfileDraft {
  const travel = profile.travel;
  return {
    totalYears: profile.totalYears === undefined ? '' : String(profile.totalYears),
    experience: (profile.experience ?? []).map((e) => ({ field: e.field, years: String(e.years) })),
    languages: (profile.languages ?? []).map((l) => ({ ...l })),
    educationLevel: profile.education?.level ?? '',
    educationField: profile.education?.field ?? '',
    skills: lines(profile.skills),
    certifications: lines(profile.certifications),
    licenses: lines(profile.licenses),
    clearances: lines(profile.clearances),
    locations: lines(profile.locations),
    workplaces: [...(profile.workplaces ?? [])],
    relocate: profile.relocate === undefined ? '' : profile.relocate ? 'yes' : 'no',
    travel:
      travel === undefined ? '' : typeof travel === 'number' ? 'percent' : travel ? 'yes' : 'no',
    travelPercent: typeof travel === 'number' ? String(travel) : '',
    workAuthorization: (profile.workAuthorization ?? []).join(', '),
    salaryAmount: profile.minSalary ? String(profile.minSalary.amount) : '',
    salaryCurrency: profile.minSalary?.currency ?? '',
    salaryPeriod: profile.minSalary?.period ?? 'year',
    dealbreakers: [...(profile.dealbreakers ?? [])],
  };
}

function list(text: string): string[] | undefined {
  const items = text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A number input's text, or NaN for text that is not a number so zod reports it. */
function num(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return Number(trimmed);
}

/**
 * Codes from what the user typed: "FR IE", "France", "United Kingdom". A name Reqlens does not
 * know is passed on as written, for the schema to flag.
 */
function countryCodes(part: string): string[] {
  const trimmed = part.trim();
  if (/^[a-z]{2}(\s+[a-z]{2})*$/i.test(trimmed)) return trimmed.toUpperCase().split(/\s+/);
  return [countryOf(trimmed) ?? trimmed];
}

/** The candidate object before validation; empty inputs become absent fields (unknown, not zero). */
export function draftToCandidate(draft: ProfileDraft): Record<string, unknown> {
  const salaryTouched = draft.salaryAmount.trim() !== '' || draft.salaryCurrency.trim() !== '';
  const authorization = draft.workAuthorization.split(/[,;]/).flatMap(countryCodes).filter(Boolean);
  const experience = draft.experience.filter((e) => e.field.trim() || e.years.trim());
  const languages = draft.languages.filter((l) => l.language.trim());
  const candidate: Record<string, unknown> = {
    totalYears: num(draft.totalYears),
    experience:
      experience.length > 0
        ? experience.map((e) => ({ field: e.field, years: num(e.years) }))
        : undefined,
    languages: languages.length > 0 ? languages : undefined,
    education: draft.educationLevel
      ? { level: draft.educationLevel, field: draft.educationField.trim() || undefined }
      : undefined,
    skills: list(draft.skills),
    certifications: list(draft.certifications),
    licenses: list(draft.licenses),
    clearances: list(draft.clearances),
    locations: list(draft.locations),
    workplaces: draft.workplaces.length > 0 ? draft.workplaces : undefined,
    relocate: draft.relocate === '' ? undefined : draft.relocate === 'yes',
    travel:
      draft.travel === ''
        ? undefined
        : draft.travel === 'percent'
          ? num(draft.travelPercent)
          : draft.travel === 'yes',
    workAuthorization: authorization.length > 0 ? authorization : undefined,
    minSalary: salaryTouched
      ? {
          amount: num(draft.salaryAmount),
          currency: draft.salaryCurrency,
          period: draft.salaryPeriod,
        }
      : undefined,
    // An empty list is meaningful for dealbreakers ("none"), so it is kept.
    dealbreakers: draft.dealbreakers,
  };
  for (const key of Object.keys(candidate)) {
    if (candidate[key] === undefined) delete candidate[key];
  }
  return candidate;
}

export type DraftResult =
  | { ok: true; profile: Profile }
  | { ok: false; errors: Record<string, string> };

/** Error messages keyed by the dotted path of the field ("experience.0.years", "minSalary.currency"). */
function errorsByPath(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    // "expected number, received NaN" means nothing to a job seeker.
    const message =
      issue.code === 'invalid_type' && issue.expected === 'number'
        ? PROFILE_TEXT.enterNumber
        : issue.message;
    errors[path] ??= message;
  }
  return errors;
}

export function draftToProfile(draft: ProfileDraft): DraftResult {
  const parsed = Profile.safeParse(draftToCandidate(draft));
  const errors = parsed.success ? {} : errorsByPath(parsed.error);
  // "Up to a share of my time" with no share would be saved as "not said": ask for the share, as
  // for one that is not a number from 0 to 100 (the schema's "Invalid input" says nothing).
  if (draft.travel === 'percent' && (draft.travelPercent.trim() === '' || errors.travel)) {
    errors.travel = WORK_TEXT.travelPercentMissing;
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, profile: parsed.data };
  return { ok: false, errors };
}
