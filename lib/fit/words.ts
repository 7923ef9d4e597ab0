import type { SalaryPeriod } from '../schema';

/** Wording shared by the comparisons, so every reason reads the same way. */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "French" for "fr"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/** Countries whose English name takes "the". */
const WITH_THE = new Set(['US', 'GB', 'NL', 'AE', 'PH', 'CZ', 'BS', 'GM', 'EU']);

/** "Ireland" for "IE", "the United States" for "US": always read after "in". */
export function countryName(code: string): string {
  const name = regionNames.of(code) ?? code;
  return WITH_THE.has(code) ? `the ${name}` : name;
}

export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** "1 year", "2.5 years". */
export function years(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'year' : 'years'}`;
}

const PER: Record<SalaryPeriod, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};

export function perPeriod(period: SalaryPeriod): string {
  return PER[period];
}

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
