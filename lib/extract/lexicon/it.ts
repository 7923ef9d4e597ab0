import type { Lexicon } from './types';
import { words } from './words';

/** Italian. */
export const it: Lexicon = {
  code: 'it',
  stopwords: words(
    'il|la|le|e|di|del|della|con|per|un|una|che|sono|nostro|nostra|siamo|ai|alla|nel|degli|gli',
  ),
  numbers: {
    uno: 1,
    una: 1,
    due: 2,
    tre: 3,
    quattro: 4,
    sei: 6,
    sette: 7,
    otto: 8,
    dieci: 10,
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
      'RAL|retribuzione|retribuzione annua lorda|stipendio|compenso|lordo|lordi|lorda|lorde|salario|paga',
    ),
    notPay: words(
      'fatturato|budget|buoni pasto|buono pasto|ticket|welfare|premio|premi|bonus|finanziamento|investimento|investimenti',
    ),
    upTo: words('fino a|massimo|max'),
    from: words('a partire da|minimo|almeno'),
    rangeJoin: words('a|e'),
    risingTo: words('fino ad arrivare a'),
    grossNet: words('lordo|lordi|lorda|lorde|netto|netti'),
    periods: {
      hour: words("all'ora|l'ora|orario|orari|per ora|orario lordo"),
      day: words('al giorno|giornaliero|giornalieri|per giorno'),
      week: words('a settimana|alla settimana|settimanale|settimanali'),
      month: words('al mese|mensile|mensili|mensilmente|per mese'),
      year: words("all'anno|annuo|annui|annua|annuale|annuali|RAL|per anno"),
    },
    periodSuffixes: {
      hour: words('/ora|/h'),
      day: words('/giorno|/gg'),
      week: words('/settimana'),
      month: words('/mese'),
      year: words('/anno'),
    },
    timeUnits: words('ore|ora|giorni|giorno|notti|volte'),
    currencies: {
      euro: 'EUR',
      sterline: 'GBP',
      dollari: '$',
    },
    multipliers: {
      k: 1_000,
      mila: 1_000,
      milioni: 1_000_000,
      milione: 1_000_000,
      miliardi: 1_000_000_000,
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
