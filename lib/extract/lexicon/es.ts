import type { Lexicon } from './types';
import { words } from './words';

/** Spanish. */
export const es: Lexicon = {
  code: 'es',
  stopwords: words(
    'el|la|los|las|y|de|del|con|para|en|una|un|que|por|tu|su|nuestro|nuestra|es|se|al|como',
  ),
  numbers: {
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    diez: 10,
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
    or: words('o|u|y/o|ó|o bien'),
    oneOf: words('uno de|una de|al menos uno de|al menos una de|alguno de|alguna de|cualquiera de'),
    dutyHeadings: words(
      'funciones|tus funciones|sus funciones|funciones principales|principales funciones|responsabilidades|tus responsabilidades|qué harás|que harás|tu rol|el puesto|tareas|tus tareas|tu misión|misión del puesto|día a día|tu día a día',
    ),
    dutyCues: words(
      'utilizarás|usarás|trabajarás con|serás responsable|te encargarás|gestionarás|desarrollarás|trabajamos con',
    ),
    notTools: words('informatica|teams'),
  },
};
