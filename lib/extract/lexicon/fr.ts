import type { Lexicon } from './types';
import { words } from './words';

/** French. */
export const fr: Lexicon = {
  code: 'fr',
  stopwords: words(
    'le|la|les|et|des|du|un|une|pour|avec|vous|nous|notre|votre|est|sur|dans|au|aux|en|sont|être|qui',
  ),
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
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
    or: words('ou|et/ou|ou bien|voire'),
    oneOf: words("l'un des|l'une des|au moins un des|au moins une des|au moins l'un des|soit"),
    dutyHeadings: words(
      'missions|vos missions|mission|votre mission|principales missions|vos principales missions|responsabilités|vos responsabilités|ce que vous ferez|ce que tu feras|votre rôle|ton rôle|le poste|vos activités|activités|tes missions|au quotidien|vos tâches|tâches|description des missions',
    ),
    dutyCues: words(
      'vous utiliserez|tu utiliseras|vous travaillerez avec|tu travailleras avec|vous serez en charge|tu seras en charge|vous serez responsable|tu seras responsable|vous développerez|tu développeras|vous gérerez|tu géreras|vous aurez pour mission|tu auras pour mission',
    ),
    notTools: words('vite|teams'),
  },
};
