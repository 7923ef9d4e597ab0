import { type DateOrder, DOTTED_DATE, interviewDates, readDate, SLASHED_DATE } from './csv-cells';
import type { CsvMapping, CsvTarget } from './csv-mapping';
import type { CsvTable } from './csv-read';

/**
 * Which way a file writes its dates. 03/04/2026 is 3 April in most of the world and March 4 in
 * the US, so each date column is read one way for all its rows, decided from all of them: a first
 * number above 12 (25/03/2026) means day first, a second one above 12 (03/25/2026) month first.
 * A column that never says (or says both) follows the file's other dates (other columns, dates
 * written 31.03.2026), and when the file never says either, the browser's language. The preview
 * shows each column's reading and why, so the user sees it before anything is saved. Pure.
 */

export const DATE_TARGETS: readonly CsvTarget[] = [
  'statusChanged',
  'savedAt',
  'appliedAt',
  'deadline',
  'interviews',
];

/** A cell that shows the order: the row it is on and its column's header. */
export interface DateClue {
  line: number;
  header: string;
  cell: string;
}

/** How one date column is read, and why. */
export interface DateReading {
  column: number;
  header: string;
  order: DateOrder;
  /** The user chose, or this column's own dates decided, or the file's others, or the browser's language. */
  basis: 'user' | 'column' | 'file' | 'locale';
  /** The cell that decided (for `column` and `file`). */
  clue: DateClue | null;
  /** The language the order was taken from (for `locale`). */
  locale: string | null;
  /** The column's first date that could be read either way, and the day it is read as. */
  example: { line: number; cell: string; at: number };
}

/** The order the browser's language writes dates in: en-US month first, en-GB and de day first. */
export function localeOrder(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).formatToParts(new Date(2026, 2, 31));
    const dayAt = parts.findIndex((p) => p.type === 'day');
    const monthAt = parts.findIndex((p) => p.type === 'month');
    return dayAt >= 0 && monthAt >= 0 && dayAt < monthAt ? 'dmy' : 'mdy';
  } catch {
    return 'mdy';
  }
}

/** What a date cell says of the order: day first, month first, nothing, or that it is ambiguous. */
function orderOf(date: string): DateOrder | 'either' | null {
  const s = date.trim();
  if (DOTTED_DATE.test(s)) return 'dmy';
  const m = SLASHED_DATE.exec(s);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return a <= 12 && b <= 12 && a !== b ? 'either' : null;
}

interface ColumnDates {
  column: number;
  header: string;
  clues: Record<DateOrder, DateClue | null>;
  ambiguous: { line: number; cell: string } | null;
}

/** Every column's date cells, as what they say of the order (the first cell of each kind). */
function scan(table: CsvTable, mapping: CsvMapping): ColumnDates[] {
  return table.header.map((header, column) => {
    const target = mapping[column] ?? 'ignore';
    const found: ColumnDates = { column, header, clues: { dmy: null, mdy: null }, ambiguous: null };
    for (const row of table.rows) {
      const cell = row.cells[column] ?? '';
      const dates = target === 'interviews' ? interviewDates(cell) : [cell];
      for (const date of dates) {
        const said = orderOf(date);
        if (said === 'either') found.ambiguous ??= { line: row.line, cell: date.trim() };
        else if (said) found.clues[said] ??= { line: row.line, header, cell: date.trim() };
      }
    }
    return found;
  });
}

/** The one order some clues agree on, with its first clue; null when they say none or both. */
function decided(clues: Record<DateOrder, DateClue | null>[]): [DateOrder, DateClue] | null {
  const dmy = clues.find((c) => c.dmy)?.dmy;
  const mdy = clues.find((c) => c.mdy)?.mdy;
  if (dmy && !mdy) return ['dmy', dmy];
  if (mdy && !dmy) return ['mdy', mdy];
  return null;
}

/**
 * How each mapped date column with a date that could be read either way is read. Columns whose
 * dates are all unambiguous (ISO dates, 25/03/2026) need no reading and are not listed.
 */
export function readDateOrders(
  table: CsvTable,
  mapping: CsvMapping,
  locale: string,
  chosen: Readonly<Record<number, DateOrder>> = {},
): DateReading[] {
  const columns = scan(table, mapping);
  return columns.flatMap((c): DateReading[] => {
    const target = mapping[c.column] ?? 'ignore';
    if (!DATE_TARGETS.includes(target) || !c.ambiguous) return [];
    const user = chosen[c.column];
    const own = decided([c.clues]);
    const others = own ? null : decided(columns.filter((o) => o !== c).map((o) => o.clues));
    const [order, clue] = user ? [user, null] : (own ?? others ?? [localeOrder(locale), null]);
    const basis = user ? 'user' : own ? 'column' : others ? 'file' : 'locale';
    const { line, cell } = c.ambiguous;
    return [
      {
        column: c.column,
        header: c.header,
        order,
        basis,
        clue,
        locale: basis === 'locale' ? locale : null,
        example: { line, cell, at: readDate(cell, order) },
      },
    ];
  });
}

/** The order to read each column's dates in, by column. */
export function ordersByColumn(readings: readonly DateReading[]): Map<number, DateOrder> {
  return new Map(readings.map((r) => [r.column, r.order]));
}
