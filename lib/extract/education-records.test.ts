import { describe, expect, it } from 'vitest';
import { extract } from './index';

/** The education items read: level, required, equivalent accepted. */
function degrees(text: string): string[] {
  return extract({ text }).requirements.flatMap((r) =>
    r.kind === 'education' ? [`${r.level}:${r.required}:${r.equivalentAccepted}`] : [],
  );
}

describe("a job board's minimum-education field (Spanish)", () => {
  it.each([
    ['Universidad', 'bachelor'],
    ['Universitario', 'bachelor'],
    ['Terciario', 'bachelor'],
    ['Técnico', 'vocational'],
    ['Tecnológico', 'associate'],
    ['Secundario', 'high_school'],
  ])('reads "Educación mínima: %s" as %s', (value, level) => {
    const text = `Analista contable\n\nRequerimientos\n- Educación mínima: ${value}\n- 1 año de experiencia`;
    expect(degrees(text)).toEqual([`${level}:true:false`]);
  });

  it('takes the lower of two values given together', () => {
    expect(degrees('Requerimientos\n- Educación mínima: Universidad / Carrera técnica')).toEqual([
      'vocational:true:false',
    ]);
  });
});

describe('experience that stands in for the degree, said far from it', () => {
  it('reads "in assenza di laurea" after a long clause as equivalent accepted (it)', () => {
    const text =
      'Requisiti:\n- Laurea in Economia con almeno 4 anni di esperienza in uffici acquisti di enti pubblici; ' +
      'in assenza di laurea, almeno 8 anni di esperienza negli stessi uffici';
    expect(degrees(text)).toEqual(['bachelor:true:true']);
  });

  it('does not read the degree named in that phrase as a second degree asked for', () => {
    const text =
      'Requisiti:\n- Diploma di maturità\n- In assenza di laurea, almeno 5 anni di esperienza';
    expect(degrees(text)).toEqual(['high_school:true:true']);
  });
});

describe('Dutch WO levels', () => {
  it('reads "WO werk- en denkniveau" and "wo-denkniveau" as the thinking level, equivalent accepted', () => {
    expect(degrees('Wat wij vragen:\n- WO werk- en denkniveau')).toEqual(['master:true:true']);
    expect(degrees('Wat wij vragen:\n- Ervaring in de IT en wo-denkniveau')).toEqual([
      'master:true:true',
    ]);
  });

  it('still reads a finished WO degree without equivalence', () => {
    expect(degrees('Wat wij vragen:\n- Een afgeronde wo-opleiding')).toEqual(['master:true:false']);
  });
});
