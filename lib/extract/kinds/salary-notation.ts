import { alternation, mergedRecord } from '../lexicon/build';
import { warmLater } from '../pipeline/gate';

/**
 * How postings write an amount of money: a currency sign or code before or after the figure,
 * thousands grouped by , . ' or spaces (or the Indian way, "4,50,000"), decimals after , or .,
 * and a multiplier after it ("45k", "R$ 5 mil", "₹4.5 L"). Words come from every lexicon.
 */

/**
 * A letter of the languages the engine reads, for patterns matched case-insensitively: `\p{L}`
 * under the `i` flag makes V8 fold the case of every letter in Unicode, which costs seconds.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/**
 * A currency sign several countries share: which one it is, is the posting's country's to say.
 * "CFA": the CFA franc, West African (XOF) or Central African (XAF).
 */
export type SharedSign = '$' | 'R' | 'CFA';

export interface Amount {
  value: number;
  /** ISO 4217 when the sign, code or word names exactly one currency. */
  currency: string | null;
  /** "$" or "R" written alone (a dollar of some country, or in South Africa the rand), or "FCFA". */
  shared: SharedSign | null;
  /** Written with any currency sign, code or word. */
  marked: boolean;
  /** The multiplier written after the figure (1 when none). */
  mult: number;
  start: number;
  end: number;
}

/** Signs and prefixes that name one currency. */
const SIGN_CURRENCY: Readonly<Record<string, string>> = {
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  S$: 'SGD',
  SG$: 'SGD',
  HK$: 'HKD',
  R$: 'BRL',
  // Peru's sol: "S/ 3,500", "S/.2500".
  'S/': 'PEN',
  'S/.': 'PEN',
  MX$: 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₱': 'PHP',
  '₦': 'NGN',
  // Kenya writes its shilling "KSh" or "KShs" ("KSh 45,000", "Kshs. 60,000").
  KSH: 'KES',
  KSHS: 'KES',
  'KSH.': 'KES',
  'KSHS.': 'KES',
  // Tanzania and Uganda write theirs alike ("TSh 400,000", "150,000 Tsh", "USh 900,000").
  TSH: 'TZS',
  TSHS: 'TZS',
  'TSH.': 'TZS',
  USH: 'UGX',
  USHS: 'UGX',
  RS: 'INR',
  'RS.': 'INR',
};

/** ISO codes postings write beside a figure. */
export const CODES =
  'USD|EUR|GBP|CHF|CAD|AUD|NZD|SGD|HKD|MXN|BRL|ZAR|INR|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON|AED|SAR|QAR|KWD|BHD|OMR|XOF|XAF|MAD|TND|' +
  'COP|CLP|ARS|PEN|PHP|KES|NGN|GHS|TZS|UGX';
const DOLLAR_CODES = 'USD|CAD|AUD|NZD|SGD|HKD|MXN';

const CURRENCY_WORDS: Record<string, string> = Object.create(null);
for (const [word, code] of Object.entries(mergedRecord((l) => l.salary.currencies))) {
  CURRENCY_WORDS[word.toLowerCase()] = code;
}
const MULTIPLIERS: Record<string, number> = Object.create(null);
for (const [word, n] of Object.entries(mergedRecord((l) => l.salary.multipliers))) {
  MULTIPLIERS[word.toLowerCase()] = n;
}
/** A lakh (100,000) is Indian notation: a figure in lakhs is in rupees unless it says otherwise. */
export const LAKH = 100_000;

/** East African shillings written short: Kenya's "KSh", Tanzania's "TSh", Uganda's "USh" (+ "s"). */
const SHILLING = '[KTU]Shs?';
const PRE =
  `(?<pre>(?:${DOLLAR_CODES})\\s?\\$|US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|SG\\$|S\\$|HK\\$|R\\$|MX\\$|[$€£¥₹₱₦]` +
  `|(?<![${LETTER}\\d])(?:Rs\\.?|R(?=\\s?\\d)|S\\/\\.?(?=\\s?\\d[\\d.,]{0,12}(?![A-Za-z]))|(?:${CODES}|euros?)(?![${LETTER}])|${SHILLING}\\.?(?![${LETTER}])))`;
const NUM =
  "(?<num>\\d{1,3}(?:[,.'’\\u00a0\\u202f ]\\d{3}){1,3}(?:[.,]\\d{1,2})?" +
  '|\\d{1,2}(?:,\\d{2}){1,3},\\d{3}(?:\\.\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)(?!\\d)';
const MULT = `(?:\\s{0,2}(?<mult>${alternation((l) => Object.keys(l.salary.multipliers))})(?![${LETTER}(]))`;
const POST =
  `(?:(?:\\s{0,2}|\\.(?=${SHILLING}))(?<post>[€£$₹₦]|(?:${CODES}|${SHILLING}|${alternation((l) => Object.keys(l.salary.currencies))})` +
  `(?![${LETTER}])))`;

/**
 * "1.800,- Euro", "2.750.-", "4.000,--": the dash German-speaking (and Swiss) ads write for "no
 * cents" after a whole amount. Not before a digit ("3.-5."): that dash opens a range.
 */
const NO_CENTS = '(?:[.,][-–]{1,2}(?!\\s?\\d))';

// Every repetition is bounded; the alternatives of each group start on different text. A sign
// may stand a few spaces off its figure, as fixed-width records pad it ("$     19.92").
const MONEY = new RegExp(`(?:${PRE}\\s{0,6})?${NUM}${NO_CENTS}?${MULT}?${POST}?`, 'gi');

/** Built once: a regex literal inside a function is a new object on every call. */
const INDIAN = /^\d{1,2}(?:,\d{2}){1,3},\d{3}(?:\.(\d{1,2}))?$/;
const COMMAS = /,/g;
const GROUPED = /^(\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3}){1,3})(?:[.,](\d{1,2}))?$/u;
const NON_DIGITS = /\D/g;
const SPACES = /\s+/g;
const CODE_DOLLAR = /^([A-Z]{3})\$$/;
const CODE = /^[A-Z]{3}$/;

/** "12,5" → 12.5, "1.234,50" → 1234.5, "4,50,000" → 450000, "1 216 824" → 1216824. */
export function parseNumber(raw: string): number {
  const indian = INDIAN.exec(raw);
  if (indian) return Number(raw.replace(COMMAS, ''));
  const grouped = GROUPED.exec(raw);
  if (grouped) {
    const whole = Number((grouped[1] ?? '').replace(NON_DIGITS, ''));
    return grouped[2] ? whole + Number(`0.${grouped[2]}`) : whole;
  }
  return Number(raw.replace(',', '.'));
}

interface Sign {
  currency: string | null;
  shared: SharedSign | null;
}

function signOf(raw: string | undefined): Sign | null {
  if (!raw) return null;
  const upper = raw.replace(SPACES, '').toUpperCase();
  if (upper === '$') return { currency: null, shared: '$' };
  if (upper === 'R') return { currency: null, shared: 'R' };
  const dollarCode = CODE_DOLLAR.exec(upper);
  if (dollarCode) return { currency: dollarCode[1] ?? null, shared: null };
  const sign = SIGN_CURRENCY[upper];
  if (sign) return { currency: sign, shared: null };
  const word = CURRENCY_WORDS[raw.toLowerCase()];
  if (word === '$' || word === 'CFA') return { currency: null, shared: word };
  if (word) return { currency: word, shared: null };
  return CODE.test(upper) ? { currency: upper, shared: null } : null;
}

/** The one currency a sign, code or word written alone names ("KSh", "EUR", "euros"), or null. */
export function currencyNamed(raw: string): string | null {
  return signOf(raw.trim())?.currency ?? null;
}

/**
 * The multiplier a word after the figure stands for. A lakh written as a bare "L" ("₹4.5 L") is
 * read only beside rupees: "art. 18 L. 68/99" is a law.
 */
function multiplierOf(word: string | undefined, currency: string | null): number {
  if (!word) return 1;
  const n = MULTIPLIERS[word.toLowerCase()] ?? 1;
  return word.length === 1 && n === LAKH && currency !== 'INR' ? 1 : n;
}

/** "401(k)", "401k", "403b": retirement plans, not pay. */
const RETIREMENT = /^(?:401|403|457)$/;

/** Bounds on the work hostile text can cause: a sentence states its pay in a few figures. */
const MAX_AMOUNTS_PER_SENTENCE = 8;

/**
 * Every match of MONEY opens with its figure's first digit or with a sign of at most 5
 * characters and 2 spaces before it (`PRE`): none can start more than 7 characters before the
 * next digit. The scan starts there (a lookbehind still sees the text before), so it finds the
 * match `matchAll` would, without trying every position of a sentence's words.
 */
const MAX_BEFORE_DIGIT = 8;

function nextMoney(text: string): RegExpExecArray | null {
  let d = MONEY.lastIndex;
  while (d < text.length) {
    const c = String.prototype.charCodeAt.call(text, d);
    if (c >= 48 && c <= 57) break;
    d++;
  }
  if (d >= text.length) return null;
  if (d - MAX_BEFORE_DIGIT > MONEY.lastIndex) MONEY.lastIndex = d - MAX_BEFORE_DIGIT;
  return MONEY.exec(text);
}

/** Every amount of a sentence, in order. Money of a million or more is never one person's pay. */
export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  // MONEY itself, from where a match may start: no copy of the pattern per sentence (`matchAll`
  // makes one), and no trying the sign alternatives at every position of the words before.
  MONEY.lastIndex = 0;
  for (let m = nextMoney(text); m !== null; m = nextMoney(text)) {
    if (out.length >= MAX_AMOUNTS_PER_SENTENCE) break;
    const g = m.groups ?? {};
    const num = g.num ?? '';
    if (RETIREMENT.test(num) && !g.pre) continue;
    const pre = signOf(g.pre);
    const post = signOf(g.post);
    // "CAD $38.88", "$126k CAD": a code names the dollar a bare sign leaves open.
    const currency = pre?.currency ?? post?.currency ?? null;
    // "₹40–60L": the second figure of a range is in the first one's currency.
    const prev = out.at(-1);
    const near = prev && (m.index ?? 0) - prev.end <= 5 ? prev.currency : null;
    const mult = multiplierOf(g.mult, currency ?? near);
    if (mult >= 1_000_000) continue;
    const shared = currency ? null : (pre?.shared ?? post?.shared ?? null);
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const inLakhs = mult === LAKH && !shared ? 'INR' : null;
    out.push({
      value: parseNumber(num) * mult,
      currency: currency ?? inLakhs,
      shared,
      marked: pre !== null || post !== null || inLakhs !== null,
      mult,
      start,
      end: (m.index ?? 0) + m[0].trimEnd().length,
    });
  }
  return out;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(MONEY, RETIREMENT, INDIAN, COMMAS, GROUPED, NON_DIGITS, SPACES, CODE_DOLLAR, CODE);
