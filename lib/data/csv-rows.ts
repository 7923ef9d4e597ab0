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

/**
 * One CSV row read into a job, validated with zod. A field the row leaves empty (or no column
 * fills) is absent: importing it over a stored job leaves the stored value as it is. Pure.
 */

const line = z.string().trim().min(1).max(LIMITS.short);

export const CsvJob = z
  .object({
    /** The row's line in the file, to name it in the preview. */
    line: z.number().int().min(2),
    title: z
      .string()
      .trim()
      .min(1, 'it has no job title')
      .max(LIMITS.short, 'its title is too long'),
    company: line.optional(),
    location: line.optional(),
    status: Status.optional(),
    /** The status word as the file wrote it, when Reqlens did not know it (filed as Saved). */
    unknownStatus: z.string().max(LIMITS.short).optional(),
    statusChanged: Time.optional(),
    url: z.string().max(LIMITS.url, 'its address is too long').optional(),
    savedAt: Time.optional(),
    appliedAt: Time.optional(),
    deadline: Time.optional(),
    interviews: z.array(Interview).max(INTERVIEWS_MAX).optional(),
    workplace: Workplace.optional(),
    employmentTypes: z.array(EmploymentType).min(1).optional(),
    salary: Salary.optional(),
    notes: z.string().trim().min(1).max(NOTE_MAX, 'its notes are too long').optional(),
    description: z.string().max(LIMITS.text, 'its description is too long').optional(),
  })
  .strict();
export type CsvJob = z.infer<typeof CsvJob>;

export interface BadRow {
  line: number;
  /** Why the row was skipped, in plain words ("the date “32/13/2026” is not one …"). */
  reason: string;
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
      if (!workplace)
        throw new CellError(`the work model “${cell.trim()}” is not on-site, hybrid or remote`);
      raw.workplace = workplace;
      return;
    }
    case 'employmentTypes': {
      const types = readEmploymentTypes(cell);
      if (types.length === 0)
        throw new CellError(`the employment type “${cell.trim()}” is not one Reqlens knows`);
      raw.employmentTypes = types;
      return;
    }
    case 'salary':
      raw.salary = readSalary(cell);
      return;
    case 'salaryMin':
    case 'salaryMax': {
      const amount = readAmount(cell.replace(/[^\d.,'kK]/g, ''));
      if (amount === null) throw new CellError(`the amount “${cell.trim()}” is not a number`);
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

/** The first zod problem of a row, in plain words. */
function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it could not be read';
  const field = String(issue.path[0] ?? '');
  if (issue.message.startsWith('it ')) return issue.message;
  if (field === 'title' && issue.code === 'invalid_type') return 'it has no job title';
  const FIELD: Record<string, string> = {
    statusChanged: 'its status date',
    savedAt: 'its saved date',
    appliedAt: 'its applied date',
    deadline: 'its deadline',
    interviews: 'its interviews',
    salary: 'its salary',
  };
  const name = FIELD[field] ?? `its ${field}`;
  return `${name} is out of range (${issue.message})`;
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
      bad.push({ line: row.line, reason: error.message });
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
