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
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('oder|bzw.|beziehungsweise|und/oder|sowie alternativ'),
    oneOf: words('eine der|einer der|eines der|mindestens eine der|mindestens einer der|entweder'),
    dutyHeadings: words(
      'aufgaben|ihre aufgaben|deine aufgaben|aufgabengebiet|ihr aufgabengebiet|dein aufgabengebiet|tätigkeiten|ihre tätigkeiten|deine tätigkeiten|das erwartet dich|das erwartet sie|was dich erwartet|was sie erwartet|deine rolle|ihre rolle|die stelle|verantwortlichkeiten|deine verantwortung|ihre verantwortung|was du bewegst|was sie bewegen|was du tust|dein job|ihr job|aufgabenbereich',
    ),
    dutyCues: words(
      'du arbeitest mit|sie arbeiten mit|du nutzt|sie nutzen|du entwickelst|sie entwickeln|du betreust|sie betreuen|du verantwortest|sie verantworten|du bist verantwortlich|sie sind verantwortlich|du pflegst|sie pflegen|wir setzen auf',
    ),
    notTools: words('teams|project'),
  },
};
