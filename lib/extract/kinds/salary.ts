import { z } from 'zod';
import type { Salary, SalaryPeriod } from '../../schema';
import type { Sentence } from '../types';

/**
 * Pay: JSON-LD `baseSalary` when the page gives a well-formed one, else the best-looking money
 * range in the text. A figure counts only with a currency or a pay word next to it, never when
 * it is revenue, funding, a budget or a bonus; an unfilled template ("$X - $Y") has no digits.
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

const SYMBOL_CURRENCY: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  R$: 'BRL',
  MX$: 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
};

// One amount: optional currency, a number (thousands grouped by , . ' or spaces), k, currency.
// Every repetition is bounded, and the alternatives start on different characters.
const MONEY =
  /(?<pre>US\$|CA\$|C\$|AU\$|A\$|NZ\$|R\$|MX\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|INR|JPY|SGD|HKD)\b)?\s{0,2}(?<num>\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)(?!\d)(?<k>\s?[kK](?![\p{L}(]))?(?<mult>\s{0,2}(?:M|mn|Mio|Mrd|bn|millions?|billions?|milliards?|millones|milioni)(?!\p{L}))?(?:\s{0,2}(?<post>€|£|\$|\b(?:EUR|USD|GBP|CHF|CAD|AUD|euros?|Euro|dollars?|pounds?)\b))?/gu;

const RANGE_GAP = /^\s{0,3}(?:[-–—~]|to|à|a|au|bis|und|et|and|y|e|en|tot|até|-\s{0,2}bis)\s{0,3}$/i;
const PAY_WORD =
  /(?<!\p{L})(?:salar(?:y|ies|io|e|is)|pay|paid|compensation|wages?|base|OTE|rate|salaire|rémunération|brut(?:e|s|es)?|gehalt|jahresgehalt|vergütung|brutto|sueldo|retribuci[oó]n|brutos?|RAL|retribuzione|stipendio|lordo|salário|remuneração|loon)(?!\p{L})/iu;
/** Money that is not pay ("revenue", "budget", "bonus"), written just before the figure… */
const NOT_PAY_WORDS =
  'revenue|raised|raise|funding|funded|valuation|ARR|budget|stipend|allowance|reimburse\\w{0,6}|bonus|voucher|credit|grant|donat\\w{0,5}|prize|worth|sales|turnover|investment|series|chiffre d.affaires|levée|umsatz|presupuesto|fatturato|per employee';
const NOT_PAY_BEFORE = new RegExp(`(?<!\\p{L})(?:${NOT_PAY_WORDS})(?!\\p{L})`, 'iu');
/** …or within two words after it ("$1,000 learning budget"), unless joined ("plus bonus"). */
const NOT_PAY_AFTER = new RegExp(
  `^\\s{0,3}(?!(?:plus|and|und|et|y|e)\\s)(?:[\\p{L}-]{1,15}\\s{1,2}){0,2}(?:${NOT_PAY_WORDS})(?!\\p{L})`,
  'iu',
);
const DOLLAR_CODE = /^[^.;\d]{0,20}?\(?\b(CAD|AUD|NZD|SGD|HKD|MXN)\b/;
const PAY_WORD_ALL = new RegExp(PAY_WORD.source, 'giu');

/** "experience is a bonus. Salary range: $110,000": a pay word nearer the figure outweighs "bonus". */
function afterLastPayWord(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(PAY_WORD_ALL)) cut = (m.index ?? 0) + m[0].length;
  return before.slice(cut);
}

/** "up to $150k" is a maximum, "from €40k" a minimum. */
const UP_TO =
  /(?<!\p{L})(?:up to|max(?:imum)?|jusqu'à|bis zu|hasta|fino a|maximaal|tot maximaal|até)\s{0,3}$/iu;
const FROM =
  /(?<!\p{L})(?:from|starting at|at least|min(?:imum)?|à partir de|a partir de|ab|desde|a partire da|vanaf|minimaal)\s{0,3}$/iu;
const RAL = /\bRAL\b/;
/** "401(k)", "401k", "403b": retirement plans, not pay. */
const RETIREMENT = /^(?:401|403|457)$/;

const PERIODS: readonly [SalaryPeriod, RegExp][] = [
  [
    'hour',
    /(?:\/\s{0,2}(?:hour|hr|h|heure|Std|Stunde|hora|ora|uur)\b|\b(?:per|an|a|each|the)\s(?:hour|hr)\b|\bhourly\b|\bde l'heure\b|\bhoraire\b|\bpro Stunde\b|\bStundenlohn\b|\bpor hora\b|\ball'ora\b|\bl'ora\b|\bper uur\b|\buurloon\b|\bpor hora\b|\bbrut de l'heure\b)/iu,
  ],
  [
    'day',
    /(?:\/\s{0,2}(?:day|jour|Tag|día|giorno|dag)\b|\b(?:per|a)\sday\b|\bdaily rate\b|\bday rate\b|\bTJM\b|\bpar jour\b|\bTagessatz\b|\bpor día\b|\bal giorno\b)/iu,
  ],
  [
    'week',
    /(?:\/\s{0,2}(?:week|wk|semaine|Woche)\b|\b(?:per|a)\sweek\b|\bweekly\b|\bpar semaine\b)/iu,
  ],
  [
    'month',
    /(?:\/\s{0,2}(?:month|mo|mois|Monat|mes|mese|maand)\b|\b(?:per|a)\smonth\b|\bmonthly\b|\bmensuel(?:le|s)?\b|\bpar mois\b|\bmonatlich\b|\bpro Monat\b|\bim Monat\b|\bmensual(?:es)?\b|\bal mes\b|\bmensil[ei]\b|\bal mese\b|\bper maand\b|\bmensal\b|\bpor m[eê]s\b|\bao m[eê]s\b)/iu,
  ],
  [
    'year',
    /(?:\/\s{0,2}(?:year|yr|an|année|Jahr|año|anno|jaar)\b|\b(?:per|a)\s(?:year|annum)\b|\bp\.\s?a\.|\bannual(?:ly)?\b|\byearly\b|\bannuel(?:le|s)?\b|\bpar an\b|\bjährlich\b|\bpro Jahr\b|\bJahresgehalt\b|\banual(?:es)?\b|\bal año\b|\bannu[oi]\b|\ball'anno\b|\bRAL\b|\bper jaar\b|\bjaarsalaris\b|\banual\b|\bpor ano\b|\bao ano\b)/iu,
  ],
];

interface Amount {
  value: number;
  currency: string | null;
  /** Written with a plain "$", which several currencies use. */
  bare: boolean;
  k: boolean;
  start: number;
  end: number;
}

function parseNumber(raw: string): number {
  const grouped = /^(\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3}){1,3})(?:[.,](\d{1,2}))?$/u.exec(raw);
  if (grouped) {
    const whole = Number((grouped[1] ?? '').replace(/\D/g, ''));
    return grouped[2] ? whole + Number(`0.${grouped[2]}`) : whole;
  }
  return Number(raw.replace(',', '.'));
}

function currencyOf(raw: string | undefined): string | null {
  if (!raw) return null;
  const mapped = SYMBOL_CURRENCY[raw] ?? SYMBOL_CURRENCY[raw.toLowerCase()];
  if (mapped) return mapped;
  return /^[A-Z]{3}$/.test(raw) ? raw : null;
}

function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(MONEY)) {
    if (out.length >= MAX_AMOUNTS_PER_SENTENCE) break;
    const g = m.groups ?? {};
    const num = g.num ?? '';
    if (g.mult) continue;
    if (RETIREMENT.test(num) && !g.pre) continue;
    const k = g.k !== undefined;
    const start = m.index ?? 0;
    out.push({
      value: parseNumber(num) * (k ? 1000 : 1),
      currency: currencyOf(g.pre) ?? currencyOf(g.post),
      bare: g.pre === '$',
      k,
      start,
      end: start + m[0].trimEnd().length,
    });
  }
  return out;
}

interface Candidate {
  salary: Salary;
  score: number;
}

/** The period written nearest the amount: "$58,000 per year plus commission, paid monthly". */
function periodNear(text: string, start: number, end: number): SalaryPeriod | null {
  const from = Math.max(0, start - 40);
  const around = text.slice(from, Math.min(text.length, end + 60));
  let best: SalaryPeriod | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [period, re] of PERIODS) {
    const at = around.search(re);
    if (at < 0) continue;
    const distance = at >= end - from ? at - (end - from) : start - from - at;
    if (distance < bestDistance) [best, bestDistance] = [period, distance];
  }
  return best;
}

function plausible(min: number, max: number, period: SalaryPeriod | null): boolean {
  if (min <= 0 || max < min || max > min * 10) return false;
  if (period === 'hour') return max <= 2000;
  return max >= 7 && max <= 5_000_000;
}

/** What the whole sentence says, read once: a pay word, and the Italian "RAL" (EUR, yearly). */
interface SentenceCues {
  payWord: boolean;
  ral: boolean;
}

function candidate(
  text: string,
  cues: SentenceCues,
  first: Amount,
  second: Amount | null,
): Candidate | null {
  const last = second ?? first;
  const before = afterLastPayWord(text.slice(Math.max(0, first.start - 30), first.start));
  const after = text.slice(last.end, last.end + 30);
  if (NOT_PAY_BEFORE.test(before) || NOT_PAY_AFTER.test(after)) return null;

  let min = first.value;
  const max = last.value;
  // "$150-190k", "RAL 30-50K": the k written once applies to both ends.
  if (second?.k && !first.k && min < 1000) min *= 1000;
  const { payWord, ral } = cues;
  let currency = first.currency ?? second?.currency ?? (ral ? 'EUR' : null);
  // A bare "$" is whichever dollar the code after the range names: "$85 - $100/hour (CAD)".
  if (currency === 'USD' && first.bare) currency = DOLLAR_CODE.exec(after)?.[1] ?? currency;
  if (!currency && !payWord) return null;
  let period = periodNear(text, first.start, last.end);
  if (!period && max >= 15_000 && (first.k || last.k || max >= 20_000)) period = 'year';
  if (!currency && (period === null || max < 1000)) return null;
  if (!plausible(min, max, period)) return null;
  const score = (second ? 2 : 0) + (currency ? 2 : 0) + (period ? 1 : 0) + (payWord ? 1 : 0);
  if (second) return { salary: { min, max, currency, period }, score };
  const lead = text.slice(Math.max(0, first.start - 20), first.start);
  const salary = {
    min: UP_TO.test(lead) ? null : min,
    max: FROM.test(lead) ? null : max,
    currency,
    period,
  };
  return { salary, score };
}

function fromSentence(text: string): Candidate | null {
  const amounts = amountsIn(text);
  const cues = { payWord: PAY_WORD.test(text), ral: RAL.test(text) };
  let best: Candidate | null = null;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!a) continue;
    const b = amounts[i + 1];
    const paired = b && RANGE_GAP.test(text.slice(a.end, b.start)) ? b : null;
    const c = candidate(text, cues, a, paired);
    if (c && (!best || c.score > best.score)) best = c;
    if (paired) i++;
  }
  return best;
}

/**
 * Bounds on the work hostile text can cause (a megabyte of "$1,000 - $2,000"): a posting states
 * its pay in a handful of sentences, each with a few figures.
 */
const MAX_AMOUNTS_PER_SENTENCE = 8;
const MAX_MONEY_SENTENCES = 200;
const BEST_SCORE = 6;
/** Cheap first look without Unicode case folding (slow in V8): a digit near money or pay words. */
const TRIGGER =
  /[$€£¥₹]|usd|eur|gbp|chf|cad|aud|nzd|sek|nok|dkk|pln|inr|jpy|sgd|hkd|dollar|pound|salar|pay|compens|wage|rate|salaire|rémun|brut|gehalt|vergütung|sueldo|retribu|ral|stipendio|lordo|salário|remunera|loon|ote/i;

export function extractSalary(
  sentences: Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
): Salary | null {
  const structured = fromJsonLd(jsonLd);
  if (structured) return structured;
  let best: Candidate | null = null;
  let examined = 0;
  for (const { text } of sentences) {
    if (!/\d/.test(text) || !TRIGGER.test(text)) continue;
    if (++examined > MAX_MONEY_SENTENCES) break;
    const c = fromSentence(text);
    if (c && (!best || c.score > best.score)) best = c;
    if (best && best.score >= BEST_SCORE) break;
  }
  return best?.salary ?? null;
}
