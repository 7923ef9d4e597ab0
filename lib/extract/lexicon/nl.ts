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
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('of|en/of|dan wel'),
    oneOf: words(
      'een van|één van|minstens een van|minstens één van|ten minste een van|ten minste één van|ofwel',
    ),
    dutyHeadings: words(
      'taken|je taken|jouw taken|uw taken|verantwoordelijkheden|wat ga je doen|wat ga jij doen|wat je gaat doen|jouw rol|je rol|de functie|functieomschrijving|werkzaamheden|je werkzaamheden|jouw werkzaamheden|wat doe je|wat ga je doen?',
    ),
    dutyCues: words(
      'je gaat werken met|je werkt met|jij werkt met|je gebruikt|je bent verantwoordelijk|jij bent verantwoordelijk|je ontwikkelt|je beheert|we werken met',
    ),
    notTools: words('teams|project'),
  },
};
