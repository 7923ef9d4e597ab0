import type { Dealbreaker, ProfileLanguageLevel, SalaryPeriod } from '@/lib/schema';

/** The profile's experience section. */
export const EXPERIENCE_TEXT = {
  heading: 'Experience',
  totalYears: 'Total years of experience',
  hint: 'Years per field or role, for example “customer support: 6” or “digital marketing: 3”.',
  field: (n: number) => `Field or role ${n}`,
  years: (n: number) => `Years in field ${n}`,
  remove: (n: number) => `Remove field ${n}`,
  add: 'Add a field or role',
} as const;

/** The profile's languages section. */
export const LANGUAGE_TEXT = {
  heading: 'Languages',
  hint: 'Each language you speak, with your level.',
  language: (n: number) => `Language ${n}`,
  choose: 'Choose a language',
  level: (n: number) => `Level of language ${n}`,
  remove: (n: number) => `Remove language ${n}`,
  add: 'Add a language',
} as const;

/** The profile's education and skills section. */
export const SKILL_TEXT = {
  heading: 'Education and skills',
  education: 'Highest education',
  noEducation: 'Not said',
  studyField: 'Field of study',
  skills: 'Skills',
  skillsHint: 'One per line; JS matches JavaScript',
  certifications: 'Certifications',
  onePerLine: 'One per line',
  licences: 'Licences',
  licencesHint: 'One per line, e.g. Driving licence B',
  clearances: 'Security clearances',
} as const;

/** The profile's dealbreakers section. */
export const DEALBREAKER_TEXT = {
  heading: 'Dealbreakers',
  hint: 'A posting that asks for one of these is flagged, whatever else fits.',
} as const;

/** Prefilling the profile from a résumé. */
export const RESUME_TEXT = {
  heading: 'Fast start from your résumé',
  intro:
    'Reqlens reads the résumé in this browser and fills in the form below. Nothing is saved until you review the form and click Save profile.',
  file: 'Open a PDF or DOCX résumé',
  paste: 'Or paste your résumé’s text',
  prefill: 'Prefill from text',
  reading: 'Reading the résumé…',
  found: 'Found in your résumé:',
  unreadableFile: 'This file could not be read.',
  notChanged: (reason: string) => `${reason} Your profile was not changed.`,
} as const;

/** What each dealbreaker is called in the profile. */
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

/** The language levels a profile can give, on the contract's words or on the CEFR scale. */
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

/** A salary's period after its amount: "52 000 EUR per year". */
export const PERIOD_LABELS: Record<SalaryPeriod, string> = {
  year: 'per year',
  month: 'per month',
  week: 'per week',
  day: 'per day',
  hour: 'per hour',
};
