import { z } from 'zod';
import type { Salary, SalaryPeriod } from '../../schema';
import { alternation, LEXICONS } from '../lexicon/build';
import { gated, warmLater } from '../pipeline/gate';
import type { Sentence } from '../types';
import {
  CENTRAL_AFRICAN_FRANC,
  CURRENCY_OF,
  countryIn,
  DOLLAR_OF,
  postingCountry,
} from './salary-country';
import { type Amount, amountsIn, CODES, currencyNamed, LETTER } from './salary-notation';
import {
  announcedPeriod,
  conventionalPeriod,
  hourlyBySize,
  plausible,
  writtenPeriod,
} from './salary-period';

/**
 * Pay: JSON-LD `baseSalary` when the page gives a well-formed one, else the best-looking money
 * range in the text. A figure counts only with a currency or a pay word next to it, never when
 * it is revenue, funding, a budget or a bonus; an unfilled template ("$X - $Y") has no digits.
 * How amounts are written is `salary-notation.ts`, their period `salary-period.ts`, and which
 * currency a bare "$" is `salary-country.ts`; every word comes from the lexicons' salary section.
 */

const UNIT_PERIOD: Readonly<Record<string, SalaryPeriod>> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

const Num = z.union([z.number(), z.string().regex(/^\s{0,3}\d{1,12}(?:\.\d{1,4})?\s{0,3}$/)]);
const QuantitativeValue = z.object({
  value: Num.optional(),
  minValue: Num.optional(),
  maxValue: Num.optional(),
  unitText: z.string().optional(),
});
const MonetaryAmount = z.object({
  currency: z.string().optional(),
  value: z.union([QuantitativeValue, Num]).optional(),
  minValue: Num.optional(),
  maxValue: Num.optional(),
  unitText: z.string().optional(),
});

function toNumber(v: z.infer<typeof Num> | undefined): number | null {
  if (v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v.trim());
  return Number.isFinite(n) && n > 0 ? n : null;
}

function fromJsonLd(jsonLd: Record<string, unknown> | null | undefined): Salary | null {
  const parsed = MonetaryAmount.safeParse(jsonLd?.baseSalary ?? jsonLd?.estimatedSalary);
  if (!parsed.success) return null;
  const amount = parsed.data;
  const q = typeof amount.value === 'object' ? amount.value : null;
  const single = toNumber(typeof amount.value === 'object' ? amount.value.value : amount.value);
  let min = toNumber(q?.minValue ?? amount.minValue) ?? single;
  let max = toNumber(q?.maxValue ?? amount.maxValue) ?? single;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const code = amount.currency?.trim().toUpperCase() ?? '';
  const unit = (q?.unitText ?? amount.unitText ?? '').trim().toUpperCase();
  return {
    min,
    max,
    currency: /^[A-Z]{3}$/.test(code) ? code : null,
    period: UNIT_PERIOD[unit] ?? null,
  };
}

const PAY_WORDS = alternation((l) => l.salary.pay);
// "Base2 Tecnologia", "www.base2.com.br": a pay word glued to a digit is part of a name, not a pay word.
const PAY_WORD = gated(new RegExp(`(?<![${LETTER}])(?:${PAY_WORDS})(?![${LETTER}\\d])`, 'i'));
const PAY_WORD_ALL = new RegExp(PAY_WORD.source, 'gi');
/**
 * The same pattern behind the word-start look, for a sentence's own text (the index reads each
 * sentence once for every reader): a pay word starts a word and ends it.
 */
const PAY_WORD_IN_SENTENCE = gated(
  new RegExp(PAY_WORD.source, 'i'),
  LEXICONS.flatMap((l) => l.salary.pay),
  true,
);
const NOT_PAY_WORDS = alternation((l) => l.salary.notPay);
/** Money that is not pay ("revenue", "budget", "bonus"), written just before the figure… */
const NOT_PAY_BEFORE = gated(
  new RegExp(`(?<![${LETTER}])(?:${NOT_PAY_WORDS})(?![${LETTER}])`, 'i'),
);
/** …or within two words after it ("$1,000 learning budget", "£1,500 e-voucher"), unless joined. */
const NOT_PAY_AFTER = new RegExp(
  `^[\\s*)]{0,4}(?!(?:plus|and|und|et|y|e|en|\\+)\\s)(?:[${LETTER}]{1,15}[\\s-]{1,3}){0,2}(?:${NOT_PAY_WORDS})(?![${LETTER}])`,
  'i',
);
/** "$85 - $100/hour (CAD)": the code after a range names the dollar a bare "$" leaves open. */
const DOLLAR_CODE = /^[^.;\d]{0,20}?\(?\b(CAD|AUD|NZD|SGD|HKD|MXN|USD)\b/;
/** "Salary ranges for US locations (USD): $68,800": the code just before the figures. */
const DOLLAR_CODE_BEFORE = /\b(CAD|AUD|NZD|SGD|HKD|MXN|USD)\b\)?[\s:=-]{0,3}$/;
const RAL = /\bRAL\b/;
/** An open bracket not closed before the figure: "Driver (Up to ". */
const OPEN_BRACKET = /\([^()]{0,20}$/;
/** A job whose pay the law caps per month ("Minijob"): its figure with no period is that cap. */
const CAPPED_JOB = gated(
  new RegExp(`(?<![${LETTER}])(?:${alternation((l) => l.salary.cappedJobs)})(?![${LETTER}])`, 'i'),
  LEXICONS.flatMap((l) => l.salary.cappedJobs),
);
/**
 * Right after a figure, the words that make it such a cap, perhaps after its currency written
 * as a word: "auf 450€-Basis", "auf 520-Euro-Basis", "ein 556 €-Job".
 */
const CAP_AFTER = new RegExp(
  `^[\\s-]{0,2}(?:(${alternation((l) => Object.keys(l.salary.currencies))})[\\s-]{0,2})?` +
    `(?:${alternation((l) => l.salary.capAfter)})(?![${LETTER}])`,
  'i',
);

/** "experience is a bonus. Salary range: $110,000": a pay word nearer the figure outweighs "bonus". */
function afterLastPayWord(before: string): string {
  let cut = 0;
  // PAY_WORD is the same pattern without `g`: where it finds nothing, so would `matchAll`.
  if (!PAY_WORD.test(before)) return before;
  // An exec loop on the pattern itself: `matchAll` would copy it for every figure.
  PAY_WORD_ALL.lastIndex = 0;
  for (let m = PAY_WORD_ALL.exec(before); m !== null; m = PAY_WORD_ALL.exec(before)) {
    cut = m.index + m[0].length;
  }
  return before.slice(cut);
}

/**
 * A floor word right before the figure ("ab 2.200 €"), or before up to three pay words ("Minimaal
 * netto salaris van €2000", "a minimum salary of $40,000", "mindestens ein Gehalt von").
 */
const FROM_WORDS = alternation((l) => [...l.salary.grossNet, ...l.salary.pay, ...l.salary.payOf]);
const GROSS_WORDS = alternation((l) => l.salary.grossNet);
/**
 * "up to $150k" is a maximum, "from €40k" a minimum (the line before may end with the words); a
 * ceiling word may stand before pay words too ("Maximum Salary: 450000", "max. Gehalt 60.000 €").
 */
const UP_TO = gated(
  new RegExp(
    `(?<![${LETTER}])(?:${alternation((l) => l.salary.upTo)})(?:\\s(?:${FROM_WORDS})){0,3}[\\s*_:.]{0,6}$`,
    'i',
  ),
);
/** "33k€ brut minimum", "3.000 € und mehr": a floor word after a lone figure (gross or net between). */
const FROM_AFTER = new RegExp(
  `^\\s{0,2}(?:(?:${GROSS_WORDS})\\s{1,2}){0,2}(?:${alternation((l) => l.salary.fromAfter)})(?![${LETTER}])`,
  'i',
);
/** "Das Mindestentgelt ... beträgt", "Bereitschaft zur Überzahlung": the sentence's figure is a floor. */
const FLOOR_NOTE = new RegExp(
  `(?<![${LETTER}])(?:${alternation((l) => l.salary.floorNotes)})(?![${LETTER}])`,
  'i',
);
const FROM = gated(
  new RegExp(
    `(?<![${LETTER}])(?:${alternation((l) => l.salary.from)})(?:\\s(?:${FROM_WORDS})){0,3}[\\s*_:.]{0,6}$`,
    'i',
  ),
);

/**
 * What stands between the two figures of one range: "-", "to", "bis", "/month -> increase to",
 * and a French recruiter's slash ("60/65K€").
 */
const SUFFIXES = alternation((l) => Object.values(l.salary.periodSuffixes).flat());
const GROSS = alternation((l) => l.salary.grossNet);
const JOIN = alternation((l) => [...l.salary.rangeJoin, ...l.salary.risingTo]);
const PERIOD_WORDS = alternation((l) => Object.values(l.salary.periods).flat());
const RANGE_GAP = new RegExp(
  `^(?:\\s{0,2}(?:${SUFFIXES}))?(?:\\s{0,2}(?:${GROSS}))?,?\\s{0,3}` +
    `(?:(?:[-–—~→/]|->|(?<![${LETTER}])(?:${JOIN})(?![${LETTER}]))\\s{0,3}){1,2}$`,
  'i',
);
/**
 * A first figure with its period in words, the second with the same words: "CAD$136,000 per year
 * - CAD$151,500 per year", "2 000 € brut par mois - 2 400 € brut par mois". The period must be
 * repeated: "£12 per hour and £90 per day" is two rates, not a range.
 */
const PERIOD_GAP = new RegExp(
  `^(?:\\s{0,2}(?:${GROSS}))?\\s{0,2}(?<![${LETTER}])(${PERIOD_WORDS})(?![${LETTER}])(?:\\s{0,2}(?:${GROSS}))?,?\\s{0,3}` +
    `(?:(?:[-–—~→/]|->|(?<![${LETTER}])(?:${JOIN})(?![${LETTER}]))\\s{0,3}){1,2}$`,
  'i',
);
/** Right after the second figure, its period in words (gross or net before it). */
const PERIOD_AFTER = new RegExp(
  `^(?:\\s{0,2}(?:${GROSS}))?\\s{0,2}(?<![${LETTER}])(${PERIOD_WORDS})(?![${LETTER}])`,
  'i',
);

/** The two figures around `gap` are one range: a dash or a join, or the first one's period said again. */
function rangeGap(text: string, gap: string, second: Amount): boolean {
  if (RANGE_GAP.test(gap)) return true;
  const said = PERIOD_GAP.exec(gap)?.[1];
  if (said === undefined) return false;
  const again = PERIOD_AFTER.exec(text.slice(second.end, second.end + 40))?.[1];
  return again !== undefined && again.toLowerCase() === said.toLowerCase();
}
const STEP = alternation((l) => l.salary.stepAfter);
/**
 * A pay step between two figures: the start's period and a note in brackets, then a step word and a
 * few words of when ("after probation period", "after 12 weeks"), a dash or a range join around it.
 */
const STEP_GAP = new RegExp(
  `^(?:\\s{0,2}(?:${SUFFIXES}|${PERIOD_WORDS}))?(?:\\s{0,2}\\([^()]{1,50}\\))?,?\\s{0,3}(?:[-–—]\\s{0,3})?` +
    `(?<![${LETTER}])(?:${STEP})(?![${LETTER}])(?:\\s{1,2}[${LETTER}\\d]{1,15}){0,3}\\s{0,3}(?:[-–—:]\\s{0,3})?$`,
  'i',
);
const MAX_STEP_GAP = 60;
/**
 * The small patterns the readers below run per sentence or figure, built once here: a regex
 * literal inside a function is a new object on every call.
 */
const WORDS = /\p{L}{2,}/gu;
const LEADING_PLUS = /^\+/;
/** A line that opens with its figures ("Salary:" on the line before). */
const FIGURES_FIRST = /^[^\p{L}\d]{0,4}(?:(?:[A-Z]{3}|R\$|Rs\.?)\s{0,2}[^\p{L}\d]{0,2})?\d/u;
/** "Up to USD 2,400", "Até R$ 5.000": the line opens with a limit word, then its figures. */
const LIMIT_FIRST = new RegExp(
  `^[^${LETTER}\\d]{0,4}(?:${alternation((l) => [...l.salary.upTo, ...l.salary.from])})\\s{1,3}`,
  'i',
);

/** A line that opens with its figures, perhaps after a currency or a limit word. */
function figuresFirst(text: string): boolean {
  const limit = LIMIT_FIRST.exec(text);
  return FIGURES_FIRST.test(limit ? text.slice(limit[0].length) : text);
}
const FIRST_WORD = /^[^\p{L}]{0,5}(\p{L}{2,20})/u;
const DIGIT = /\d/;
const DIGIT_FIRST = /^\d/;
const MAX_GAP = 40;
const PAY_LINE = 80;

/** What the text around a sentence says about its figures. */
interface Context {
  /** The end of the line before, when the figure starts its own line ("…can earn up to"). */
  lead: string;
  /** A pay word in the sentence or its heading. */
  payWord: boolean;
  ral: boolean;
  /** The sentence names a job whose pay is capped per month ("Minijob", `cappedJobs`). */
  capped: boolean;
  /**
   * A period the lines before announce ("the hourly base pay rate stated below"), looked up only
   * when a figure has no period written beside it.
   */
  announced: () => SalaryPeriod | null;
  /** The posting's country, looked up only when a figure needs it. */
  country: () => string | null;
  /** The sentence is the text's first line, the title ("IGH Driver (Up to $6,000)"). */
  titleLine: boolean;
  /** The currency a record's own field names ("Currency: KSh"), looked up only when needed. */
  fieldCurrency: () => string | null;
}

/** A record's currency field: the label, then a sign, code or word alone ("Currency: KSh"). */
const CURRENCY_FIELD = new RegExp(
  `^[\\s•*-]{0,3}(?:${alternation((l) => l.salary.currencyLabels)})\\s{0,2}[:：]\\s{0,2}([^\\s\\d:]{1,12}(?:\\s[^\\s\\d:]{1,12})?)\\s{0,2}$`,
  'i',
);
/** How many lines a record's currency field is looked for in (records put it near the top). */
const CURRENCY_FIELD_LINES = 120;

function currencyField(sentences: readonly Sentence[]): string | null {
  const n = Math.min(sentences.length, CURRENCY_FIELD_LINES);
  for (let i = 0; i < n; i++) {
    const text = (sentences[i] as Sentence).text;
    if (text.length > 40) continue;
    const m = CURRENCY_FIELD.exec(text);
    const named = m ? currencyNamed(m[1] as string) : null;
    if (named) return named;
  }
  return null;
}

interface Candidate {
  salary: Salary;
  score: number;
  range: boolean;
}

function currencyOf(text: string, first: Amount, last: Amount, ctx: Context): string | null {
  const named = first.currency ?? last.currency;
  if (named) return named;
  // "Minimum Salary: 400000" … "Currency: KSh": the record names its currency on a line of its own.
  const field = ctx.fieldCurrency();
  if (field) return field;
  const shared = first.shared ?? last.shared;
  if (shared === '$') {
    const before = text.slice(Math.max(0, first.start - 100), first.start);
    const code =
      DOLLAR_CODE.exec(text.slice(last.end, last.end + 30))?.[1] ??
      DOLLAR_CODE_BEFORE.exec(before)?.[1];
    if (code) return code;
    // "For U.S.-based roles, … between $148,200 and $239,800": the sentence names its country.
    const here = countryIn(before);
    if (here) return DOLLAR_OF[here] ?? null;
    const country = ctx.country();
    return country ? (DOLLAR_OF[country] ?? null) : null;
  }
  if (shared === 'R') return ctx.country() === 'ZA' ? 'ZAR' : null;
  if (shared === 'CFA') return CENTRAL_AFRICAN_FRANC.has(ctx.country() ?? '') ? 'XAF' : 'XOF';
  return ctx.ral ? 'EUR' : null;
}

/** Both ends of a range: a multiplier written once applies to both ("$150-190k", "₹40–60L"). */
function bounds(first: Amount, second: Amount | null): [number, number] {
  if (!second) return [first.value, first.value];
  let min = first.value;
  if (second.mult > 1 && first.mult === 1 && min * second.mult <= second.value) {
    min *= second.mult;
  } else if (
    first.mult === 1 &&
    min < 100 &&
    second.value >= 10_000 &&
    min * 1000 <= second.value
  ) {
    // "£26-30,000"
    min *= 1000;
  }
  return [min, second.value];
}

/** A line that is all money: at most three words beside its figures ("Up to £45,000 DOE"). */
function fewWordsBeside(text: string): boolean {
  return (text.match(WORDS)?.length ?? 0) <= 3;
}

/**
 * A figure with no currency sign, code or word, in a sentence with no pay word and no "RAL": no
 * currency can be read for it (`currencyOf` gives null), so `candidate` would drop it unmarked.
 * Known before any of its patterns run ("mit 180 Mitarbeitenden", "3 Jahre Berufserfahrung").
 */
function plainFigure(ctx: Context, first: Amount, last: Amount): boolean {
  return (
    !ctx.payWord &&
    !ctx.ral &&
    !first.marked &&
    !last.marked &&
    first.currency === null &&
    last.currency === null &&
    first.shared === null &&
    last.shared === null
  );
}

/**
 * "auf 450€-Basis", "ein 520-Euro-Job": a lone figure said to be a job's legal monthly cap is
 * the most it pays a month (null when the words after the figure do not say so).
 */
function capOf(text: string, first: Amount): Candidate | null {
  const cap = CAP_AFTER.exec(text.slice(first.end, first.end + 24));
  if (!cap) return null;
  const currency = first.currency ?? (cap[1] ? currencyNamed(cap[1]) : null);
  if (currency === null || !plausible(first.value, first.value, 'month', currency)) return null;
  const salary = { min: null, max: first.value, currency, period: 'month' as const };
  return { salary, score: 3, range: false };
}

/**
 * Right after a figure, a unit of working time ("40 hour week", "40 Stunden", "5 days"): the one-letter
 * forms ("h", "j") are left out, a pay notation may use them.
 */
const WORKING_TIME_AFTER = new RegExp(
  `^[\\s-]{0,2}(?:${alternation((l) => l.salary.timeUnits.filter((w) => w.length > 1))})(?![${LETTER}])`,
  'i',
);

function candidate(text: string, ctx: Context, first: Amount, second: Amount | null) {
  const last = second ?? first;
  const cap = second ? null : capOf(text, first);
  if (cap) return cap;
  if (plainFigure(ctx, first, last)) return null;
  const lead = `${first.start < 30 ? ctx.lead : ''}${text.slice(Math.max(0, first.start - 30), first.start)}`;
  // On the title line, money in an open bracket is judged by the bracket's words alone: the
  // title's own words ("Prime Mover Driver") say nothing of the figure.
  const bracket = ctx.titleLine ? OPEN_BRACKET.exec(text.slice(0, first.start)) : null;
  const before = bracket
    ? bracket[0]
    : afterLastPayWord(text.slice(Math.max(0, first.start - 30), first.start));
  // "$10k+ monthly spend": a "+" on the figure is "or more", not "plus" joining another sum.
  const after = text.slice(last.end, last.end + 30).replace(LEADING_PLUS, '');
  if (NOT_PAY_BEFORE.test(before) || NOT_PAY_AFTER.test(after)) return null;

  const [min, max] = bounds(first, second);
  const currency = currencyOf(text, first, last, ctx);
  // "R 12 000" outside South Africa is no sign of money.
  const marked = currency !== null || [first, last].some((a) => a.marked && a.shared !== 'R');
  // "paid by the hour for a 40 hour week", "5 day week": an unmarked figure counting working time.
  if (!marked && WORKING_TIME_AFTER.test(after)) return null;
  const written = writtenPeriod(text, first.start, last.end);
  // An unmarked figure under 1,000 is pay only when a pay word and its own period say so: "Salary:
  // 550/day", "Pay: 18.50 per hour" (a day's or an hour's pay is small in any currency).
  const smallPay = written !== null && ctx.payWord;
  if (!marked && (!ctx.payWord || (max < 1000 && !smallPay))) return null;
  const thousands = first.mult > 1 || last.mult > 1;
  const country = currency ? null : ctx.country();
  const localCurrency = currency ?? (country ? (CURRENCY_OF[country] ?? null) : null);
  // A Minijob's figure with no period said is its monthly cap.
  const capped = !second && !written && ctx.capped;
  const period =
    written ??
    ctx.announced() ??
    (capped ? 'month' : conventionalPeriod(max, localCurrency, thousands));
  if (!marked && (period === null || (max < 1000 && !smallPay))) return null;
  // A lone figure needs more than a sign: a pay word, a period said, or a salary's size.
  // A short line with nothing but money on it ("Up to £45,000 DOE") is the pay line.
  const payLine = text.length <= PAY_LINE && period !== null && fewWordsBeside(text);
  // "IGH Driver (Up to $6,000)": money in brackets on the title line is the job's pay, as the title
  // reader takes it for (it drops such brackets from the title).
  const titlePay = bracket !== null && marked && period !== null;
  const lone = !ctx.payWord && !written && !payLine && !capped && !titlePay;
  if (!second && lone && !(thousands && period === 'year')) {
    return null;
  }
  if (!second && period === null && max < 1000) return null;
  // "$400.000 líquidos mensuales", "Renta líquida:" over "$480.000" with no country said: a figure
  // said to be monthly of that size is pay in a peso (Chile, Colombia, Argentina); the currency
  // stays unknown, the figure is kept.
  const said = written ?? ctx.announced();
  const peso = localCurrency === null && said === 'month' && plausible(min, max, period, 'CLP');
  if (!plausible(min, max, period, localCurrency) && !peso) return null;
  const score = (second ? 2 : 0) + (marked ? 2 : 0) + (period ? 1 : 0) + (ctx.payWord ? 1 : 0);
  if (second) {
    const hourly = period ?? hourlyBySize(min, max, localCurrency);
    return { salary: { min, max, currency, period: hourly }, score, range: true };
  }
  const salary = {
    min: UP_TO.test(lead) || (capped && period === 'month') ? null : min,
    max: FROM.test(lead) || FROM_AFTER.test(after) || FLOOR_NOTE.test(text) ? null : max,
    currency,
    period,
  };
  return { salary, score, range: false };
}

function fromSentence(text: string, ctx: Context): Candidate | null {
  const amounts = amountsIn(text);
  let best: Candidate | null = null;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!a) continue;
    const b = amounts[i + 1];
    const gap = b && b.start - a.end <= MAX_GAP ? text.slice(a.end, b.start) : null;
    let paired = b && gap !== null && rangeGap(text, gap, b) ? b : null;
    let skip = paired ? 1 : 0;
    // "R$ 1.615 após 3 meses R$ 1.880": a step word read as a range join pairs the pay with the
    // months count; no range of its own, so the step after it is looked for instead.
    const ranged = paired ? candidate(text, ctx, a, paired) : null;
    if (paired && !ranged && !paired.marked && paired.value < a.value) {
      paired = null;
      skip = 0;
    }
    // "£10.30 p/h, after probation period - £10.61", "£10.30 – after 12 weeks £10.61": a starting
    // rate and the rate it steps up to (the weeks between are no pay).
    if (!paired && a.marked) {
      const next = b && !b.marked ? amounts[i + 2] : b;
      if (next?.marked && next.currency === a.currency && next.value > a.value) {
        const between = next.start - a.end <= MAX_STEP_GAP ? text.slice(a.end, next.start) : null;
        if (between !== null && STEP_GAP.test(between)) {
          paired = next;
          skip = next === b ? 1 : 2;
        }
      }
    }
    const c = ranged && paired === b ? ranged : candidate(text, ctx, a, paired);
    if (c && (!best || c.score > best.score)) best = c;
    i += skip;
  }
  return best;
}

/**
 * Bounds on the work hostile text can cause (a megabyte of "$1,000 - $2,000"): a posting states
 * its pay in a handful of sentences, each with a few figures.
 */
const MAX_MONEY_SENTENCES = 200;
const MAX_SENTENCE = 4_000;
const BEST_SCORE = 6;
/** How far back the lines that announce a period may be (characters, sentences). */
const ANNOUNCE_SPAN = 400;
const ANNOUNCE_SENTENCES = 5;
/** Cheap first look without Unicode case folding (slow in V8): a digit near money or pay words. */
const TRIGGER = new RegExp(
  `[$€£¥₹]|\\bR\\s?\\d|\\bS\\/\\.?\\s?\\d|\\b(?:${CODES})\\b|${alternation((l) => [
    ...l.salary.pay,
    ...Object.keys(l.salary.currencies),
    ...Object.entries(l.salary.multipliers)
      .filter(([, n]) => n === 100_000)
      .map(([w]) => w),
  ])}`,
  'i',
);

const CUT_SIGN = /(?<![\p{L}])(Rs\.?|[$€£₹]|USD|EUR|GBP|INR)\s{0,2}\n$/u;

function contextOf(
  sentences: readonly Sentence[],
  i: number,
  country: () => string | null,
  fieldCurrency: () => string | null,
) {
  const s = sentences[i] as Sentence;
  const prev = sentences[i - 1];
  let announced: SalaryPeriod | null | undefined;
  const announcedOnce = () => {
    if (announced !== undefined) return announced;
    let announcing = s.heading ?? '';
    for (let j = i - 1; j >= Math.max(0, i - ANNOUNCE_SENTENCES); j--) {
      const p = sentences[j] as Sentence;
      if (p.end < s.start - ANNOUNCE_SPAN || p.heading !== s.heading) break;
      announcing += `\n${p.text}`;
    }
    announced = announcedPeriod(announcing);
    return announced;
  };
  const lead = prev && prev.end >= s.start - 3 ? `${prev.text.slice(-30)}\n` : '';
  // "Salary:" on one line, the figures on the next.
  const ledIn = figuresFirst(s.text) && PAY_WORD.test(lead);
  return {
    lead,
    payWord:
      PAY_WORD_IN_SENTENCE.test(s.text) ||
      ledIn ||
      (s.heading !== null && PAY_WORD.test(s.heading)),
    ral: RAL.test(s.text),
    capped: CAPPED_JOB.test(s.text) || (s.heading !== null && CAPPED_JOB.test(s.heading)),
    announced: announcedOnce,
    country,
    titleLine: i === 0 && !s.text.includes('\n'),
    fieldCurrency,
  };
}

/** A sentence's first word: parallel lines of pay bands start alike ("Level 3: …", "Level 4: …"). */
function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[1]?.toLowerCase() ?? '';
}

/**
 * Pay bands listed line by line ("Pleno – R$5 mil a R$9 mil", "Sênior – R$10 mil a R$15 mil", or a
 * rate a line: "Level 1: $22.50/hour", "Level 2: $24.50/hour") are one salary from the lowest to
 * the highest figure.
 */
function withBands(
  found: readonly (Candidate | null)[],
  at: number,
  sentences: readonly Sentence[],
) {
  const best = found[at] as Candidate;
  // "Barista/Level 1: $22.50/hour" / "Barista/Level 2: $24.50/hour": one rate a line, one per
  // level, are bands too (a floor or a ceiling alone is not).
  const single = !best.range && best.salary.min !== null && best.salary.min === best.salary.max;
  if (!best.range && !single) return best.salary;
  let { min, max } = best.salary;
  const word = firstWord((sentences[at] as Sentence).text);
  for (const step of [-1, 1]) {
    for (let j = at + step; j >= 0 && j < found.length; j += step) {
      const c = found[j];
      const s = sentences[j] as Sentence;
      const alike = single ? c?.range === false && c.salary.min === c.salary.max : c?.range;
      if (!c || !alike || c.score !== best.score || firstWord(s.text) !== word || !word) break;
      if (c.salary.currency !== best.salary.currency || c.salary.period !== best.salary.period)
        break;
      min = Math.min(min ?? Number.POSITIVE_INFINITY, c.salary.min ?? Number.POSITIVE_INFINITY);
      max = Math.max(max ?? 0, c.salary.max ?? 0);
    }
  }
  return { ...best.salary, min, max };
}

export function extractSalary(
  sentences: Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
  places: readonly string[] = [],
): Salary | null {
  const structured = fromJsonLd(jsonLd);
  if (structured) return structured;
  let country: string | null | undefined;
  const countryOnce = () => {
    if (country === undefined) country = postingCountry(sentences, jsonLd, places);
    return country;
  };
  let field: string | null | undefined;
  const fieldOnce = () => {
    if (field === undefined) field = currencyField(sentences);
    return field;
  };
  const found: (Candidate | null)[] = [];
  let bestAt = -1;
  let examined = 0;
  for (let i = 0; i < sentences.length; i++) {
    // A sentence states its pay near its start; a megabyte without a full stop is not read whole.
    const text = (sentences[i] as Sentence).text.slice(0, MAX_SENTENCE);
    found.push(null);
    if (!DIGIT.test(text)) continue;
    // A line of figures alone is read when the line before names the money or the pay.
    const prev = sentences[i - 1];
    const ledIn = prev !== undefined && figuresFirst(text);
    if (!TRIGGER.test(text) && !(ledIn && TRIGGER.test(prev.text.slice(-30)))) continue;
    if (++examined > MAX_MONEY_SENTENCES) break;
    const ctx = contextOf(sentences, i, countryOnce, fieldOnce);
    // "Salary: Rs." / "4,50,000 - 6,00,000": a sign cut off at the end of the line before.
    const sign = DIGIT_FIRST.test(text) ? CUT_SIGN.exec(ctx.lead)?.[1] : undefined;
    const c = fromSentence(sign ? `${sign} ${text}` : text, ctx);
    found[i] = c;
    const best = found[bestAt];
    if (c && (!best || c.score > best.score)) bestAt = i;
    // The best a sentence can score, and the line after it (a second pay band) read too.
    if (bestAt >= 0 && bestAt < i && (found[bestAt] as Candidate).score >= BEST_SCORE) break;
  }
  return bestAt >= 0 ? withCeiling(found, bestAt, sentences) : null;
}

/** A record's field line: short, label first ("Minimum Salary: 400000", "Salary max: 32.58"). */
const FIELD_LINE = 60;

/**
 * A floor and a ceiling on two lines of their own next to each other ("Minimum Salary: 400000" /
 * "Maximum Salary: 450000") are one range, as a record lays out its pay fields.
 */
function withCeiling(
  found: readonly (Candidate | null)[],
  at: number,
  sentences: readonly Sentence[],
): Salary {
  const salary = withBands(found, at, sentences);
  if (salary.min === null || salary.max !== null) return salary;
  if ((sentences[at] as Sentence).text.length > FIELD_LINE) return salary;
  for (const j of [at + 1, at - 1]) {
    const c = found[j];
    const s = sentences[j];
    if (!c || !s || s.text.length > FIELD_LINE || c.range) continue;
    const { min, max, currency, period } = c.salary;
    if (min !== null || max === null || max < salary.min) continue;
    if (currency !== salary.currency || (period && salary.period && period !== salary.period))
      continue;
    return { ...salary, max, period: salary.period ?? period };
  }
  return salary;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  CURRENCY_FIELD,
  STEP_GAP,
  PAY_WORD,
  PAY_WORD_ALL,
  PAY_WORD_IN_SENTENCE,
  NOT_PAY_BEFORE,
  NOT_PAY_AFTER,
  DOLLAR_CODE,
  DOLLAR_CODE_BEFORE,
  RAL,
  CAPPED_JOB,
  CAP_AFTER,
  UP_TO,
  FROM,
  RANGE_GAP,
  PERIOD_GAP,
  PERIOD_AFTER,
  TRIGGER,
  CUT_SIGN,
  WORDS,
  LEADING_PLUS,
  FIGURES_FIRST,
  LIMIT_FIRST,
  FIRST_WORD,
  DIGIT,
  DIGIT_FIRST,
);
