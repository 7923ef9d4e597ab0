import { readTrackerSnapshot, type TrackerSnapshot, writeTrackerImport } from '../db';
import { pageIdentity } from '../detect';
import { canonicalize, parseHttpUrl, urlKey } from '../detect/canonical';
import type { Extraction } from '../schema';
import type { DateOrder } from './csv-cells';
import { type DateReading, ordersByColumn, readDateOrders } from './csv-dates';
import { type CsvMapping, guessMapping } from './csv-mapping';
import { type CsvChange, type CsvPlan, type PageKey, planCsvImport } from './csv-plan';
import { type CsvTable, readCsvTable } from './csv-read';
import { type BadRow, type CsvJob, readCsvJobs } from './csv-rows';
import { STATUS_WORDS } from './csv-words';
import type { CsvFileProblem } from './problems';

/**
 * Importing a tracker CSV (Reqlens' own, Huntr's, Teal's, a spreadsheet): read the file, guess
 * which column is what (the user can change it), preview what would be added and updated, then
 * apply it in one transaction. A row that cannot be read is listed with the reason and skipped
 * whole; the others are written together or not at all.
 */

export type CsvStart =
  | { ok: true; table: CsvTable; mapping: CsvMapping }
  | { ok: false; problem: CsvFileProblem };

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
  /** Requirements the engine read in the row's description; null when it has none. */
  requirements: number | null;
}

export interface CsvPreview {
  added: CsvPreviewItem[];
  updated: (CsvPreviewItem & { changes: CsvChange[] })[];
  unchanged: number;
  /** Rows skipped, each with the reason (a code the dashboard words). */
  skipped: BadRow[];
  /** Rows whose status word was not known (new jobs are filed as Saved). */
  unknownStatuses: { line: number; word: string }[];
  /** How each date column whose dates could be read two ways (03/04/2026) is read, and why. */
  dates: DateReading[];
  /** New jobs whose description the engine read. */
  described: number;
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

/** The rows read, their dates' reading, and what the engine read of their descriptions. */
interface Prepared {
  jobs: CsvJob[];
  bad: BadRow[];
  dates: DateReading[];
  readings: Map<number, Extraction>;
}

/** How long the engine reads descriptions before it lets the page answer a click again. */
const SLICE_MS = 30;

/**
 * Each description read by the same engine as a job added by hand (lib/manual `readTypedJob`),
 * loaded only when a row has one. Runs before any transaction opens: it is long and foreign. A
 * long file takes a while (some milliseconds per description), so the page gets its turn
 * between slices.
 */
async function readDescriptions(jobs: readonly CsvJob[]): Promise<Map<number, Extraction>> {
  const described = jobs.filter((j) => j.description?.trim());
  const readings = new Map<number, Extraction>();
  if (described.length === 0) return readings;
  const { readTypedJob } = await import('../manual');
  let sliceStart = Date.now();
  for (const job of described) {
    const entry = {
      title: job.title,
      company: job.company ?? null,
      location: job.location ?? null,
      url: job.url ?? null,
      text: job.description ?? '',
    };
    readings.set(job.line, readTypedJob(entry));
    if (Date.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  return readings;
}

/** How the file's dates are read: the browser's language, and the orders the user chose. */
export interface CsvDateOptions {
  /** The browser's language: how dates like 03/04/2026 read when the file does not say. */
  locale: string;
  /** Columns the user set to day first or month first in the preview, by column. */
  orders?: Readonly<Record<number, DateOrder>>;
}

/** The last preparation, so applying a previewed import does not read every description again. */
let last: { table: CsvTable; key: string; prepared: Prepared } | null = null;

async function prepare(
  table: CsvTable,
  mapping: CsvMapping,
  options: CsvDateOptions,
): Promise<Prepared> {
  const key = JSON.stringify([mapping, options.locale, options.orders ?? {}]);
  if (last?.table === table && last.key === key) return last.prepared;
  const dates = readDateOrders(table, mapping, options.locale, options.orders);
  const { jobs, bad } = readCsvJobs(table, mapping, ordersByColumn(dates));
  const prepared = { jobs, bad, dates, readings: await readDescriptions(jobs) };
  last = { table, key, prepared };
  return prepared;
}

function plan(prepared: Prepared, stored: TrackerSnapshot, now: number): CsvPlan {
  const { jobs, readings } = prepared;
  return planCsvImport({ jobs, ...stored, identify, newKey, now, readings });
}

function preview(result: CsvPlan, prepared: Prepared): CsvPreview {
  const item = (line: number, row: CsvPlan['adds'][number]['row']): CsvPreviewItem => ({
    line,
    title: row.title ?? '',
    company: row.company ?? '',
    status: STATUS_WORDS[row.status],
    requirements: prepared.readings.has(line) ? row.extraction.requirements.length : null,
  });
  return {
    added: result.adds.map((a) => item(a.line, a.row)),
    updated: result.updates.map((u) => ({
      ...item(u.line, u.row),
      requirements: u.body ? u.row.extraction.requirements.length : null,
      changes: u.changes,
    })),
    unchanged: result.unchanged.length,
    skipped: [...prepared.bad, ...result.repeated].sort((a, b) => a.line - b.line),
    unknownStatuses: result.unknownStatuses,
    dates: prepared.dates,
    described: result.adds.filter((a) => prepared.readings.has(a.line)).length,
  };
}

/** What importing the table with this mapping would do. Reads, writes nothing. */
export async function previewCsvImport(
  table: CsvTable,
  mapping: CsvMapping,
  now: number,
  dates: CsvDateOptions,
): Promise<CsvPreview> {
  const prepared = await prepare(table, mapping, dates);
  const stored = await readTrackerSnapshot();
  return preview(plan(prepared, stored, now), prepared);
}

/**
 * Applies the import in one transaction: the plan is made again inside it (a capture may have
 * been stored since the preview), so the counts returned are what was written. The rows and
 * their descriptions are read before it opens.
 */
export async function applyCsvImport(
  table: CsvTable,
  mapping: CsvMapping,
  now: number,
  dates: CsvDateOptions,
): Promise<CsvPreview> {
  const prepared = await prepare(table, mapping, dates);
  return writeTrackerImport((stored) => {
    const result = plan(prepared, stored, now);
    return {
      writes: {
        added: result.adds.map((a) => ({ row: a.row, body: a.body })),
        updated: result.updates.map((u) => u.row),
        reread: result.updates.flatMap((u) =>
          u.body ? [{ jobKey: u.row.jobKey, ...u.body }] : [],
        ),
        events: [...result.adds, ...result.updates].flatMap((p) => (p.event ? [p.event] : [])),
        notes: [...result.adds, ...result.updates].flatMap((p) => (p.note ? [p.note] : [])),
      },
      result: preview(result, prepared),
    };
  });
}
