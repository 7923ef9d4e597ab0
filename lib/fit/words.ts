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

/**
 * How a reason's opening is made a sentence's: each comparison writes "asks …; you …" or "hybrid;
 * you accept …" for brevity, and every reason leaves fit through `sentence`.
 */
const OPENERS: readonly [RegExp, string][] = [
  [/^asks some /, 'It asks for some '],
  [/^asks /, 'It asks for '],
  [/^pays /, 'It pays '],
  [/^(fully remote|remote|hybrid|onsite|on-site)\b/, 'It is $1'],
  [
    /^(full-time|part-time|contract|temporary|an internship|an apprenticeship|volunteer|per diem);/,
    'It is $1;',
  ],
  [/^in /, 'It is in '],
  [/^names /, 'It names '],
  [/^does not say /, 'It does not say '],
  [/^offers /, 'It offers '],
];

/**
 * A reason as a complete, plain sentence: "asks B2 English; you have A2 (basic)" reads "It asks for
 * B2 English; you have A2 (basic)." Stray punctuation a posting's field left ("Tableau,;") goes.
 */
export function sentence(reason: string): string {
  let text = reason
    .trim()
    .replace(/\s*[,;:]+\s*;/g, ';')
    .replace(/[\s,;:]+(?=[.!?]?$)/, '');
  for (const [opener, replacement] of OPENERS) {
    if (opener.test(text)) {
      text = text.replace(opener, replacement);
      break;
    }
  }
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
