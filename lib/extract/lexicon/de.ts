import type { Lexicon } from './types';
import { words } from './words';

/** German. */
export const de: Lexicon = {
  code: 'de',
  stopwords: words(
    'der|die|das|und|mit|für|sie|wir|ihr|ist|ein|eine|zu|von|im|den|dem|auf|bei|sind|unser|unsere',
  ),
  numbers: {
    ein: 1,
    eine: 1,
    einem: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    zehn: 10,
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
      'Gehalt|Gehälter|Jahresgehalt|Monatsgehalt|Jahresbruttogehalt|Bruttojahresgehalt|Bruttomonatsgehalt|Monatsbruttogehalt|Bruttostundenlohn|Mindestgehalt|Bruttogehalt|Einstiegsgehalt|Zielgehalt|Grundgehalt|Vergütung|Ausbildungsvergütung|Verdienst|Lohn|Stundenlohn|Entgelt|Bezahlung|brutto|Gehaltsspanne|Gehaltsband',
    ),
    notPay: words(
      'Umsatz|Umsätze|Budget|Prämie|Prämien|Bonus|Boni|Zuschuss|Essenszuschuss|Gutschein|Gutscheine|Finanzierung|Finanzierungsrunde|Investition|Investitionen|Förderung|Jobticket|Rabatt|Umzugskosten|Sachbezug|Sachbezüge|Weiterbildungsbudget|Urlaubsgeld|Weihnachtsgeld|Fahrtkostenzuschuss|Kinderbetreuungszuschuss|Mitarbeiterrabatt|Zulage|Zulagen',
    ),
    upTo: words('bis zu|maximal|max'),
    from: words('ab|mindestens|mind|ab ca'),
    rangeJoin: words('bis|und|-bis'),
    risingTo: words('steigend auf|später'),
    grossNet: words('brutto|netto'),
    periods: {
      hour: words(
        'pro Stunde|die Stunde|je Stunde|in der Stunde|stündlich|Stundenlohn|Bruttostundenlohn|Stundensatz',
      ),
      day: words('pro Tag|je Tag|am Tag|täglich|Tagessatz'),
      week: words('pro Woche|je Woche|wöchentlich'),
      month: words(
        'pro Monat|im Monat|je Monat|monatlich|Monatsgehalt|Bruttomonatsgehalt|Monatsbruttogehalt|mtl|Monatsbrutto',
      ),
      year: words(
        'pro Jahr|im Jahr|je Jahr|jährlich|Jahresgehalt|Jahresbruttogehalt|Bruttojahresgehalt|Jahresbrutto|p.a.',
      ),
    },
    periodSuffixes: {
      hour: words('/Std.|/Std|/Stunde|/h'),
      day: words('/Tag'),
      week: words('/Woche'),
      month: words('/Monat|/Mon.|/Mo.'),
      year: words('/Jahr|p.a.'),
    },
    timeUnits: words('Stunden|Std|Tage|Tagen|Nächte|Schichten|mal'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      franken: 'CHF',
      'schweizer franken': 'CHF',
      dollar: '$',
    },
    multipliers: {
      k: 1_000,
      tsd: 1_000,
      tausend: 1_000,
      mio: 1_000_000,
      millionen: 1_000_000,
      million: 1_000_000,
      mrd: 1_000_000_000,
      milliarden: 1_000_000_000,
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
