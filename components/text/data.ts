import type { DateOrder } from '@/lib/data/csv-cells';
import type { DateReading } from '@/lib/data/csv-dates';
import type { CsvTarget } from '@/lib/data/csv-mapping';

/** Export and import under Settings: the JSON backup, the tracker CSV and its import steps. */
export const DATA_TEXT = {
  heading: 'Export and import',
  hint: 'The JSON export holds everything (postings, history, notes, profile, settings) and imports back exactly. The CSV holds the tracker for a spreadsheet.',
  importHint:
    'Import takes a Reqlens JSON export, or a CSV file: Reqlens’ own, an export from Huntr or Teal, or a spreadsheet with one job per line.',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  import: 'Import',
  chooseFile: 'Choose an export file to import',
  exported: 'Export downloaded.',
  exportedWithout: (n: number) =>
    `Export downloaded without ${n === 1 ? 'one damaged entry' : `${n} damaged entries`} that could not be read (details in the browser console).`,
  csvExported: 'Tracker CSV downloaded.',
  previewHeading: 'Import preview:',
  apply: 'Apply import',
  cancel: 'Cancel',
  imported: (added: number, updated: number) =>
    `Imported: ${added} new and ${updated} updated postings.`,
  nothingImported: 'Nothing was imported:',
} as const;

/** The JSON import's preview. */
export const JSON_PREVIEW_TEXT = {
  added: 'New postings',
  updated: 'Postings updated from the file (newer there)',
  unchanged: 'Postings already identical',
  keptLocal: 'Postings kept as they are here (newer here)',
  eventsAdded: 'Status changes added',
  notesAdded: 'Notes added',
  notesUpdated: 'Notes updated',
  profileImport: 'Your profile will be taken from the file (none is stored here).',
  profileKeep: 'Your profile here is kept; the file’s profile is ignored.',
  profileNone: 'The file has no profile.',
  settingsImport: 'Settings will be taken from the file.',
  settingsKeep: 'Your settings here are kept.',
} as const;

/** What each column of a CSV file can fill, as the mapping step names it. */
export const CSV_TARGET_LABELS: Record<CsvTarget, string> = {
  ignore: 'Not imported',
  title: 'Job title',
  company: 'Company',
  location: 'Location',
  status: 'Status',
  statusChanged: 'Date the status changed',
  url: 'Address of the posting',
  savedAt: 'Date saved',
  appliedAt: 'Date applied',
  deadline: 'Deadline',
  interviews: 'Interviews',
  workplace: 'Work model',
  employmentTypes: 'Employment type',
  salary: 'Salary',
  salaryMin: 'Salary from',
  salaryMax: 'Salary up to',
  salaryCurrency: 'Salary currency',
  salaryPeriod: 'Salary period (year, month, hour)',
  notes: 'Notes',
  description: 'Job description',
};

/** The CSV import's steps: which column is what, then what would be added and updated. */
export const CSV_IMPORT_TEXT = {
  mappingHeading: 'Which column is what?',
  mappingHint:
    'Reqlens guessed from the column names. Change any column, or set it to “Not imported”. Nothing is saved until you apply the import.',
  column: 'Column in the file',
  example: 'First value',
  target: 'Imported as',
  targetFor: (header: string) => `Import the column “${header}” as`,
  showPreview: 'Show what will change',
  back: 'Back to the columns',
  summary: (added: number, updated: number, unchanged: number, skipped: number) =>
    `${added} new ${added === 1 ? 'job' : 'jobs'}, ${updated} updated, ${unchanged} already up to date, ${skipped} ${skipped === 1 ? 'row' : 'rows'} skipped.`,
  addedHeading: 'Will be added',
  updatedHeading: 'Will be updated (already on your tracker)',
  skippedHeading: 'Rows skipped (nothing of them is imported)',
  unknownHeading: 'Statuses Reqlens does not know',
  line: (n: number) => `Line ${n}`,
  jobAt: (title: string, company: string) => (company ? `${title} at ${company}` : title),
  newJob: (title: string, company: string, status: string) =>
    `${company ? `${title} at ${company}` : title}, filed as ${status}`,
  requirementsRead: (n: number) =>
    n === 0
      ? '; no requirements found in its description'
      : `; ${n} ${n === 1 ? 'requirement' : 'requirements'} read from its description`,
  described: (n: number) =>
    `Reqlens read the description of ${n} new ${n === 1 ? 'job' : 'jobs'} as it reads a page. ` +
    'Requirements, salary, work model and employment type come from it unless the file gives them; what the file gives is kept as yours.',
  datesHeading: 'How dates are read',
  datesHint:
    'A date like 03/04/2026 is 3 April in most countries and March 4 in the US. Each column is read one way; change it here if it is wrong.',
  dateOrders: { dmy: 'Day first', mdy: 'Month first' } satisfies Record<DateOrder, string>,
  dateOrderFor: (header: string) => `Dates in “${header}” are written`,
  /** "Line 5: 03/02/2026 is read as February 3, 2026, because …", `day` written in words. */
  dateRead: (r: DateReading, day: string) => {
    const first = r.order === 'dmy' ? 'the day' : 'the month';
    const read = `Line ${r.example.line}: ${r.example.cell} is read as ${day}`;
    if (r.basis === 'user') return `${read}, as you chose.`;
    if (r.basis === 'locale' || r.clue === null)
      return `${read}: the file never says, and your browser’s language (${r.locale ?? ''}) puts ${first} first.`;
    if (r.basis === 'column')
      return `${read}, because line ${r.clue.line} of this column has ${r.clue.cell}.`;
    return `${read}: this column never says, but line ${r.clue.line} of “${r.clue.header}” has ${r.clue.cell}.`;
  },

  change: (column: string, before: string, after: string) =>
    `${column}: ${before === '' ? '(empty)' : before} → ${after}`,
  unknownStatus: (word: string) =>
    `“${word}”: a new job is filed as Saved, a known one keeps its status.`,
  more: (n: number) => `…and ${n} more.`,
  nothingToDo: 'Nothing in this file is new or different from your tracker.',
  imported: (added: number, updated: number, skipped: number) =>
    `Imported: ${added} new and ${updated} updated jobs${skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'row was' : 'rows were'} skipped` : ''}.`,
} as const;
