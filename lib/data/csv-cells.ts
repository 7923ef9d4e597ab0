import type { Interview, Salary, SalaryPeriod } from '../schema';
import { plainWords } from './csv-words';
import type { CsvRowProblem } from './problems';

/**
 * Readers for the cells of a CSV import: dates, salaries, addresses and interview lists as people
 * and other trackers write them. Each returns the value, or throws a `CellError` whose `problem`
 * says what is wrong with the cell (as a code; the dashboard words it). Pure.
 */

export class CellError extends Error {
  constructor(readonly problem: CsvRowProblem) {
    super(problem.code);
    this.name = 'CellError';
  }
}

/** Local midnight of a calendar day, or null when the day does not exist (31 February). */
function day(y: number, m: number, d: number): number | null {
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d
    ? date.getTime()
    : null;
}

/** Which comes first in a date like 03/04/2026: the day (3 April) or the month (4 March). */
export type DateOrder = 'dmy' | 'mdy';

/** 03/04/2026 or 03-04-2026: two numbers that may be a day and a month, then the year. */
export const SLASHED_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
/** 31.03.2026: written day first wherever it is written. */
export const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A date as spreadsheets and trackers write it: 2026-03-31 (local day), an ISO time
 * (2026-03-31T09:30:00Z), 31.03.2026 (day first), 03/31/2026 or 31/03/2026 (in `order`, month
 * first unless told otherwise, as the US trackers write it; a first number that cannot be a month
 * or a second that cannot be one is read the only way it can be), or "Mar 31, 2026".
 */
export function readDate(cell: string, order: DateOrder = 'mdy'): number {
  const s = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dotted = DOTTED_DATE.exec(s);
  const slashed = SLASHED_DATE.exec(s);
  let ms: number | null = null;
  if (iso) ms = day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dotted) ms = day(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  else if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    const dayFirst = a > 12 || (b <= 12 && order === 'dmy');
    ms = dayFirst ? day(y, b, a) : day(y, a, b);
  } else if (/\d{4}/.test(s) && s.length <= 40) {
    const parsed = Date.parse(s);
    ms = Number.isNaN(parsed) ? null : parsed;
  }
  if (ms === null) {
    throw new CellError({ code: 'badDate', cell: s });
  }
  return ms;
}

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  $: 'USD',
  '¥': 'JPY',
  '₹': 'INR',
};

let currencies: Set<string> | null = null;
function isCurrency(code: string): boolean {
  currencies ??= new Set(
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
  );
  return currencies.size === 0 ? /^[A-Z]{3}$/.test(code) : currencies.has(code);
}

/** The currency a cell names: an ISO code (EUR, CAD) or a symbol; "C$"/"CA$" stay unknown. */
export function readCurrency(cell: string): string | null {
  // Codes as written (upper case): "all" or "top" in a sentence are words, not ALL or TOP.
  for (const m of cell.matchAll(/\b[A-Z]{3}\b/g)) {
    if (isCurrency(m[0])) return m[0];
  }
  const symbol = /(^|[^A-Za-z])([€£$¥₹])/.exec(cell);
  return symbol ? (SYMBOLS[symbol[2] as string] ?? null) : null;
}

const PERIODS: readonly [SalaryPeriod, RegExp][] = [
  ['hour', /\b(?:hour|hourly|hr|h|stunde|heure)\b/],
  ['day', /\b(?:day|daily|jour|tag)\b/],
  ['week', /\b(?:week|weekly|wk)\b/],
  ['month', /\b(?:month|monthly|mo|monat|mois)\b/],
  ['year', /\b(?:year|yearly|annual|annually|annum|yr|pa|jahr|an)\b/],
];

export function readPeriod(cell: string): SalaryPeriod | null {
  const words = plainWords(cell);
  return PERIODS.find(([, cue]) => cue.test(words))?.[0] ?? null;
}

/**
 * A number as written in a salary: "72,000", "72.000", "72 000" is not split, "18.50", "85k".
 * The last separator is a decimal mark only when one or two digits follow it.
 */
export function readAmount(raw: string): number | null {
  const m = /^(\d[\d.,'’\u00a0\u202f]{0,20})\s?([kK])?$/.exec(raw.trim());
  if (!m) return null;
  let digits = (m[1] as string).replace(/[.,'’\u00a0\u202f]+$/, '');
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  let fraction = '';
  if (decimal) {
    fraction = `.${decimal[1]}`;
    digits = digits.slice(0, decimal.index);
  }
  const whole = digits.replace(/[.,'’\u00a0\u202f]/g, '');
  if (!/^\d{1,12}$/.test(whole)) return null;
  const value = Number(`${whole}${fraction}`);
  return m[2] ? value * 1000 : value;
}

const AMOUNT = /\d[\d.,'’\u00a0\u202f]{0,20}(?:\s?[kK]\b)?/g;

/**
 * A salary as trackers write it: "50000–65000 EUR per year" (Reqlens), "from 50000",
 * "up to 4200 per month", "$120,000 - $150,000", "85k EUR", or a single number (Huntr).
 * Returns null for an empty cell.
 */
export function readSalary(cell: string): Salary | null {
  const s = cell.trim();
  if (s === '') return null;
  const amounts = [...s.matchAll(AMOUNT)].map((m) => readAmount(m[0]));
  const numbers = amounts.filter((n): n is number => n !== null);
  if (numbers.length === 0 || numbers.length > 2 || numbers.length !== amounts.length) {
    throw new CellError({ code: 'badSalary', cell: s });
  }
  const words = plainWords(s);
  let min: number | null = numbers[0] ?? null;
  let max: number | null = numbers[1] ?? (numbers.length === 1 ? min : null);
  if (numbers.length === 1 && /\b(?:up to|max|maximum|bis|jusqu)\b/.test(words)) min = null;
  else if (numbers.length === 1 && /\b(?:from|min|minimum|ab|des|at least)\b/.test(words))
    max = null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return { min, max, currency: readCurrency(s), period: readPeriod(s.replace(AMOUNT, ' ')) };
}

/** An http(s) address; a bare "www.example.com/jobs/1" gets https:// in front. */
export function readUrl(cell: string): string {
  const s = cell.trim();
  const withScheme = /^[\w-]{1,63}(\.[\w-]{1,63}){1,10}(\/|$)/.test(s) ? `https://${s}` : s;
  try {
    const u = new URL(withScheme);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // Not an address at all: said below, in the same words as a wrong scheme.
  }
  throw new CellError({ code: 'badUrl', cell: s });
}

/** The dates of a cell of "2026-03-24 Phone screen" lines (Reqlens' own interviews column). */
export const interviewDates = (cell: string): string[] =>
  cell.split(/\r?\n/).flatMap((line) => /^\s*(\S{6,30})\s/.exec(line)?.[1] ?? []);

/** The interviews of a cell of "2026-03-24 Phone screen" lines, dates read in `order`. */
export function readInterviews(cell: string, order: DateOrder = 'mdy'): Interview[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(\S{6,30})\s{1,10}(.{1,500})$/.exec(line);
      if (!m) throw new CellError({ code: 'badInterview', cell: line });
      return { at: readDate(m[1] as string, order), label: (m[2] as string).trim(), place: null };
    });
}
