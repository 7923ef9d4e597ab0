import type { SalaryPeriod } from '@/lib/schema';

/** A posting's status history, oldest change first. */
export const STATUS_HISTORY_TEXT = {
  label: 'Status history',
  none: 'No status changes yet.',
  saved: 'Saved',
  savedAs: (status: string) => `Saved as ${status}`,
  changed: (from: string, to: string) => `${from} → ${to}`,
} as const;

/** What the employer changed in a posting since the previous capture. */
export const WHAT_CHANGED_TEXT = {
  heading: 'What changed',
  summary: (since: string, added: number, removed: number) =>
    `The posting was edited after ${since}: ${added} line${added === 1 ? '' : 's'} added, ${removed} removed.`,
  added: 'Added: ',
  removed: 'Removed: ',
} as const;

/** The facts a user can edit on a posting, named in "You edited: title, salary." */
export const FACT_WORDS: Record<string, string> = {
  title: 'title',
  company: 'company',
  location: 'location',
  salary: 'salary',
  deadline: 'deadline',
};

/** The salary period choices of "Edit details". */
export const SALARY_PERIOD_OPTIONS: Record<SalaryPeriod, string> = {
  year: 'Year',
  month: 'Month',
  week: 'Week',
  day: 'Day',
  hour: 'Hour',
};
