import { EMPLOYMENT_WORDS, SCHEDULE_WORDS, WORKPLACE_WORDS } from '@/lib/data/csv-words';
import type { EducationLevel, SalaryPeriod } from '@/lib/schema';

/** The levels of education, as the profile form and a requirement's label name them. */
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  high_school: 'High school',
  vocational: 'Vocational',
  associate: "Associate's",
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
};

// The value words are the ones the tracker CSV writes, so a screen and a spreadsheet say the same.
export const EMPLOYMENT_LABELS = EMPLOYMENT_WORDS;
export const SCHEDULE_LABELS = SCHEDULE_WORDS;
export const WORKPLACE_LABELS = WORKPLACE_WORDS;

/**
 * A requirement in a few words ("5+ years · marketing", "Up to 20% travel", "Salesforce or
 * HubSpot"): the parts components/requirementLabel.ts puts together with " · ".
 */
export const REQUIREMENT_LABEL_TEXT = {
  experience: 'Experience',
  yearSpan: (min: number, max: number) => `${min}–${max} years`,
  yearsAtLeast: (min: number) => `${min}+ ${min === 1 ? 'year' : 'years'}`,
  yearsAtMost: (max: number) => `Up to ${max} years`,
  orEquivalent: 'or equivalent',
  travel: 'Travel',
  travelUpTo: (percent: number) => `Up to ${percent}% travel`,
  authorized: 'Authorized to work',
  authorizedIn: (country: string) => `Authorized to work in ${country}`,
  /** "Salesforce or HubSpot", "GCP, AWS or Azure". */
  either: (names: readonly string[]) =>
    names.length <= 1
      ? names.join('')
      : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`,
} as const;

/** A posting's pay: "€55,000 – €65,000 a year", "From €40,000". */
export const SALARY_TEXT = {
  from: (amount: string) => `From ${amount}`,
  upTo: (amount: string) => `Up to ${amount}`,
  noCurrency: ' (currency not stated)',
} as const;

export const PERIOD_WORDS: Record<SalaryPeriod, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};
