import Papa from 'papaparse';
import type { CsvFileProblem, CsvRowProblem } from './problems';

/**
 * Reading a CSV file into a header and rows, with papaparse (quotes, embedded line breaks, the
 * delimiter a spreadsheet chose: comma, semicolon or tab). Bounded so that a huge or hostile file
 * is refused with a reason (a code, worded by the dashboard) before any work is done on it. Pure.
 */

/** The largest file read: about 5 MB of text, far more than a tracker of thousands of jobs. */
export const CSV_MAX_CHARS = 5_000_000;
/** The most rows (jobs) one import takes. */
export const CSV_MAX_ROWS = 5000;
/** The most columns a file may have. */
export const CSV_MAX_COLUMNS = 100;
/** The longest cell kept: longer cells (a pasted description) are cut here. */
export const CSV_MAX_CELL = 200_000;

export interface CsvTable {
  header: string[];
  /** Each data row with its line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
  /** Lines papaparse could not read (an unclosed quote), with the reason. */
  broken: { line: number; reason: CsvRowProblem }[];
}

export type CsvReadResult = ({ ok: true } & CsvTable) | { ok: false; problem: CsvFileProblem };

/** Whether a chosen file's text looks like JSON (a Reqlens export) rather than a CSV. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s{0,100}[{[]/.test(text);
}

export function readCsvTable(text: string): CsvReadResult {
  if (text.length > CSV_MAX_CHARS) {
    const mb = Math.round(CSV_MAX_CHARS / 1_000_000);
    return { ok: false, problem: { code: 'tooLarge', maxMb: mb } };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
    // One row past the limit, to tell "exactly the limit" from "too many".
    preview: CSV_MAX_ROWS + 2,
  });
  const [header, ...data] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) {
    return { ok: false, problem: { code: 'noHeader' } };
  }
  if (data.length > CSV_MAX_ROWS) {
    return { ok: false, problem: { code: 'tooManyRows', maxRows: CSV_MAX_ROWS } };
  }
  if (header.length > CSV_MAX_COLUMNS) {
    const problem: CsvFileProblem = {
      code: 'tooManyColumns',
      columns: header.length,
      maxColumns: CSV_MAX_COLUMNS,
    };
    return { ok: false, problem };
  }
  if (data.length === 0) {
    return { ok: false, problem: { code: 'noRows' } };
  }
  // papaparse counts rows from 0 after skipping none: with the header, data row i is row i + 1.
  const brokenRows = new Map<number, CsvRowProblem>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && typeof error.row === 'number') {
      brokenRows.set(error.row, { code: 'unclosedQuote' });
    }
  }
  // Line numbers are counted in records: a cell with a line break inside stays one record.
  const rows: CsvTable['rows'] = [];
  const broken: CsvTable['broken'] = [];
  data.forEach((cells, i) => {
    const line = i + 2;
    const reason = brokenRows.get(i + 1);
    if (reason) broken.push({ line, reason });
    else rows.push({ line, cells: cells.map((c) => c.slice(0, CSV_MAX_CELL)) });
  });
  return { ok: true, header: header.map((h) => h.trim()), rows, broken };
}
