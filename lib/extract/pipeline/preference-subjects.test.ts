import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const years = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'experience' ? [[r.minYears, r.required]] : [],
  );

describe('a leading qualifier stops at a main clause with its own subject', () => {
  it.each([
    [
      'Électricien H/F\n\nProfil\nTitulaire d’un CAP, idéalement complété par un BP, vous justifiez de 4 ans d’expérience en tertiaire.',
      [[4, true]],
    ],
    [
      'Field Engineer\n\nRequirements\nA degree, preferably in electronics, you will bring 5 years of field service work.',
      [[5, true]],
    ],
    [
      'Servicetechniker\n\nProfil\nIdealerweise mit Meisterbrief, Sie bringen 3 Jahre Berufserfahrung mit.',
      [[3, true]],
    ],
  ])('%s', (text, want) => {
    expect(years(text)).toEqual(want);
  });

  it('still marks the item the qualifier reaches as preferred', () => {
    expect(
      years(
        'Comptable\n\nProfil\nBac+2 en comptabilité, idéalement avec 2 ans d’expérience en cabinet.',
      ),
    ).toEqual([[2, false]]);
  });
});
