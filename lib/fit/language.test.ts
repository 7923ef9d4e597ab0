import { describe, expect, it } from 'vitest';
import type { Cefr, LanguageLevel, Profile, ProfileLanguageLevel } from '../schema';
import { checkLanguage, LEVEL_RANK } from './language';
import { req, said, worded } from './testing';

function lang(language: string, level: LanguageLevel | null, cefr: Cefr | null = null) {
  return req('language', { language, level, cefr });
}

const speaks = (language: string, level: ProfileLanguageLevel): Profile => ({
  languages: [
    { language: 'en', level: 'native' },
    { language, level },
  ],
});

describe('checkLanguage', () => {
  it.each<[LanguageLevel, ProfileLanguageLevel, string]>([
    ['fluent', 'C1', 'met'],
    ['fluent', 'C2', 'met'],
    ['fluent', 'native', 'met'],
    ['fluent', 'B2', 'partial'],
    ['fluent', 'professional', 'partial'],
    ['fluent', 'B1', 'unmet'],
    ['fluent', 'A2', 'unmet'],
    ['professional', 'B2', 'met'],
    ['professional', 'B1', 'partial'],
    ['professional', 'A2', 'unmet'],
    ['professional', 'basic', 'unmet'],
    ['native', 'C2', 'partial'],
    ['native', 'fluent', 'partial'],
    ['native', 'B2', 'unmet'],
    ['basic', 'A2', 'met'],
    ['basic', 'A1', 'partial'],
  ])('asks %s, has %s: %s', (asked, have, status) => {
    expect(checkLanguage(lang('fr', asked), speaks('fr', have)).status).toBe(status);
  });

  it('names both sides, with the CEFR level explained', () => {
    expect(said(checkLanguage(lang('fr', 'fluent'), speaks('fr', 'B1')))).toBe(
      'It asks for fluent French; you have B1 (basic).',
    );
    expect(said(checkLanguage(lang('de', 'native'), speaks('de', 'C2')))).toBe(
      'It asks for native German; you have C2 (fluent), a little below it.',
    );
  });

  it('compares a CEFR requirement on the CEFR scale', () => {
    const item = checkLanguage(lang('es', 'professional', 'B2'), speaks('es', 'professional'));
    expect(worded(item)).toEqual({
      status: 'met',
      reason: 'It asks for B2 Spanish, and you have a professional level.',
    });
    expect(checkLanguage(lang('es', null, 'C1'), speaks('es', 'B2')).status).toBe('partial');
  });

  it('reads an unstated level as a working level', () => {
    expect(checkLanguage(lang('it', null), speaks('it', 'B2')).status).toBe('met');
    const item = checkLanguage(lang('it', null), speaks('it', 'A2'));
    expect(worded(item)).toEqual({
      status: 'partial',
      reason: 'It asks for Italian without saying the level; you have A2 (basic).',
    });
  });

  it('uses the best of several entries for one language', () => {
    const p: Profile = {
      languages: [
        { language: 'fr', level: 'A2' },
        { language: 'fr', level: 'C1' },
      ],
    };
    expect(checkLanguage(lang('fr', 'fluent'), p).status).toBe('met');
  });

  it('is unmet for a language the profile does not list, unknown with no languages', () => {
    expect(worded(checkLanguage(lang('nl', 'fluent'), speaks('fr', 'C1')))).toEqual({
      status: 'unmet',
      reason: 'It asks for fluent Dutch; your profile does not list Dutch.',
    });
    expect(checkLanguage(lang('nl', 'fluent'), {}).status).toBe('unknown');
    expect(checkLanguage(lang('nl', 'fluent'), { languages: [] }).status).toBe('unknown');
  });

  it('keeps one ordered scale across both vocabularies', () => {
    const order: ProfileLanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
    const ranks = order.map((l) => LEVEL_RANK[l]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(LEVEL_RANK.basic).toBe(LEVEL_RANK.A2);
    expect(LEVEL_RANK.professional).toBe(LEVEL_RANK.B2);
    expect(LEVEL_RANK.fluent).toBe(LEVEL_RANK.C1);
  });
});
