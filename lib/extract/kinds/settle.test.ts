import { describe, expect, it } from 'vitest';
import { extract } from '../index';

function itemsOf(text: string) {
  return extract({ text }).requirements;
}

describe('settleRequirements', () => {
  it('lets a standalone "experience instead" sentence reach the required degree', () => {
    const text = [
      'Requirements:',
      "- Bachelor's degree in Logistics",
      '- A suitable combination of education and experience may be substituted for the degree',
    ].join('\n');
    expect(itemsOf(text).find((r) => r.kind === 'education')).toMatchObject({
      level: 'bachelor',
      equivalentAccepted: true,
    });
  });

  it('reads the same in Dutch and Italian', () => {
    const nl =
      'Wat we vragen:\n- Hbo-opleiding Bedrijfskunde\n- Autodidacten met aantoonbare ervaring zijn ook welkom';
    const it = [
      'Requisiti:',
      '- Laurea in Economia',
      '- Saranno valutati anche candidati con esperienza nel ruolo',
    ].join('\n');
    for (const text of [nl, it]) {
      expect(itemsOf(text).find((r) => r.kind === 'education')).toMatchObject({
        equivalentAccepted: true,
      });
    }
  });

  it('leaves a degree alone when nothing says experience may replace it', () => {
    const text =
      "Requirements:\n- Bachelor's degree in Logistics\n- 3 years of experience in freight";
    expect(itemsOf(text).find((r) => r.kind === 'education')).toMatchObject({
      equivalentAccepted: false,
    });
  });

  it("drops a record's bare years line when the body states the same years with a field", () => {
    const text = [
      'Expérience : 3 ans',
      '',
      'Profil recherché :',
      "- 3 à 6 ans d'expérience dans la maintenance industrielle",
    ].join('\n');
    const years = itemsOf(text).filter((r) => r.kind === 'experience');
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ minYears: 3, maxYears: 6 });
  });

  it("keeps a record's years line that the body does not repeat", () => {
    const text = [
      'Erfahrung: 2 Jahre',
      '',
      'Ihr Profil:',
      '- Mindestens 5 Jahre Erfahrung in der Projektleitung',
    ].join('\n');
    const years = itemsOf(text).filter((r) => r.kind === 'experience');
    expect(years.map((r) => (r.kind === 'experience' ? r.minYears : null)).sort()).toEqual([2, 5]);
  });

  it("lets the body's own word say whether a record's years are required", () => {
    const fr = ['Expérience : 2 ans', '', 'Description', 'Une expérience de 2 ans serait un plus.'];
    const es = ['Experiencia: 3 años', '', 'Descripción', 'Se valorará una experiencia de 3 años.'];
    for (const text of [fr, es]) {
      const years = itemsOf(text.join('\n')).filter((r) => r.kind === 'experience');
      expect(years).toHaveLength(1);
      expect(years[0]).toMatchObject({ maxYears: null, required: false });
    }
  });

  it("keeps a record's total years as its own item, without a field", () => {
    const text = [
      'What you need:',
      '- 4 years of solid experience maintaining forklifts',
      '',
      'Experience:',
      '- overall work: 4 years (Required)',
      '- Total: 1 year (Preferred)',
    ].join('\n');
    const years = itemsOf(text).filter((r) => r.kind === 'experience');
    expect(years.map((r) => (r.kind === 'experience' ? [r.minYears, r.field] : []))).toEqual([
      [4, 'maintaining forklifts'],
      [4, null],
      [1, null],
    ]);
  });
});

describe('settleRequirements: a licence asks for its tool', () => {
  const named = (text: string) =>
    itemsOf(text).flatMap((r) =>
      r.kind === 'skill' || r.kind === 'license' ? [`${r.kind}:${r.name}`] : [],
    );

  it('keeps the licence alone when the title or duties name the forklift', () => {
    const en =
      'Forklift Driver\n\nWhat you need:\n- A current forklift licence\n- Steel-capped boots';
    const de =
      'Lagermitarbeiter\n\nAufgaben:\n- Be- und Entladen mit dem Gabelstapler\n\nProfil:\n- Staplerschein';
    expect(named(en)).toEqual(['license:Forklift licence']);
    expect(named(de)).toEqual(['license:Forklift licence']);
  });

  it('keeps the forklift when no licence is asked', () => {
    expect(named('Warehouse Operative\n\nRequirements:\n- Two years on a forklift')).toEqual([
      'skill:Forklift',
    ]);
  });
});
