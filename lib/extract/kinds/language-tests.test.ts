import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const languages = (text: string) =>
  extract({ text } as never).requirements.flatMap((r) =>
    r.kind === 'language' ? [[r.language, r.level, r.required ? 'R' : 'P']] : [],
  );

describe('English asked for by a test score', () => {
  it('maps TOEIC, IELTS and TOEFL scores to the level they certify', () => {
    expect(languages('Votre profil :\n- Un score TOEIC d’au moins 860')).toEqual([
      ['en', 'professional', 'R'],
    ]);
    expect(languages('Votre profil :\n- TOEIC > 950')).toEqual([['en', 'fluent', 'R']]);
    expect(languages('What you bring:\n- IELTS band 5 or higher')).toEqual([['en', 'basic', 'R']]);
    expect(languages('Requisitos:\n- TOEFL iBT 98')).toEqual([['en', 'fluent', 'R']]);
  });

  it('lets a score give the level a language name left open', () => {
    expect(languages('Profil :\n- Anglais (TOEIC 790 minimum)')).toEqual([
      ['en', 'professional', 'R'],
    ]);
  });

  it('reads a test with no score only where the sentence asks for it', () => {
    expect(languages('Profil :\n- Une certification TOEIC serait appréciée')).toEqual([
      ['en', null, 'P'],
    ]);
    expect(languages('Depuis 2012 nous finançons le TOEIC de nos équipes.')).toEqual([]);
    expect(languages('We sponsored 40 IELTS candidates in 2023.')).toEqual([]);
  });
});

describe('French degree pairs', () => {
  const levels = (text: string) =>
    extract({ text } as never).requirements.flatMap((r) =>
      r.kind === 'education' ? [r.level] : [],
    );
  it('reads "Licence ou Master" as one requirement at the licence level', () => {
    expect(levels('Profil :\n- Titulaire d’une Licence ou d’un Master en économie')).toEqual([
      'bachelor',
    ]);
    expect(levels('Profil :\n- Licence / Master en sciences de l’éducation')).toEqual(['bachelor']);
  });
  it('reads a BUT named with its speciality', () => {
    expect(levels('Profil :\n- Vous êtes titulaire d’un BUT GEA')).toEqual(['associate']);
    expect(levels('Le but de ce poste est simple.')).toEqual([]);
  });
});
