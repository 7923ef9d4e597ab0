import type { Lexicon } from './types';
import { words } from './words';

/** Portuguese. */
export const pt: Lexicon = {
  code: 'pt',
  stopwords: words(
    'o|a|os|as|e|de|do|da|com|para|em|um|uma|que|você|nosso|nossa|são|na|no|dos|das|ao',
  ),
  numbers: {
    um: 1,
    uma: 1,
    dois: 2,
    duas: 2,
    três: 3,
    quatro: 4,
    cinco: 5,
    seis: 6,
    sete: 7,
    oito: 8,
    dez: 10,
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
    or: words('ou|e/ou'),
    oneOf: words(
      'um dos|uma das|pelo menos um dos|pelo menos uma das|algum dos|alguma das|qualquer um dos',
    ),
    dutyHeadings: words(
      'responsabilidades|principais responsabilidades|atribuições|principais atribuições|atividades|principais atividades|suas atividades|o que você fará|o que você vai fazer|seu papel|sua função|funções|o dia a dia|no dia a dia|desafios|seus desafios',
    ),
    dutyCues: words(
      'você vai usar|você utilizará|você vai trabalhar com|você trabalhará com|você será responsável|você vai desenvolver|você desenvolverá|trabalhamos com',
    ),
    notTools: words('informatica'),
  },
};
