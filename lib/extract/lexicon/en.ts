import type { Lexicon } from './types';
import { words } from './words';

/** English. */
export const en: Lexicon = {
  code: 'en',
  stopwords: words(
    'the|and|of|to|in|for|with|you|we|our|your|are|is|will|be|on|as|this|that|or|an|at|from|have',
  ),
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    twelve: 12,
    fifteen: 15,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {},

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {},

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {},

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {},

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    pay: words(
      'salary|salaries|pay|paid|pay rate|compensation|wage|wages|base|OTE|rate|remuneration|package|earn|earnings|CTC',
    ),
    notPay: words(
      'revenue|raised|raise|funding|funded|valuation|ARR|budget|stipend|allowance|allowances|reimburse|reimbursed|reimbursement|bonus|bonuses|voucher|vouchers|credit|credits|grant|grants|donated|donate|donation|donations|prize|worth|sales|turnover|investment|series|per employee|incentive|incentives|referral|signing|sign-on|relocation|equity|meal|lunch|gift|discount|pension|fee|fees|price|cost|costs|deal|deals|deal size|ACV|quota|contract value|seed|pre-seed|round|MRR|GMV|AUM|spend|portfolio|differential|premium|overtime|tuition|scholarship',
    ),
    upTo: words('up to|upto|max|maximum|no more than'),
    from: words('from|starting at|starting from|starts at|at least|min|minimum|minimum of'),
    rangeJoin: words('to|and|through'),
    risingTo: words('rising to|increasing to|increase to|increases to|rises to|moving to'),
    grossNet: words('gross|net|base|before tax|pre-tax'),
    periods: {
      hour: words('per hour|an hour|a hour|each hour|the hour|hourly|per hr|an hr'),
      day: words('per day|a day|daily|day rate|daily rate|per shift'),
      week: words('per week|a week|weekly'),
      month: words('per month|a month|monthly|per calendar month|per mensem'),
      year: words('per year|a year|per annum|annually|annual|yearly|per yr'),
    },
    periodSuffixes: {
      hour: words('/hour|/hr|/h|p/h|ph|p.h.|phr|/hr.|hr'),
      day: words('/day|p/d|pd|/shift'),
      week: words('/week|/wk|pw|p/w'),
      month: words('/month|/mo|/mth|pm|p/m|p.m.|pcm'),
      year: words('/year|/yr|/y|/annum|pa|p.a.|p/a|LPA'),
    },
    timeUnits: words('hours|hour|hrs|hr|h|days|day|d|nights|night|shifts|shift|x|times'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      pound: 'GBP',
      pounds: 'GBP',
      sterling: 'GBP',
      rand: 'ZAR',
      rupees: 'INR',
      rupee: 'INR',
      dollar: '$',
      dollars: '$',
    },
    multipliers: {
      k: 1_000,
      thousand: 1_000,
      lakh: 100_000,
      lakhs: 100_000,
      lac: 100_000,
      lacs: 100_000,
      L: 100_000,
      LPA: 100_000,
      crore: 10_000_000,
      crores: 10_000_000,
      cr: 10_000_000,
      m: 1_000_000,
      mn: 1_000_000,
      million: 1_000_000,
      millions: 1_000_000,
      bn: 1_000_000_000,
      billion: 1_000_000_000,
      billions: 1_000_000_000,
    },
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {},

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {},

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {},

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {},

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {},

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
