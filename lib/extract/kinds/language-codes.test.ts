import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { codedLanguages } from './language-codes';

/** [language, level] of each language requirement `extract` reads in a posting. */
function languages(text: string): [string, string | null][] {
  return extract({ text }).requirements.flatMap((r) =>
    r.kind === 'language' ? [[r.language, r.level] as [string, string | null]] : [],
  );
}

describe('languages written as codes', () => {
  it('reads a bilingual word before a run of codes as each language, fluent', () => {
    expect(
      codedLanguages('Bilingual (FR/EN) is a must').map(
        (f) => f.kind === 'language' && [f.language, f.level],
      ),
    ).toEqual([
      ['fr', 'fluent'],
      ['en', 'fluent'],
    ]);
    expect(languages('Votre profil :\n- Parfaitement bilingue FR/NL')).toEqual([
      ['fr', 'fluent'],
      ['nl', 'fluent'],
    ]);
    expect(languages('Ihr Profil:\n- Zweisprachig (DE / FR)')).toEqual([
      ['de', 'fluent'],
      ['fr', 'fluent'],
    ]);
    expect(languages('Uw profiel:\n- Je bent drietalig NL, FR & EN')).toEqual([
      ['nl', 'fluent'],
      ['fr', 'fluent'],
      ['en', 'fluent'],
    ]);
  });

  it('reads a languages label before a run of codes, with no level', () => {
    expect(languages('Profil recherché :\n- Langues : NL/FR/EN')).toEqual([
      ['nl', null],
      ['fr', null],
      ['en', null],
    ]);
    expect(languages('Requisitos:\n- Idiomas: ES + EN')).toEqual([
      ['es', null],
      ['en', null],
    ]);
    expect(languages('Requisiti:\n- Lingue: IT/EN')).toEqual([
      ['it', null],
      ['en', null],
    ]);
  });

  it('points each item at its own code, so the sentence can be highlighted', () => {
    const text = 'Bilingual (FR/EN) required';
    expect(codedLanguages(text).map((f) => text.slice(f.at, f.at + 2))).toEqual(['FR', 'EN']);
  });

  it('leaves runs that are no languages, codes in lower case, and codes without a lead word', () => {
    expect(codedLanguages('Bilingual teams across IT/HR and finance')).toEqual([]);
    expect(codedLanguages('Languages: CV/EN please')).toEqual([]);
    expect(codedLanguages('Bilingual (fr/en)')).toEqual([]);
    expect(codedLanguages('Offices in DE/FR/NL')).toEqual([]);
    expect(languages('Requirements:\n- Experience with IT/HR systems')).toEqual([]);
  });

  it('adds coded languages to the named ones once each', () => {
    expect(languages('Profile:\n- Bilingual (EN/FR); German is a plus')).toEqual([
      ['de', null],
      ['en', 'fluent'],
      ['fr', 'fluent'],
    ]);
    expect(languages('Profile:\n- Fluent English. Bilingual (EN/FR)')).toEqual([
      ['en', 'fluent'],
      ['fr', 'fluent'],
    ]);
  });
});
