import { parseRows } from '../db/rows';
import { readEverything, readTracker, type StoredEverything } from '../db/snapshot';
import {
  employmentTypesOf,
  Note,
  PostingBody,
  type PostingDetail,
  PostingRow,
  Profile,
  type Salary,
  StatusEvent,
  StoredSettings,
} from '../schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../schema/export';
import { toCsvText } from './csv';
import { EMPLOYMENT_WORDS, requirementSummary, STATUS_WORDS, WORKPLACE_WORDS } from './csv-words';

/** An export, and how many stored rows it had to leave out because they are damaged. */
export interface ExportReport {
  file: ExportFile;
  leftOut: number;
}

export async function buildExport(now: number): Promise<ExportFile> {
  return (await buildExportReport(now)).file;
}

/**
 * The JSON export of everything stored, read in one transaction (lib/db `readEverything`). Rows
 * are parsed on the way out: the file only holds valid rows, and the report says how many were
 * not (the user is told; each is logged).
 */
export async function buildExportReport(now: number): Promise<ExportReport> {
  return exportReport(await readEverything(), now);
}

/** Pure: the export file made of what was read, and how many damaged rows it left out. */
export function exportReport(stored: StoredEverything, now: number): ExportReport {
  const { postings: rows, bodies, events, notes, settings, profile } = stored;
  const bodyByKey = new Map(parseRows(PostingBody, 'bodies', bodies).map((b) => [b.jobKey, b]));
  // The full extraction lives in the body: a posting whose body is unreadable cannot be
  // exported whole (opening it shows the error), so it is left out like any damaged row.
  const postings: PostingDetail[] = parseRows(PostingRow, 'postings', rows).flatMap((row) => {
    const body = bodyByKey.get(row.jobKey);
    return body ? [{ ...row, ...body }] : [];
  });
  const storedProfile = Profile.safeParse(profile);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    postings,
    events: parseRows(StatusEvent, 'events', events),
    notes: parseRows(Note, 'notes', notes),
    profile: storedProfile.success ? storedProfile.data : null,
    settings: StoredSettings.parse(settings ?? {}),
  };
  const leftOut =
    rows.length -
    postings.length +
    (events.length - file.events.length) +
    (notes.length - file.notes.length) +
    (profile !== undefined && !storedProfile.success ? 1 : 0);
  return { file, leftOut };
}

export function exportToJson(file: ExportFile): string {
  return JSON.stringify(file);
}

/** `reqlens-export-2026-11-22.json`, dated in local time. */
export function exportFileName(now: number, ext: 'json' | 'csv' = 'json'): string {
  const kind = ext === 'json' ? 'export' : 'tracker';
  return `reqlens-${kind}-${localDate(now)}.${ext}`;
}

/** YYYY-MM-DD in local time: the day a person saw on their calendar. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const dateOrEmpty = (ms: number | null) => (ms === null ? '' : localDate(ms));

/** "50000–65000 EUR per year"; plain numbers so every spreadsheet locale reads them the same. */
export function formatSalary(salary: Salary | null): string {
  if (!salary || (salary.min === null && salary.max === null)) return '';
  const { min, max } = salary;
  const amount =
    min !== null && max !== null
      ? min === max
        ? `${min}`
        : `${min}–${max}`
      : min !== null
        ? `from ${min}`
        : `up to ${max}`;
  const currency = salary.currency ? ` ${salary.currency}` : '';
  const period = salary.period ? ` per ${salary.period}` : '';
  return `${amount}${currency}${period}`;
}

export const CSV_HEADER = [
  'Title',
  'Company',
  'Location',
  'Status',
  'Status changed',
  'Saved',
  'Applied',
  'Interviews',
  'Deadline',
  'Work model',
  'Employment type',
  'Salary',
  'Fit',
  'Requirements',
  'URL',
  'Notes',
] as const;
export type CsvColumn = (typeof CSV_HEADER)[number];

/** What the CSV columns read of a posting: its row, its status history and its notes. */
export interface CsvSource {
  events: readonly StatusEvent[];
  notes: readonly Note[];
  /** The posting's fit score (0-100), or null; absent when there is no profile. */
  fit?: (posting: PostingRow) => number | null;
}

/** Notes joined oldest first, separated by a blank line. */
export function joinedNotes(notes: readonly Note[]): string {
  return [...notes]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((n) => n.text)
    .join('\n\n');
}

/** One posting's cells, by column: the export writes them, the CSV import compares against them. */
export function csvCells(
  p: PostingRow,
  lastChange: number | null,
  notes: readonly Note[],
  fit: number | null,
): Record<CsvColumn, string> {
  const facts = p.extraction.posting;
  return {
    Title: p.title ?? facts.title ?? '',
    Company: p.company ?? facts.company ?? '',
    Location: p.location ?? facts.locations.join('; '),
    Status: STATUS_WORDS[p.status],
    'Status changed': dateOrEmpty(lastChange),
    Saved: dateOrEmpty(p.savedAt),
    Applied: dateOrEmpty(p.appliedAt),
    Interviews: p.interviews.map((i) => `${localDate(i.at)} ${i.label}`).join('\n'),
    Deadline: dateOrEmpty(p.deadline),
    'Work model': facts.workplace ? WORKPLACE_WORDS[facts.workplace] : '',
    'Employment type': employmentTypesOf(facts)
      .map((t) => EMPLOYMENT_WORDS[t])
      .join('; '),
    Salary: formatSalary(facts.salary),
    Fit: fit === null ? '' : `${fit}%`,
    Requirements: requirementSummary(p.extraction.requirements),
    URL: p.canonicalUrl || p.url,
    Notes: joinedNotes(notes),
  };
}

function byPosting<T extends { jobKey: string }>(list: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const group = map.get(item.jobKey);
    if (group) group.push(item);
    else map.set(item.jobKey, [item]);
  }
  return map;
}

/** When each posting's status last changed, from its events. */
export function lastChanges(events: readonly StatusEvent[]): Map<string, number> {
  const lastChange = new Map<string, number>();
  for (const e of events) {
    const at = lastChange.get(e.jobKey);
    if (at === undefined || e.at > at) lastChange.set(e.jobKey, e.at);
  }
  return lastChange;
}

/**
 * The tracker as a spreadsheet: one line per posting, in the order given. Notes are joined oldest
 * first; "Status changed" is the date of the last status event; statuses, work models and
 * employment types are written as words; "Requirements" sums up what the engine read.
 */
export function toCsv(
  postings: readonly PostingRow[],
  events: readonly StatusEvent[],
  notes: readonly Note[],
  fitOf?: (posting: PostingRow) => number | null,
): string {
  const lastChange = lastChanges(events);
  const notesByKey = byPosting(notes);
  const lines = postings.map((p) => {
    const cells = csvCells(
      p,
      lastChange.get(p.jobKey) ?? null,
      notesByKey.get(p.jobKey) ?? [],
      fitOf ? fitOf(p) : null,
    );
    return CSV_HEADER.map((column) => cells[column]);
  });
  return toCsvText([[...CSV_HEADER], ...lines]);
}

/**
 * The tracker CSV from the database: postings the user saved (not merely `seen`), newest first.
 * `fitOf` scores a posting against the profile (the caller loads the fit engine only when needed).
 */
export async function buildTrackerCsv(
  fitOf?: (posting: PostingRow) => number | null,
): Promise<string> {
  const { postings, events, notes } = await readTracker();
  // Fit is computed after the transaction: nothing foreign runs inside one.
  const tracked = postings.filter((p) => p.status !== 'seen');
  return toCsv(tracked, events, notes, fitOf);
}
