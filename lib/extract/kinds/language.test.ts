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
    // The noun names the ability ("your level of English proficiency"); it states no level.
    ['Proficiency in English', [['en', null, null]]],
    ['Proficient in English', [['en', 'professional', null]]],
    ['Inglês intermediário', [['en', 'professional', null]]],
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

describe('extractLanguages: levels bound to their own language in seven languages', () => {
  it.each([
    // A level before one name and another after the next: each keeps its own.
    [
      'Native Italian speaker with good English',
      [
        ['it', 'native'],
        ['en', 'professional'],
      ],
    ],
    [
      'Anglais niveau C1 et allemand niveau B1',
      [
        ['en', 'fluent'],
        ['de', 'basic'],
      ],
    ],
    [
      'Gute Englischkenntnisse (B2) und Grundkenntnisse in Französisch',
      [
        ['en', 'professional'],
        ['fr', 'basic'],
      ],
    ],
    [
      'Nivel avanzado de inglés y básico de alemán',
      [
        ['en', 'professional'],
        ['de', 'basic'],
      ],
    ],
    [
      "Ottime conoscenze dell'inglese e discreta conoscenza del francese",
      [
        ['en', 'fluent'],
        ['fr', 'professional'],
      ],
    ],
    [
      'Inglês fluente e conhecimentos básicos de espanhol',
      [
        ['en', 'fluent'],
        ['es', 'basic'],
      ],
    ],
    [
      'Goede kennis van het Engels en basiskennis van het Frans',
      [
        ['en', 'professional'],
        ['fr', 'basic'],
      ],
    ],
    // Enumerations with labels, levels after each name.
    [
      'Idiomas: portugués (C2), italiano (B1)',
      [
        ['pt', 'fluent'],
        ['it', 'basic'],
      ],
    ],
    [
      'Talen: Duits (moedertaal), Engels (goed)',
      [
        ['de', 'native'],
        ['en', 'professional'],
      ],
    ],
    // A level shared by a list joined with "and/or".
    [
      'Greek and/or Turkish at an advanced level',
      [
        ['el', 'professional'],
        ['tr', 'professional'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(langs(text, 'required').map(([code, level]) => [code, level])).toEqual(expected);
  });

  it('reads "strong" as a high level and the bare noun "proficiency" as no level', () => {
    expect(langs('Strong spoken Portuguese', 'required')).toEqual([['pt', 'fluent', null]]);
    expect(langs('Proficiency in Xhosa and/or Sotho is an advantage', 'required')).toEqual([
      ['xh', null, null],
      ['st', null, null],
    ]);
  });

  it('reads a language after an article in the Romance languages and Dutch', () => {
    expect(langs('Se valorará el portugués')).toEqual([['pt', null, null]]);
    expect(langs('Kennis van het Italiaans is een pluspunt')).toEqual([['it', null, null]]);
    expect(langs('Fundierte Kenntnisse der italienischen Sprache')).toEqual([
      ['it', 'professional', null],
    ]);
    expect(langs('An excellent command of the Dutch language')).toEqual([['nl', 'fluent', null]]);
    expect(langs('Die Deutsche Bank und die Spanische Treppe', 'required')).toEqual([]);
  });

  it('reads a shortened name only in a list beside a full one', () => {
    expect(langs('Very good spoken Eng and Tamil')).toEqual([
      ['en', 'fluent', null],
      ['ta', 'fluent', null],
    ]);
    expect(langs('Sehr gute Kenntnisse in Italienisch und engl.')).toEqual([
      ['it', 'fluent', null],
      ['en', 'fluent', null],
    ]);
    expect(langs('Eng degree and 3 years in a lab', 'required')).toEqual([]);
    expect(langs('Fluent Dutch; Eng team lead', 'required')).toEqual([['nl', 'fluent', null]]);
  });

  it('takes nothing from a sentence that tells in which language to apply', () => {
    expect(
      langs('Envoyez votre CV en anglais et précisez votre niveau d’anglais courant', 'required'),
    ).toEqual([]);
    expect(langs('Please send your CV in Dutch and rate your Dutch proficiency')).toEqual([]);
  });
});

describe('extractLanguages: a joining word ending in an accented letter', () => {
  it('stops the level window at Italian "nonché" as at "e"', () => {
    expect(langs('Tedesco madrelingua nonché francese')).toEqual([
      ['de', 'native', null],
      ['fr', null, null],
    ]);
    expect(langs('Spagnolo fluente nonché un po’ di portoghese')).toEqual([
      ['es', 'fluent', null],
      ['pt', null, null],
    ]);
    expect(langs('Tedesco madrelingua e francese')).toEqual(
      langs('Tedesco madrelingua nonché francese'),
    );
  });

  it('stops nothing inside a longer word that holds a stop word', () => {
    expect(langs('Inglese fluente ed eccellente')).toEqual([['en', 'fluent', null]]);
  });
});

describe('a level shared by names each behind an article', () => {
  const levels = (text: string) => langs(text).map(([language, level]) => [language, level]);

  it('shares the level across "and" with the articles French, Spanish, Italian and Portuguese write', () => {
    expect(levels('Vous maîtrisez couramment l’espagnol et l’allemand.')).toEqual([
      ['es', 'fluent'],
      ['de', 'fluent'],
    ]);
    expect(levels('Excellente maîtrise du français et de l’anglais')).toEqual([
      ['fr', 'fluent'],
      ['en', 'fluent'],
    ]);
    expect(levels('Dominio del inglés y del alemán')).toEqual([
      ['en', 'fluent'],
      ['de', 'fluent'],
    ]);
    expect(levels('Conoscenza fluente dell’inglese e del francese')).toEqual([
      ['en', 'fluent'],
      ['fr', 'fluent'],
    ]);
  });

  it('reads Italian "correntemente" as fluent', () => {
    expect(levels('Parli correntemente lo spagnolo')).toEqual([['es', 'fluent']]);
  });

  it('keeps a comma and an article as a clause of its own', () => {
    expect(levels('Anglais courant exigé, l’allemand serait un plus')).toEqual([
      ['en', 'fluent'],
      ['de', null],
    ]);
  });
});

describe('extractLanguages: a name with a clause of its own after a comma', () => {
  it.each([
    ['Excellent English, Dutch language skills are a plus.', 'nl'],
    ['Sehr gute Englischkenntnisse, Französischkenntnisse sind von Vorteil.', 'fr'],
    ["Anglais courant, des bases d'espagnol sont un plus.", 'es'],
    ['Ottimo inglese, il francese è un plus.', 'fr'],
  ])('keeps the level of the first name to itself: %j', (text, second) => {
    const found = langs(text);
    expect(found[0]?.[1]).toBe('fluent');
    expect(found.find((f) => f[0] === second)?.[1]).not.toBe('fluent');
  });

  it('still shares a level across a plain list', () => {
    expect(langs('Fluent English, Spanish and Italian').map((f) => f[1])).toEqual([
      'fluent',
      'fluent',
      'fluent',
    ]);
  });
});

describe('extractLanguages: school subjects are no language asked for', () => {
  it.each([
    'Ideally you hold GCSE Grade A-C / Level 4+ in English and Maths.',
    'You need a grade C or above in English.',
    'A-levels in French and History welcome.',
  ])('%j', (text) => {
    expect(langs(text)).toEqual([]);
  });
});

describe("extractLanguages: Spain's co-official languages", () => {
  it.each([
    ['Valenciano: nivel C1', [['ca', 'fluent', 'C1']]],
    ['Se valorará el conocimiento de euskera', [['eu', null, null]]],
    ['Galego (Celga 4) obrigatorio', [['gl', null, null]]],
    ['Basque is an advantage for this role', [['eu', null, null]]],
  ])('%j', (text, expected) => {
    expect(langs(text, 'required')).toEqual(expected);
  });

  it('reads no language in a public body named after the region', () => {
    expect(langs('Trabajarás en el Servicio Valenciano de Salud.', 'required')).toEqual([]);
  });
});
