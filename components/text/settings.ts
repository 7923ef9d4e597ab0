import type { DuplicateReason, DuplicateReasonKind } from '@/lib/data/duplicates';

/** The dashboard's settings page: capture, backups, theme and clearing all data. */
export const SETTINGS_TEXT = {
  heading: 'Settings',
} as const;

/** Automatic backups to the Downloads folder. */
export const BACKUP_TEXT = {
  heading: 'Automatic backups',
  intro:
    'Uninstalling Reqlens deletes everything it stored. With backups on, a JSON export is saved to your Downloads folder (in “Reqlens backups”) every few days; import it to get everything back.',
  toggle: 'Back up automatically',
  everyDays: 'Every (days)',
  change: 'Change interval',
  badDays: 'Enter a whole number of days from 1 to 365.',
  off: 'Automatic backups are off.',
  every: (days: number) => `Backups every ${days} days.`,
} as const;

/** What Reqlens captures, and for how long it keeps postings not saved. */
export const CAPTURE_TEXT = {
  heading: 'Capture',
  toggle: 'Detect and store job postings I open',
  keepDays: 'Keep unsaved postings for (days)',
  keepDaysHint: 'Postings you looked at but did not save are deleted after this many days.',
  badDays: 'Enter a whole number of days from 1 to 3650.',
  keptDays: (days: number) => `Unsaved postings are now kept ${days} days.`,
  allSites: 'Detect postings on all sites',
  allSitesHint:
    'Off by default: Reqlens then only reads known job sites. Turning it on asks the browser for access to every site; the page text still never leaves your browser.',
  allSitesRefused: 'The browser did not grant access to all sites, so this stays off.',
  allSitesLost:
    'The browser no longer grants access to all sites. Turn this off and on again to ask again.',
  allSitesOn: 'Detection on all sites is on.',
  allSitesOff: 'Detection on all sites is off.',
} as const;

/** Deleting everything, after an explicit confirmation. */
export const CLEAR_TEXT = {
  heading: 'Clear all data',
  open: 'Clear all data',
  question:
    'Delete every posting, note, status history, your profile and your settings? This cannot be undone. Export JSON first if you may want them back.',
  confirm: 'Yes, delete everything',
  done: 'All data was deleted.',
} as const;

/** The colour theme picker in the dashboard's header. */
export const THEME_TEXT = {
  label: 'Theme',
  system: 'System',
  light: 'Light',
  dark: 'Dark',
} as const;

/** Likely duplicates across sites, offered for a merge the user confirms. */
export const DUPLICATES_TEXT = {
  heading: 'Likely duplicates',
  intro:
    'The same job saved from two sites. Reqlens only suggests; nothing is merged until you confirm.',
  search: 'Look for duplicates',
  searching: 'Looking…',
  none: 'No likely duplicates.',
  found: (n: number) => (n === 1 ? 'One likely duplicate found.' : `${n} likely duplicates found.`),
  merged: 'Postings merged.',
  dismissFailed: (reason: string) => `Could not keep that answer: ${reason}`,
  pair: (percent: number) => `Likely the same job (${percent}% alike)`,
  keep: (posting: string) => `Keep ${posting}`,
  question: (title: string, fromSite: string, intoSite: string) =>
    `Merge “${title}” from ${fromSite} into the copy from ${intoSite}? Its status history, notes and contacts move to the kept posting, then it is deleted.`,
  confirm: 'Confirm merge',
  merge: 'Merge…',
  dismiss: 'Not the same job',
} as const;

const alike = (similarity: number) => Math.round(similarity * 100);

/** Why two postings look like one job, one entry per kind of likeness. */
export const DUPLICATE_REASONS: Record<DuplicateReasonKind, (r: DuplicateReason) => string> = {
  company: (r) => `Same company (${r.company ?? ''})`,
  title: (r) => (r.similarity === 1 ? 'Same title' : `Titles ${alike(r.similarity)}% alike`),
  location: () => 'Same location',
  text: (r) => `Descriptions ${alike(r.similarity)}% alike`,
};
