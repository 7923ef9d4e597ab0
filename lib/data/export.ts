import { db, SINGLETON_KEY } from '../db/database';
import { parseRows } from '../db/rows';
import {
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

/** An export, and how many stored rows it had to leave out because they are damaged. */
export interface ExportReport {
  file: ExportFile;
  leftOut: number;
}

export async function buildExport(now: number): Promise<ExportFile> {
  return (await buildExportReport(now)).file;
}

/**
 * Reads everything in one read transaction, so the file is a consistent snapshot even while the
 * background stores a capture. Rows are parsed on the way out: the file only holds valid rows,
 * and the report says how many were not (the user is told; each is logged).
 */
export async function buildExportReport(now: number): Promise<ExportReport> {
  return db.transaction(
    'r',
    [db.postings, db.bodies, db.events, db.notes, db.settings, db.profile],
    async () => {
      const [rows, bodies, events, notes, settings, profile] = await Promise.all([
        db.postings.toArray(),
        db.bodies.toArray(),
        db.events.toArray(),
        db.notes.toArray(),
        db.settings.get(SINGLETON_KEY),
        db.profile.get(SINGLETON_KEY),
      ]);
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
    },
  );
}

export function exportToJson(file: ExportFile): string {
  return JSON.stringify(file);
}

/** `reqlens-export-2026-11-22.json`, dated in local time. */
export function exportFileName(now: number, ext: 'json' | 'csv' = 'json'): string {
  const kind = ext === 'json' ? 'export' : 'tracker';
  return `reqlens-${kind}-${localDate(now)}.${ext}`;
}

function localDate(ms: number): string {
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
  'Salary',
  'URL',
  'Notes',
] as const;

/**
 * The tracker as a spreadsheet: one line per posting, in the order given. Notes are joined oldest
 * first; "Status changed" is the date of the last status event.
 */
export function toCsv(
  postings: readonly PostingRow[],
  events: readonly StatusEvent[],
  notes: readonly Note[],
): string {
  const lastChange = new Map<string, number>();
  for (const e of events) {
    const at = lastChange.get(e.jobKey);
    if (at === undefined || e.at > at) lastChange.set(e.jobKey, e.at);
  }
  const notesByKey = new Map<string, Note[]>();
  for (const n of notes) {
    const list = notesByKey.get(n.jobKey);
    if (list) list.push(n);
    else notesByKey.set(n.jobKey, [n]);
  }
  const lines = postings.map((p) => [
    p.title ?? p.extraction.posting.title ?? '',
    p.company ?? p.extraction.posting.company ?? '',
    p.location ?? p.extraction.posting.locations.join('; '),
    p.status,
    dateOrEmpty(lastChange.get(p.jobKey) ?? null),
    dateOrEmpty(p.savedAt),
    dateOrEmpty(p.appliedAt),
    p.interviews.map((i) => `${localDate(i.at)} ${i.label}`).join('\n'),
    dateOrEmpty(p.deadline),
    p.extraction.posting.workplace ?? '',
    formatSalary(p.extraction.posting.salary),
    p.canonicalUrl || p.url,
    (notesByKey.get(p.jobKey) ?? [])
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((n) => n.text)
      .join('\n\n'),
  ]);
  return toCsvText([[...CSV_HEADER], ...lines]);
}

/** The tracker CSV from the database: postings the user saved (not merely `seen`), newest first. */
export async function buildTrackerCsv(): Promise<string> {
  return db.transaction('r', [db.postings, db.events, db.notes], async () => {
    const [rows, events, notes] = await Promise.all([
      db.postings.orderBy('updatedAt').reverse().toArray(),
      db.events.toArray(),
      db.notes.toArray(),
    ]);
    const tracked = parseRows(PostingRow, 'postings', rows).filter((p) => p.status !== 'seen');
    return toCsv(
      tracked,
      parseRows(StatusEvent, 'events', events),
      parseRows(Note, 'notes', notes),
    );
  });
}
