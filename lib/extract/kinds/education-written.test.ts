import { describe, expect, it } from 'vitest';
import { extractEducation } from './education';

function edu(text: string) {
  return extractEducation({
    text,
    start: 0,
    end: text.length,
    heading: null,
    section: null,
  }).flatMap((f) => (f.kind === 'education' ? [[f.level, f.field, f.equivalentAccepted]] : []));
}

/** The field of study ends where its equivalent starts, whatever letters the words between have. */
describe('the field ends before "or equivalent experience"', () => {
  it.each([
    ['DEC en administration ou expérience équivalente', ['associate', 'administration', true]],
    ['Licence en économie ou diplôme équivalent', ['bachelor', 'économie', true]],
    ["Bachelor's degree in Finance or equivalent experience", ['bachelor', 'Finance', true]],
    [
      'Licenciatura en Administración o experiencia equivalente',
      ['bachelor', 'Administración', true],
    ],
    ['Laurea in Economia o esperienza equivalente', ['bachelor', 'Economia', true]],
  ])('%s', (text, expected) => {
    expect(edu(text)).toEqual([expected]);
  });
});

/** Dutch care diplomas give their MBO level in brackets, without "mbo". */
describe('an MBO level in brackets', () => {
  it.each([
    'Een afgeronde opleiding Verzorgende IG (niveau 3)',
    'Diploma Helpende Zorg en Welzijn (niveau 2)',
    'Je hebt de opleiding MBO-Verpleegkunde afgerond (niveau 4)',
  ])('%s', (text) => {
    expect(edu(text).map(([level]) => level)).toEqual(['vocational']);
  });

  it('leaves a level that is no diploma’s', () => {
    expect(edu('Je spreekt Engels op niveau 3')).toEqual([]);
  });
});
