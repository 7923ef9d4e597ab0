import type { Lexicon } from './types';
import { words } from './words';

/** Dutch. */
export const nl: Lexicon = {
  code: 'nl',
  stopwords: words(
    'de|het|een|en|van|met|voor|je|jij|wij|we|onze|ons|is|zijn|op|in|bij|te|als|die|dat',
  ),
  numbers: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vijf: 5,
    zes: 6,
    zeven: 7,
    tien: 10,
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
      'salaris|salarisindicatie|salarisschaal|loon|uurloon|brutoloon|maandsalaris|jaarsalaris|bruto|beloning|inkomen|maandloon',
    ),
    notPay: words(
      'omzet|budget|bonus|reiskostenvergoeding|vergoeding|investering|investeringen|financiering|korting|opleidingsbudget|thuiswerkvergoeding|vakantiegeld|eindejaarsuitkering|toeslag|toelage',
    ),
    upTo: words('tot|maximaal|max|tot maximaal|tot wel'),
    from: words('vanaf|minimaal|minimum'),
    rangeJoin: words('tot|en'),
    risingTo: words('oplopend tot|doorgroeiend naar|groeiend naar'),
    grossNet: words('bruto|netto'),
    periods: {
      hour: words('per uur|uurloon|het uur'),
      day: words('per dag|dagtarief'),
      week: words('per week|wekelijks'),
      month: words('per maand|maandsalaris|maandelijks|maandloon|bruto per maand'),
      year: words('per jaar|jaarsalaris|jaarlijks|op jaarbasis'),
    },
    periodSuffixes: {
      hour: words('/uur|p/u|/u'),
      day: words('/dag'),
      week: words('/week|p/w'),
      month: words('/maand|p/m|p.m.|pm'),
      year: words('/jaar|p/j|p.j.'),
    },
    timeUnits: words('uur|uren|dagen|dag|nachten|keer'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      dollar: '$',
    },
    multipliers: {
      k: 1_000,
      duizend: 1_000,
      miljoen: 1_000_000,
      miljard: 1_000_000_000,
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
