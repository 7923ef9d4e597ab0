import { describe, expect, it } from 'vitest';
import { coveredMonths, dateRanges, monthsToYears } from './dates';

const NOW = new Date(2024, 5, 15); // June 2024

function months(line: string): number[] {
  return dateRanges(line, NOW).map((r) => r.end - r.start);
}

describe('dateRanges', () => {
  it.each([
    ['2018 – 2023', 60],
    ['Jan 2019 - Dec 2019', 12],
    ['Jan 2019 – Present', 66],
    ['03/2017 – 08/2020', 42],
    ['2019-01 – 2021-06', 30],
    ["janv. 2020 – aujourd'hui", 54],
    ['Sept. 2015 to Mar 2016', 7],
    ['März 2021 bis heute', 40],
    ['enero 2018 - junio 2019', 18],
    ['seit Mai 2022', 26],
    ['depuis 2023', 18],
    ['2020 – 2020', 6],
  ])('%s is %i months', (line, n) => {
    expect(months(line)).toEqual([n]);
  });

  it('finds the range inside a role line and leaves the title before it', () => {
    const line = 'Digital Marketing Manager 2018 – 2023';
    const [r] = dateRanges(line, NOW);
    expect(line.slice(0, r?.index).trim()).toBe('Digital Marketing Manager');
  });

  it('does not read "Marketing" as March', () => {
    const [r] = dateRanges('Marketing 2019 - 2020', NOW);
    expect(r?.end).toBe(2020 * 12);
    expect(r?.start).toBe(2019 * 12);
  });

  it('ignores single years, phone numbers and ranges in the future', () => {
    expect(months('Graduated 2016')).toEqual([]);
    expect(months('+33 6 12 34 56 78')).toEqual([]);
    expect(months('2030 - 2032')).toEqual([]);
  });
});

describe('coveredMonths', () => {
  it('counts overlapping jobs once', () => {
    const ranges = [...dateRanges('2016 – 2020', NOW), ...dateRanges('2019 – 2022', NOW)];
    expect(coveredMonths(ranges)).toBe(72);
    expect(monthsToYears(72)).toBe(6);
    expect(monthsToYears(29)).toBe(2.5);
  });

  it('adds separate jobs with a gap between them', () => {
    const ranges = [...dateRanges('2010 – 2012', NOW), ...dateRanges('2015 – 2016', NOW)];
    expect(coveredMonths(ranges)).toBe(36);
  });
});
