import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractLanguages } from './language';

function langs(text: string, section: Sentence['section'] = null) {
  return extractLanguages({ text, start: 0, end: text.length, heading: null, section }).map((f) =>
    f.kind === 'language' ? [f.language, f.level, f.cefr] : [],
  );
}

describe('extractLanguages', () => {
  it.each([
    [
      'Exceptional written and verbal communication skills in English and French',
      [
        ['en', 'fluent', null],
        ['fr', 'fluent', null],
      ],
    ],
    ['Fluent German is required', [['de', 'fluent', null]]],
    [
      'English required, Spanish a plus',
      [
        ['en', null, null],
        ['es', null, null],
      ],
    ],
    ['C1 English', [['en', 'fluent', 'C1']]],
    [
      'English (B2) and Italian (A2)',
      [
        ['en', 'professional', 'B2'],
        ['it', 'basic', 'A2'],
      ],
    ],
    [
      'Fluent English and basic French',
      [
        ['en', 'fluent', null],
        ['fr', 'basic', null],
      ],
    ],
    ['Native or bilingual Japanese speaker', [['ja', 'native', null]]],
    // Alternatives accept the lower level.
    ['Native or fluent English', [['en', 'fluent', null]]],
    ['Inglés avanzado (C1)', [['en', 'fluent', 'C1']]],
    ['German is a strong plus', [['de', null, null]]],
    [
      'Conoscenza della lingua inglese e/o tedesca',
      [
        ['en', null, null],
        ['de', null, null],
      ],
    ],
    ['Spanish speaking a plus', [['es', null, null]]],
    ['Proficiency in English', [['en', 'professional', null]]],
    ['Inglês intermediário', [['en', 'basic', null]]],
    ['Uitstekende beheersing van de Nederlandse taal', [['nl', 'fluent', null]]],
    ['Bilingue anglais', [['en', 'fluent', null]]],
    ['Anglais courant exigé', [['en', 'fluent', null]]],
    ['Verhandlungssicheres Deutsch in Wort und Schrift', [['de', 'fluent', null]]],
    [
      'Sehr gute Deutsch- und Englischkenntnisse',
      [
        ['de', 'fluent', null],
        ['en', 'fluent', null],
      ],
    ],
    ['Grundkenntnisse in Französisch', [['fr', 'basic', null]]],
    ['Inglés avanzado', [['en', 'professional', null]]],
    ['Nivel de inglés C1', [['en', 'fluent', 'C1']]],
    ['Ottima conoscenza della lingua inglese', [['en', 'fluent', null]]],
    ['Inglês fluente', [['en', 'fluent', null]]],
    [
      'English and French (fluent)',
      [
        ['en', 'fluent', null],
        ['fr', 'fluent', null],
      ],
    ],
    [
      'Fluent in English, French and German',
      [
        ['en', 'fluent', null],
        ['fr', 'fluent', null],
        ['de', 'fluent', null],
      ],
    ],
    [
      'Vloeiend Nederlands en Engels',
      [
        ['nl', 'fluent', null],
        ['en', 'fluent', null],
      ],
    ],
    ['Mandarin Chinese speaker preferred', [['zh', null, null]]],
    [
      "Anglais professionnel indispensable ; l'italien serait un plus",
      [
        ['en', 'professional', null],
        ['it', null, null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(langs(text)).toEqual(expected);
  });

  it('accepts a bare language name as a requirement line under a heading', () => {
    expect(langs('Spanish (a plus)', 'required')).toEqual([['es', null, null]]);
  });

  it.each([
    'Build partnerships with large customers and agencies in the French market',
    'Experience selling to German customers',
    'We work across Spanish-speaking countries',
    'Strong Java, Go, Rust, Swift, Ruby and R skills',
    'Review content including vulgar language in multiple languages',
    'Knowledge of French GAAP and German tax law',
    'Our Italian office is in Milan.',
    'Degree in English or a related subject',
    'Experience teaching A-level English Literature',
  ])('ignores %s', (text) => {
    expect(langs(text, 'required')).toEqual([]);
  });
});

describe('extractLanguages: each level stays with its own language', () => {
  it.each([
    [
      'Italienisch auf C1-Niveau sowie gute Portugiesischkenntnisse',
      [
        ['it', 'fluent'],
        ['pt', 'professional'],
      ],
    ],
    ['Niederländisch in Wort und Schrift auf sehr hohem Niveau', [['nl', 'fluent']]],
    [
      'Anglais lu et écrit, espagnol courant',
      [
        ['en', null],
        ['es', 'fluent'],
      ],
    ],
    ['Espagnol écrit et parlé de niveau professionnel', [['es', 'professional']]],
    ['Maîtrise de l’allemand', [['de', 'fluent']]],
    ['Nivel alto de francés', [['fr', 'fluent']]],
    ['Solida conoscenza del tedesco', [['de', 'professional']]],
    [
      'Vloeiend Engels en basiskennis Duits',
      [
        ['en', 'fluent'],
        ['de', 'basic'],
      ],
    ],
    [
      'Texte in deutscher und englischer Sprache verfassen',
      [
        ['de', null],
        ['en', null],
      ],
    ],
    [
      'Conversational Zulu or Xhosa is an advantage',
      [
        ['zu', 'basic'],
        ['xh', 'basic'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(langs(text, 'required').map(([code, level]) => [code, level])).toEqual(expected);
  });

  it('does not read an application instruction as a requirement', () => {
    expect(langs('Please send your CV in English and state your notice period')).toEqual([]);
  });
});
