import { describe, expect, it } from 'vitest';
import { readDate } from './csv-cells';
import { localeOrder, ordersByColumn, readDateOrders } from './csv-dates';
import type { CsvMapping } from './csv-mapping';
import type { CsvTable } from './csv-read';
import { readCsvJobs } from './csv-rows';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

/** A table from rows of cells; the header is line 1. */
function table(header: string[], ...rows: string[][]): CsvTable {
  return { header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), broken: [] };
}

const HEADER = ['Role', 'Applied', 'Deadline'];
const MAPPING: CsvMapping = ['title', 'appliedAt', 'deadline'];

describe('readDate in a given order', () => {
  it('reads an ambiguous date the way it is told, an unambiguous one the only way it can', () => {
    expect(readDate('03/04/2025', 'dmy')).toBe(local(2025, 4, 3));
    expect(readDate('03/04/2025', 'mdy')).toBe(local(2025, 3, 4));
    expect(readDate('03/04/2025')).toBe(local(2025, 3, 4));
    expect(readDate('25/04/2025', 'mdy')).toBe(local(2025, 4, 25));
    expect(readDate('04/25/2025', 'dmy')).toBe(local(2025, 4, 25));
    expect(readDate('07.08.2025', 'mdy')).toBe(local(2025, 8, 7));
  });
});

describe('localeOrder', () => {
  it('follows how the language writes dates', () => {
    expect(localeOrder('en-US')).toBe('mdy');
    expect(localeOrder('en-GB')).toBe('dmy');
    expect(localeOrder('de-DE')).toBe('dmy');
    expect(localeOrder('fr-CA')).toBe('mdy'); // 2026-03-31: the month before the day
    expect(localeOrder('not a locale!')).toBe('mdy');
  });
});

describe('readDateOrders', () => {
  it('reads a column day first when any first number is above 12', () => {
    const t = table(HEADER, ['Welder', '03/04/2025', ''], ['Baker', '19/04/2025', '']);
    const [applied, ...rest] = readDateOrders(t, MAPPING, 'en-US');
    expect(rest).toEqual([]);
    expect(applied).toMatchObject({
      column: 1,
      header: 'Applied',
      order: 'dmy',
      basis: 'column',
      clue: { line: 3, cell: '19/04/2025' },
      example: { line: 2, cell: '03/04/2025', at: local(2025, 4, 3) },
    });
  });

  it('reads a column month first when any second number is above 12, whatever the language', () => {
    const t = table(HEADER, ['Welder', '03/04/2025', ''], ['Baker', '04/30/2025', '']);
    expect(readDateOrders(t, MAPPING, 'de-DE')[0]).toMatchObject({
      order: 'mdy',
      basis: 'column',
      example: { at: local(2025, 3, 4) },
    });
  });

  it('takes an undecided column from the file’s other dates', () => {
    const t = table(
      ['Role', 'Applied', 'Deadline', 'Interview'],
      ['Welder', '03/04/2025', '02/05/2025', '21/05/2025'],
    );
    const readings = readDateOrders(t, ['title', 'appliedAt', 'deadline', 'ignore'], 'en-US');
    expect(readings.map((r) => [r.header, r.order, r.basis, r.clue?.header])).toEqual([
      ['Applied', 'dmy', 'file', 'Interview'],
      ['Deadline', 'dmy', 'file', 'Interview'],
    ]);
  });

  it('counts dates written with dots as day first', () => {
    const t = table(HEADER, ['Welder', '03/04/2025', '15.06.2025']);
    expect(readDateOrders(t, MAPPING, 'en-US')[0]).toMatchObject({ order: 'dmy', basis: 'file' });
  });

  it('falls back on the browser’s language when nothing in the file says', () => {
    const t = table(HEADER, ['Welder', '03/04/2025', ''], ['Baker', '2025-05-01', '']);
    expect(readDateOrders(t, MAPPING, 'en-GB')[0]).toMatchObject({
      order: 'dmy',
      basis: 'locale',
      locale: 'en-GB',
      clue: null,
    });
    expect(readDateOrders(t, MAPPING, 'en-US')[0]).toMatchObject({ order: 'mdy', basis: 'locale' });
  });

  it('falls back when the clues disagree, in the column and in the file', () => {
    const rows = [
      ['Welder', '03/04/2025', '20/01/2025'],
      ['Baker', '04/30/2025', ''],
      ['Cook', '25/01/2025', ''],
    ];
    // The column says both; the file's other column says day first.
    expect(readDateOrders(table(HEADER, ...rows), MAPPING, 'en-US')[0]).toMatchObject({
      order: 'dmy',
      basis: 'file',
      clue: { header: 'Deadline', line: 2 },
    });
    // And when the other column says both too, the language decides.
    const both = table(HEADER, ...rows, ['Tailor', '', '01/20/2025']);
    expect(readDateOrders(both, MAPPING, 'en-US')[0]).toMatchObject({
      order: 'mdy',
      basis: 'locale',
    });
  });

  it('lets the user decide a column', () => {
    const t = table(HEADER, ['Welder', '03/04/2025', ''], ['Baker', '19/04/2025', '']);
    expect(readDateOrders(t, MAPPING, 'en-US', { 1: 'mdy' })[0]).toMatchObject({
      order: 'mdy',
      basis: 'user',
      example: { at: local(2025, 3, 4) },
    });
  });

  it('lists no column whose dates read only one way, and no column that is not a date', () => {
    const t = table(
      ['Role', 'Applied', 'Notes'],
      ['Welder', '2025-04-03', '03/04/2025'],
      ['Baker', '19/04/2025', ''],
    );
    expect(readDateOrders(t, ['title', 'appliedAt', 'notes'], 'en-US')).toEqual([]);
  });

  it('reads the dates of an interviews column', () => {
    const t = table(
      ['Role', 'Interviews'],
      ['Welder', '03/04/2025 Phone screen\n28/04/2025 Workshop visit'],
    );
    const mapping: CsvMapping = ['title', 'interviews'];
    const readings = readDateOrders(t, mapping, 'en-US');
    expect(readings[0]).toMatchObject({ order: 'dmy', basis: 'column' });
    const { jobs } = readCsvJobs(t, mapping, ordersByColumn(readings));
    expect(jobs[0]?.interviews?.map((i) => i.at)).toEqual([local(2025, 4, 3), local(2025, 4, 28)]);
  });

  it('gives readCsvJobs the order of every row of the column', () => {
    const t = table(
      HEADER,
      ['Soudeur', '03/04/2025', '05/06/2025'],
      ['Boulanger', '13/04/2025', ''],
    );
    const { jobs } = readCsvJobs(t, MAPPING, ordersByColumn(readDateOrders(t, MAPPING, 'en-US')));
    expect(jobs.map((j) => [j.appliedAt, j.deadline])).toEqual([
      [local(2025, 4, 3), local(2025, 6, 5)],
      [local(2025, 4, 13), undefined],
    ]);
  });
});
