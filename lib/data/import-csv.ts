import { readTrackerSnapshot, type TrackerSnapshot, writeTrackerImport } from '../db';
import { pageIdentity } from '../detect';
import { canonicalize, parseHttpUrl, urlKey } from '../detect/canonical';
import { type CsvMapping, guessMapping } from './csv-mapping';
import { type CsvChange, type CsvPlan, type PageKey, planCsvImport } from './csv-plan';
import { type CsvTable, readCsvTable } from './csv-read';
import { type BadRow, readCsvJobs } from './csv-rows';
import { STATUS_WORDS } from './csv-words';

/**
 * Importing a tracker CSV (Reqlens' own, Huntr's, Teal's, a spreadsheet): read the file, guess
 * which column is what (the user can change it), preview what would be added and updated, then
 * apply it in one transaction. A row that cannot be read is listed with the reason and skipped
 * whole; the others are written together or not at all.
 */

export type CsvStart =
  | { ok: true; table: CsvTable; mapping: CsvMapping }
  | { ok: false; error: string };

/** The file read and its columns' mapping guessed from the header. Writes nothing. */
export function startCsvImport(text: string): CsvStart {
  const read = readCsvTable(text);
  if (!read.ok) return read;
  const { ok: _ok, ...table } = read;
  return { ok: true, table, mapping: guessMapping(table.header) };
}

/** One job in the preview: the row it comes from and what it says. */
export interface CsvPreviewItem {
  line: number;
  title: string;
  company: string;
  status: string;
}

export interface CsvPreview {
  added: CsvPreviewItem[];
  updated: (CsvPreviewItem & { changes: CsvChange[] })[];
  unchanged: number;
  /** Rows skipped, each with the reason in plain words. */
  skipped: BadRow[];
  /** Rows whose status word was not known (new jobs are filed as Saved). */
  unknownStatuses: { line: number; word: string }[];
}

/** The key a capture of the page would use, so a later visit completes the imported job. */
function identify(url: string): PageKey {
  const page = parseHttpUrl(url);
  if (!page) return { jobKey: newKey(), canonicalUrl: '', site: 'manual' };
  const doc =
    typeof DOMParser === 'undefined' ? null : new DOMParser().parseFromString('', 'text/html');
  const known = doc && pageIdentity(doc, page.href);
  if (known) return known;
  const canonicalUrl = canonicalize(page);
  return { jobKey: urlKey(canonicalUrl), canonicalUrl, site: 'generic' };
}

const newKey = () => `manual:${crypto.randomUUID()}`;

function plan(table: CsvTable, mapping: CsvMapping, stored: TrackerSnapshot, now: number) {
  const { jobs, bad } = readCsvJobs(table, mapping);
  const result = planCsvImport({ jobs, ...stored, identify, newKey, now });
  return { result, bad };
}

function preview(result: CsvPlan, bad: readonly BadRow[]): CsvPreview {
  const item = (line: number, row: CsvPlan['adds'][number]['row']): CsvPreviewItem => ({
    line,
    title: row.title ?? '',
    company: row.company ?? '',
    status: STATUS_WORDS[row.status],
  });
  return {
    added: result.adds.map((a) => item(a.line, a.row)),
    updated: result.updates.map((u) => ({ ...item(u.line, u.row), changes: u.changes })),
    unchanged: result.unchanged.length,
    skipped: [...bad, ...result.repeated].sort((a, b) => a.line - b.line),
    unknownStatuses: result.unknownStatuses,
  };
}

/** What importing the table with this mapping would do. Reads, writes nothing. */
export async function previewCsvImport(
  table: CsvTable,
  mapping: CsvMapping,
  now: number,
): Promise<CsvPreview> {
  const stored = await readTrackerSnapshot();
  const { result, bad } = plan(table, mapping, stored, now);
  return preview(result, bad);
}

/**
 * Applies the import in one transaction: the plan is made again inside it (a capture may have
 * been stored since the preview), so the counts returned are what was written.
 */
export async function applyCsvImport(
  table: CsvTable,
  mapping: CsvMapping,
  now: number,
): Promise<CsvPreview> {
  return writeTrackerImport((stored) => {
    const { result, bad } = plan(table, mapping, stored, now);
    return {
      writes: {
        added: result.adds.map((a) => ({ row: a.row, body: a.body })),
        updated: result.updates.map((u) => u.row),
        events: [...result.adds, ...result.updates].flatMap((p) => (p.event ? [p.event] : [])),
        notes: [...result.adds, ...result.updates].flatMap((p) => (p.note ? [p.note] : [])),
      },
      result: preview(result, bad),
    };
  });
}
