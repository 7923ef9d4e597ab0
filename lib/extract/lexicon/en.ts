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
    or: words('or|and/or|or else|or even'),
    oneOf: words('one of|one or more of|at least one of|any of|either|any one of|a combination of'),
    dutyHeadings: words(
      "responsibilities|key responsibilities|main responsibilities|duties|main duties|key duties|duties and responsibilities|what you will do|what you'll do|what you will be doing|what you'll be doing|your role|the role|role overview|your responsibilities|your mission|the job|day to day|day-to-day|a day in the life|in this role you will|in this role|your tasks|tasks|key tasks|job duties|accountabilities|key accountabilities|what you'll work on|how you'll make an impact|your impact|the opportunity|job purpose|main purpose of the job|role purpose",
    ),
    dutyCues: words(
      "you will use|you'll use|you will be using|you'll be using|you will work with|you'll work with|you will be working with|you'll be working with|you will build|you'll build|you will maintain|you'll maintain|you will develop|you'll develop|you will manage|you'll manage|you will handle|you'll handle|you will support|you'll support|you will be responsible|you'll be responsible|you will design|you'll design|you will create|you'll create",
    ),
    notTools: words('project|exchange|teams|singularity'),
  },
};
