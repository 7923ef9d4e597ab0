import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractExperience } from './experience';

/** Years of work named with the word for work, not for experience, in every language. */

function years(text: string, section: Sentence['section'] = 'required') {
  return extractExperience({ text, start: 0, end: text.length, heading: null, section }).flatMap(
    (f) => (f.kind === 'experience' ? [[f.minYears, f.maxYears, f.field]] : []),
  );
}

describe('years of work are experience where requirements are stated', () => {
  it.each([
    ['At least 4 years of work in a dental practice', [4, null, 'dental practice']],
    ['Mindestens 2 Jahre Tätigkeit in der Lohnbuchhaltung', [2, null, 'Lohnbuchhaltung']],
    ['Au moins 2 ans de travail en restauration collective', [2, null, 'restauration collective']],
    ['Mínimo 3 años de trabajo en almacenes', [3, null, 'almacenes']],
    ['Almeno 2 anni di lavoro in cucina', [2, null, 'cucina']],
    ['Pelo menos 2 anos de trabalho em call center', [2, null, 'call center']],
    ['Minimaal 3 jaar werkzaam als kok', [3, null, 'kok']],
  ])('%s', (text, expected) => {
    expect(years(text)).toEqual([expected]);
  });
});

describe('other years with the word for work are no requirement', () => {
  it.each([
    'Nach 2 Jahren Arbeit im Team übernehmen Sie mehr Verantwortung',
    'Un contrat de travail de 2 ans vous sera proposé',
    'Après 2 ans, une prime de travail de nuit est versée',
    'El contrato de trabajo tiene una duración de 1 año',
    'Il contratto di lavoro dura 12 mesi',
    'Contrato de trabalho de 2 anos',
  ])('%s', (text) => {
    expect(years(text, null)).toEqual([]);
    expect(years(text, 'required')).toEqual([]);
  });
});
