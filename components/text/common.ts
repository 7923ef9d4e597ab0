import type { Status } from '@/lib/schema';

/** Words many screens share: one place, so "Cancel" and "Loading…" read the same everywhere. */
export const COMMON_TEXT = {
  loading: 'Loading…',
  cancel: 'Cancel',
  untitled: 'Untitled',
} as const;

/** How a posting's overall fit score is written, on the popup, the board, the table and its page. */
export const FIT_SCORE_TEXT = {
  notScored: 'Fit not scored',
  score: (percent: number) => `Fit ${percent}%`,
} as const;

/** What each application status is called, wherever a status is shown or picked. */
export const STATUS_LABELS: Record<Status, string> = {
  seen: 'Not saved',
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** The status picker. */
export const STATUS_TEXT = {
  label: 'Status',
} as const;

/** The dashboard's navigation bar. */
export const NAV_TEXT = {
  label: 'Dashboard',
  board: 'Board',
  table: 'Table',
  insights: 'Insights',
  profile: 'Profile',
  settings: 'Settings',
  add: 'Add a job',
} as const;
