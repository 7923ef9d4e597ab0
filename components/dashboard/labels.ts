import type { Dealbreaker, ProfileLanguageLevel, SalaryPeriod } from '@/lib/schema';

/** Display words for profile values the shared label table does not cover. */

export const DEALBREAKER_LABELS: Record<Dealbreaker, string> = {
  on_call: 'On-call duty',
  night: 'Night work',
  weekend: 'Weekend work',
  shift: 'Shift work',
  irregular_hours: 'Irregular hours',
  onsite_only: 'On-site only (no remote or hybrid)',
  relocation: 'Having to relocate',
  travel: 'Travel',
  no_sponsorship: 'No visa sponsorship where I need it',
  part_time: 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  apprenticeship: 'Apprenticeship',
  volunteer: 'Volunteer (unpaid) work',
  per_diem: 'Per diem (paid by the day, no fixed hours)',
};

export const LANGUAGE_LEVEL_LABELS: Record<ProfileLanguageLevel, string> = {
  native: 'Native',
  fluent: 'Fluent',
  professional: 'Professional',
  basic: 'Basic',
  A1: 'A1 (beginner)',
  A2: 'A2 (elementary)',
  B1: 'B1 (intermediate)',
  B2: 'B2 (upper intermediate)',
  C1: 'C1 (advanced)',
  C2: 'C2 (proficient)',
};

export const PERIOD_LABELS: Record<SalaryPeriod, string> = {
  year: 'per year',
  month: 'per month',
  week: 'per week',
  day: 'per day',
  hour: 'per hour',
};
