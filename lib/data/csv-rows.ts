import { z } from 'zod';
import {
  EmploymentType,
  INTERVIEWS_MAX,
  Interview,
  LIMITS,
  NOTE_MAX,
  Salary,
  Status,
  Time,
  Workplace,
} from '../schema';
import {
  CellError,
  type DateOrder,
  readAmount,
  readCurrency,
  readDate,
  readInterviews,
  readPeriod,
  readSalary,
  readUrl,
} from './csv-cells';
import type { CsvMapping, CsvTarget } from './csv-mapping';
import type { CsvTable } from './csv-read';
import { readEmploymentTypes, readStatus, readWorkplace } from './csv-words';
import type { CsvLongField, CsvRowProblem } from './problems';

/**
 * One CSV row read into a job, validated with zod. A field the row leaves empty (or no column
 * fills) is absent: importing it over a stored job leaves the stored value as it is. Pure.
 */

const line = z.string().trim().min(1).max(LIMITS.short);
/** Messages the contract gives for the cases `zodReason` turns into codes (never shown). */
const NO_TITLE = 'noTitle';
const TOO_LONG = 'tooLong';

export const CsvJob = z
  .object({
    /** The row's line in the file, to name it in the preview. */
    line: z.number().int().min(2),
    title: z.string().trim().min(1, NO_TITLE).max(LIMITS.short, TOO_LONG),
    company: line.optional(),
    location: line.optional(),
    status: Status.optional(),
    /** The status word as the file wrote it, when Reqlens did not know it (filed as Saved). */
    unknownStatus: z.string().max(LIMITS.short).optional(),
    statusChanged: Time.optional(),
    url: z.string().max(LIMITS.url, TOO_LONG).optional(),
    savedAt: Time.optional(),
    appliedAt: Time.optional(),
    deadline: Time.optional(),
    interviews: z.array(Interview).max(INTERVIEWS_MAX).optional(),
    workplace: Workplace.optional(),
    employmentTypes: z.array(EmploymentType).min(1).optional(),
    salary: Salary.optional(),
    notes: z.string().trim().min(1).max(NOTE_MAX, TOO_LONG).optional(),
    description: z.string().max(LIMITS.text, TOO_LONG).optional(),
  })
  .strict();
export type CsvJob = z.infer<typeof CsvJob>;

export interface BadRow {
  line: number;
  /** Why the row was skipped (a code and the cell; the dashboard words it). */
  reason: CsvRowProblem;
}

/** Huntr writes the description as HTML: tags go, the text stays (never rendered as HTML). */
function plainText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/li|\/h\d)[^>]{0,100}>/gi, '\n')
    .replace(/<[^>]{0,1000}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Teal writes a status as a JSON object; its `name` is the word. */
function statusWord(cell: string): string {
  if (!cell.trim().startsWith('{')) return cell;
  try {
    const name = (JSON.parse(cell) as { name?: unknown }).name;
    return typeof name === 'string' ? name : cell;
  } catch {
    return cell;
  }
}

type Raw = Record<string, unknown>;

/** Reads one mapped cell into `raw`; throws a CellError for a cell that cannot be read. */
function readCell(raw: Raw, target: CsvTarget, cell: string, order: DateOrder): void {
  switch (target) {
    case 'ignore':
      return;
    case 'status': {
      const word = statusWord(cell).trim();
      const status = readStatus(word);
      if (status) raw.status = status;
      else raw.unknownStatus = word.slice(0, LIMITS.short);
      return;
    }
    case 'statusChanged':
    case 'savedAt':
    case 'appliedAt':
    case 'deadline':
      raw[target] = readDate(cell, order);
      return;
    case 'url':
      raw.url = readUrl(cell);
      return;
    case 'interviews':
      raw.interviews = readInterviews(cell, order);
      return;
    case 'workplace': {
      const workplace = readWorkplace(cell);
      if (!workplace) throw new CellError({ code: 'badWorkplace', cell: cell.trim() });
      raw.workplace = workplace;
      return;
    }
    case 'employmentTypes': {
      const types = readEmploymentTypes(cell);
      if (types.length === 0) throw new CellError({ code: 'badEmploymentType', cell: cell.trim() });
      raw.employmentTypes = types;
      return;
    }
    case 'salary':
      raw.salary = readSalary(cell);
      return;
    case 'salaryMin':
    case 'salaryMax': {
      const amount = readAmount(cell.replace(/[^\d.,'kK]/g, ''));
      if (amount === null) throw new CellError({ code: 'badAmount', cell: cell.trim() });
      raw[target] = amount;
      return;
    }
    case 'salaryCurrency':
      raw.salaryCurrency = readCurrency(cell.toUpperCase()) ?? undefined;
      return;
    case 'salaryPeriod':
      raw.salaryPeriod = readPeriod(cell) ?? undefined;
      return;
    case 'description':
      raw.description = plainText(cell);
      return;
    default:
      raw[target] = cell.trim();
  }
}

/** Separate salary columns (Teal) make one salary; a salary column wins over them. */
function joinSalary(raw: Raw): void {
  const { salaryMin, salaryMax, salaryCurrency, salaryPeriod } = raw;
  delete raw.salaryMin;
  delete raw.salaryMax;
  delete raw.salaryCurrency;
  delete raw.salaryPeriod;
  if (raw.salary !== undefined || (salaryMin === undefined && salaryMax === undefined)) return;
  const min = (salaryMin as number | undefined) ?? null;
  const max = (salaryMax as number | undefined) ?? null;
  raw.salary = {
    min: min !== null && max !== null ? Math.min(min, max) : min,
    max: min !== null && max !== null ? Math.max(min, max) : max,
    currency: salaryCurrency ?? null,
    period: salaryPeriod ?? null,
  };
}

const LONG_FIELDS: readonly string[] = [
  'title',
  'url',
  'notes',
  'description',
] satisfies CsvLongField[];
const isLongField = (field: string): field is CsvLongField => LONG_FIELDS.includes(field);

/** The first zod problem of a row, as a code. */
function zodReason(error: z.ZodError): CsvRowProblem {
  const issue = error.issues[0];
  if (!issue) return { code: 'unreadable' };
  const field = String(issue.path[0] ?? '');
  if (field === 'title' && (issue.message === NO_TITLE || issue.code === 'invalid_type'))
    return { code: 'noTitle' };
  if (issue.message === TOO_LONG && isLongField(field)) return { code: 'tooLong', field };
  return { code: 'outOfRange', field, detail: issue.message };
}

/**
 * Every row of a table read with `mapping`: the jobs that are valid, and the rows that are not
 * with a reason. A row with one bad cell is skipped whole: nothing of it is written. Dates like
 * 03/04/2026 are read in each column's order (csv-dates `readDateOrders`), month first by default.
 */
export function readCsvJobs(
  table: CsvTable,
  mapping: CsvMapping,
  orders: ReadonlyMap<number, DateOrder> = new Map(),
): { jobs: CsvJob[]; bad: BadRow[] } {
  const jobs: CsvJob[] = [];
  const bad: BadRow[] = table.broken.map((b) => ({ ...b }));
  for (const row of table.rows) {
    const raw: Raw = { line: row.line };
    try {
      mapping.forEach((target, i) => {
        const cell = row.cells[i] ?? '';
        if (cell.trim() !== '') readCell(raw, target, cell, orders.get(i) ?? 'mdy');
      });
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      bad.push({ line: row.line, reason: error.problem });
      continue;
    }
    joinSalary(raw);
    if (raw.salary === null) delete raw.salary;
    if (raw.notes === '') delete raw.notes;
    const parsed = CsvJob.safeParse(raw);
    if (parsed.success) jobs.push(parsed.data);
    else bad.push({ line: row.line, reason: zodReason(parsed.error) });
  }
  bad.sort((a, b) => a.line - b.line);
  return { jobs, bad };
}
