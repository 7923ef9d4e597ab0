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
  salary: {},

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
  posting: {
    titleLabels: words('stellenbezeichnung|stelle|position|jobtitel|berufsbezeichnung'),
    companyLabels: words('unternehmen|arbeitgeber|firma|organisation|betrieb'),
    locationLabels: words('standort|arbeitsort|einsatzort|dienstort|ort|standorte|dienstsitz'),
    jobWords: [
      ...words(
        'entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|leiter|leiterin|referent|referentin',
      ),
      ...words(
        'sachbearbeiter|sachbearbeiterin|mitarbeiter|mitarbeiterin|kaufmann|kauffrau|werkstudent|werkstudentin',
      ),
      ...words(
        'praktikant|praktikantin|praktikum|verkäufer|verkäuferin|kellner|kellnerin|koch|köchin|pflegefachkraft|pfleger',
      ),
      ...words(
        'pflegerin|fachkraft|lehrer|lehrerin|erzieher|erzieherin|fahrer|fahrerin|hilfskraft|installateur|installateurin',
      ),
      ...words(
        'monteur|monteurin|ausbildung|fachinformatiker|fachinformatikerin|techniker|technikerin|assistenz|sekretär',
      ),
      ...words(
        'sekretärin|mechaniker|mechanikerin|mechatroniker|mechatronikerin|elektriker|elektrikerin|lagerist|lageristin',
      ),
      ...words(
        'helfer|helferin|meister|meisterin|administrator|administratorin|consultant|manager|managerin|spezialist',
      ),
      ...words('spezialistin|betreuer|betreuerin|disponent|disponentin|buchhalter|buchhalterin'),
    ],
    titleIntros: words('als|wir suchen|suchen wir'),
    hiringCues: words('sucht|suchen|sucht ab sofort|stellt ein'),
    articles: words(
      'einen|eine|ein|eine/n|einen/eine|unser|unsere|ab sofort|zum nächstmöglichen zeitpunkt',
    ),
    atCompany: words('bei'),
    titleCitySuffixes: words('job in|stellenangebot in'),
    titleDecorations: words('ab sofort gesucht|dringend gesucht|prämie'),
    confidential: words('vertraulich|anonym|nicht genannt|ungenannt'),
    agencyCues: words(
      'unser kunde|unseres kunden|unseren kunden|im auftrag|für einen kunden|unser mandant|unseres mandanten',
    ),
    aboutWords: words('über'),
    basedIn: words('Arbeitsort ist|Einsatzort ist|Dienstort ist'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
