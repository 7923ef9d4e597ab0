import type { SalaryPeriod } from '../../schema';
import { alternation } from '../lexicon/build';
import { gated, warmLater } from '../pipeline/gate';
import { LETTER } from './salary-notation';

/**
 * How often an amount is paid: as the posting writes it next to the figure ("€12/h", "per annum",
 * "Horaire de 12 €"), as the lines before it announce it ("the hourly base pay rate stated below"),
 * or by the one reading a figure's size allows where it is paid ("R 25 000" is monthly pay in South
 * Africa, "€58k" yearly pay anywhere).
 */

const PERIODS: readonly SalaryPeriod[] = ['hour', 'day', 'week', 'month', 'year'];

const TIME_UNIT = alternation((l) => l.salary.timeUnits);
/** "3 days a week", "40 Stunden pro Woche", "2 days/wk": working time, not a pay period. */
const WORKING_TIME = gated(new RegExp(`(?<![${LETTER}])(?:${TIME_UNIT})[\\s.]{0,2}$`, 'i'));

const GROSS = alternation((l) => l.salary.grossNet);
/** Between a figure and its short period form: a currency, "gross", a closing mark. */
const FILLER = new RegExp(
  `^[\\s*)_]{0,3}(?:(?:[€£$₹]|[A-Z]{3}|euros?)[\\s*)_]{0,3})?(?:(?:${GROSS})[\\s*)_]{0,3})?`,
  'i',
);

/** Every short period form in one pattern, one named group per period. */
const SUFFIX = new RegExp(
  `^(?:${PERIODS.map(
    (period) =>
      `(?<${period}>${alternation((l) => l.salary.periodSuffixes[period]).replace(/\//g, '/\\s{0,2}')})`,
  ).join('|')})(?![${LETTER}])`,
  'i',
);

interface PeriodPattern {
  period: SalaryPeriod;
  /** The period as a word anywhere near the figure. */
  word: RegExp;
  /**
   * The same pattern without `g`, behind the cheap first look (pipeline/gate.ts): a text it does
   * not match has no match for `word` either, so the scan with `word` (a lookbehind at every
   * position) is skipped. `word` is run by exec loops, never `matchAll` (a copy per call).
   */
  any: RegExp;
}

const PATTERNS: readonly PeriodPattern[] = PERIODS.map((period) => {
  const source = `(?<![${LETTER}\\d'])(?<![${LETTER}]-)(?:${alternation((l) => l.salary.periods[period])})(?![${LETTER}])`;
  return { period, word: gated(new RegExp(source, 'gi')), any: gated(new RegExp(source, 'i')) };
});

function suffixPeriod(tail: string): SalaryPeriod | null {
  const filler = FILLER.exec(tail)?.[0].length ?? 0;
  const groups = SUFFIX.exec(tail.slice(filler))?.groups;
  if (!groups) return null;
  return PERIODS.find((period) => groups[period] !== undefined) ?? null;
}

/** A second sum after the figure: a currency sign or code, then its figure. */
const NEXT_SUM = /(?:[€£$₹]|\b[A-Z]{3}\b)\s?\d/;

/** Bounds of the text around a figure where its period may be written. */
const BEFORE = 40;
const AFTER = 60;

/**
 * The period written nearest the amount: "$58,000 per year plus commission, paid monthly" is
 * yearly. A short form counts only right after the figure; a word preceded by working time
 * ("2 days a week") is not a pay period.
 */
export function writtenPeriod(text: string, start: number, end: number): SalaryPeriod | null {
  const suffix = suffixPeriod(text.slice(end, end + 24));
  if (suffix) return suffix;
  const from = Math.max(0, start - BEFORE);
  // "R$ 1.582,90 + vale R$ 23,00 por dia": a period after the next sum is that sum's.
  const after = text.slice(end, Math.min(text.length, end + AFTER));
  const next = NEXT_SUM.exec(after)?.index ?? after.length;
  const around = text.slice(from, end + next);
  let best: SalaryPeriod | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of PATTERNS) {
    if (!p.any.test(around)) continue;
    p.word.lastIndex = 0;
    for (let m = p.word.exec(around); m !== null; m = p.word.exec(around)) {
      const at = from + m.index;
      if (WORKING_TIME.test(text.slice(Math.max(0, at - 12), at))) continue;
      const distance = at >= end ? at - end : at + m[0].length <= start ? start - at : 0;
      if (distance < bestDistance) [best, bestDistance] = [p.period, distance];
    }
  }
  return best;
}

const PAY = new RegExp(
  `^[\\s${LETTER}-]{0,32}?(?<![${LETTER}])(?:${alternation((l) => l.salary.pay)}|range)(?![${LETTER}])`,
  'i',
);

/**
 * A period the lines just before a figure announce for it, said of the pay within a few words:
 * "…the hourly base pay rate stated below:", "Annual salary range".
 */
export function announcedPeriod(context: string): SalaryPeriod | null {
  for (const p of PATTERNS) {
    if (!p.any.test(context)) continue;
    p.word.lastIndex = 0;
    for (let m = p.word.exec(context); m !== null; m = p.word.exec(context)) {
      const after = m.index + m[0].length;
      if (PAY.test(context.slice(after, after + 40))) return p.period;
    }
  }
  return null;
}

/**
 * How pay is quoted where a currency is used, to read a figure with no period written. A figure
 * inside `month` is monthly pay there (no yearly pay is that small); one from `year` up is
 * yearly. Between the two, and anywhere no convention is listed, the period stays unknown.
 */
interface Convention {
  month: readonly [number, number] | null;
  year: number;
}

const CONVENTIONS: Readonly<Record<string, Convention>> = {
  USD: { month: null, year: 20_000 },
  CAD: { month: null, year: 20_000 },
  AUD: { month: null, year: 20_000 },
  NZD: { month: null, year: 20_000 },
  GBP: { month: null, year: 15_000 },
  EUR: { month: [700, 12_000], year: 15_000 },
  CHF: { month: [2_000, 15_000], year: 30_000 },
  BRL: { month: [500, 100_000], year: 250_000 },
  ZAR: { month: [3_000, 150_000], year: 180_000 },
  SGD: { month: [800, 20_000], year: 30_000 },
  HKD: { month: [8_000, 150_000], year: 200_000 },
  MXN: { month: [3_000, 150_000], year: 250_000 },
  // Chile, Colombia and Peru quote pay by the month ("$1.200.000 líquidos", "S/ 3,500 mensuales").
  CLP: { month: [150_000, 10_000_000], year: 40_000_000 },
  COP: { month: [800_000, 40_000_000], year: 150_000_000 },
  PEN: { month: [900, 40_000], year: 100_000 },
  INR: { month: null, year: 200_000 },
  PLN: { month: [2_000, 40_000], year: 60_000 },
  SEK: { month: [15_000, 120_000], year: 200_000 },
  NOK: { month: [15_000, 120_000], year: 200_000 },
  DKK: { month: [15_000, 100_000], year: 200_000 },
  JPY: { month: [150_000, 2_000_000], year: 2_500_000 },
  // The Gulf quotes pay by the month ("AED 15,000", "SAR 12,000").
  AED: { month: [2_000, 150_000], year: 200_000 },
  SAR: { month: [2_000, 150_000], year: 200_000 },
  QAR: { month: [2_000, 150_000], year: 200_000 },
  // The Philippines quotes pay by the month ("PHP 40,000 - PHP 60,000", "₱18,000").
  PHP: { month: [5_000, 500_000], year: 1_000_000 },
  // Kenya, Nigeria and Ghana quote pay by the month too ("KSh 45,000 - 60,000", "₦250,000").
  KES: { month: [8_000, 2_000_000], year: 3_000_000 },
  NGN: { month: [30_000, 15_000_000], year: 20_000_000 },
  GHS: { month: [500, 100_000], year: 150_000 },
  // Tanzanian and Ugandan shillings (about 2,500 and 3,700 to the dollar), quoted by the month.
  TZS: { month: [100_000, 30_000_000], year: 40_000_000 },
  UGX: { month: [150_000, 40_000_000], year: 50_000_000 },
};
/** No currency known: only a figure written in thousands ("80k") or of yearly size is read. */
const UNKNOWN: Convention = { month: null, year: 20_000 };

/**
 * Where a range of two figures with no period written can only be an hourly rate: no monthly or
 * yearly pay is that small, and day rates run higher ("$50.43 - $62.68" on a US nurse's posting,
 * "Salary: $34.43 - $45.44" on a Toronto trade's record). Bounds in the currency's units.
 */
const HOURLY: Readonly<Record<string, readonly [number, number]>> = {
  USD: [7, 150],
  CAD: [10, 150],
  AUD: [15, 150],
  NZD: [15, 150],
  GBP: [6, 100],
  EUR: [9, 60],
  CHF: [18, 80],
  SGD: [8, 60],
};

/** 'hour' when both ends of a range lie within the currency's hourly band, else null. */
export function hourlyBySize(min: number, max: number, currency: string | null): 'hour' | null {
  const band = currency === null ? undefined : HOURLY[currency];
  return band && min >= band[0] && max <= band[1] && min < max ? 'hour' : null;
}

export function conventionalPeriod(
  max: number,
  currency: string | null,
  thousands: boolean,
): SalaryPeriod | null {
  const c = (currency && CONVENTIONS[currency]) || UNKNOWN;
  if (c.month && max >= c.month[0] && max <= c.month[1]) return 'month';
  if (max >= c.year || (thousands && max >= c.year * 0.75)) return 'year';
  return null;
}

/** About how many units of a currency buy what one euro or dollar does, to judge a figure's size. */
const SCALE: Readonly<Record<string, number>> = {
  BRL: 5,
  ZAR: 18,
  INR: 85,
  MXN: 18,
  CLP: 1_000,
  COP: 4_500,
  PEN: 4,
  JPY: 150,
  SEK: 10,
  NOK: 10,
  DKK: 7,
  PLN: 4,
  HKD: 8,
  CZK: 23,
  HUF: 360,
  RON: 4.6,
  AED: 3.7,
  SAR: 3.75,
  QAR: 3.64,
  PHP: 63,
  // Kenyan, Nigerian and Ghanaian pay runs lower than the exchange rate (about 140, 1,600 and
  // 15 to one): a minimum wage near KSh 15,000 or ₦70,000 a month is still pay.
  KES: 60,
  NGN: 300,
  GHS: 6,
  TZS: 1_000,
  UGX: 1_500,
  KWD: 0.31,
  BHD: 0.38,
  OMR: 0.38,
  // CFA francs are pegged to the euro (656 to one); dirham and dinar about 11 and 3.4 to one.
  XOF: 656,
  XAF: 656,
  MAD: 11,
  TND: 3.4,
};

/** Pay a person earns in one period, in euro-sized units: anything outside is not a salary. */
const RANGE: Readonly<Record<SalaryPeriod, readonly [number, number]>> = {
  // Brazil's and Mexico's hourly pay starts near two euros ("Bolsa: R$ 12,00/hora").
  hour: [2, 500],
  day: [25, 5_000],
  week: [100, 20_000],
  month: [200, 100_000],
  year: [2_000, 5_000_000],
};

export function plausible(
  min: number,
  max: number,
  period: SalaryPeriod | null,
  currency: string | null,
): boolean {
  if (min <= 0 || max < min || max > min * 10) return false;
  const scale = (currency && SCALE[currency]) || 1;
  if (!period) return max / scale >= 7 && max / scale <= 5_000_000;
  const [lo, hi] = RANGE[period];
  return max / scale >= lo && max / scale <= hi;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(WORKING_TIME, FILLER, SUFFIX, PATTERNS, PAY);
