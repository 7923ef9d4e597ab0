import { describe, expect, it } from 'vitest';
import { extract } from './index';

/** Two known towns joined by "&" under the title are the job's places, not an employer's name. */
const posting = (...lines: string[]) => extract({ text: lines.join('\n') }).posting;

describe('two towns joined by "&" on the line under the title', () => {
  it.each([
    ['Carpenter', 'Brisbane & Gold Coast', 'Requirements', ['Brisbane', 'Gold Coast']],
    ['Tischler (m/w/d)', 'Köln & Bonn', 'Anforderungen', ['Köln', 'Bonn']],
    ['Conducteur de travaux', 'Lyon & Grenoble', 'Profil', ['Lyon', 'Grenoble']],
  ])('%s / %s', (title, line, heading, places) => {
    const got = posting(title, '', line, '', heading, '- 3 years');
    expect(got.locations).toEqual(places);
    expect(got.company).toBeNull();
  });

  it('keeps a firm written with "&" as the employer', () => {
    const got = posting('Carpenter', '', 'Harlow & Finch', '', 'Requirements', '- 3 years');
    expect(got.company).toBe('Harlow & Finch');
    expect(got.locations).toEqual([]);
  });
});

describe('the work model, then the town it is worked in', () => {
  it.each([
    ['Desenvolvedor Java', '- Presencial em Caxias do Sul - RS', ['Caxias do Sul']],
    ['Desarrollador Java', '- Presencial en Medellín', ['Medellín']],
    ['Contador', '- Residencia en Saltillo, Coahuila o cercanías.', ['Saltillo, Coahuila']],
    ['Développeur Java', 'Sur site à Lyon', ['Lyon']],
    ['Java-Entwickler (m/w/d)', 'Vor Ort in Köln', ['Köln']],
    ['Ontwikkelaar', 'Op locatie in Utrecht', ['Utrecht']],
    ['Java Developer', 'Hybrid in Leeds', ['Leeds']],
  ])('%s / %s', (title, line, places) => {
    const got = posting(title, '', line, '', 'Requisitos', '- Java');
    expect(got.locations).toEqual(places);
    expect(got.company).toBeNull();
  });

  it("keeps a town's joining word only where the gazetteer knows the whole name", () => {
    const got = posting('Ingeniero', '', 'Puesto ubicado en Alcalá de Henares.', '', '- Java');
    expect(got.locations).toEqual(['Alcalá de Henares']);
    const other = posting('Engineer', '', 'Based in Leeds de facto, with travel.', '', '- Java');
    expect(other.locations).toEqual(['Leeds']);
  });
});

describe("the town written right after the employer's name", () => {
  it.each([
    [
      'Erzieher (m/w/d)',
      'Der Waldkindergarten Eichhörnchen e.V. in Bremen sucht ab Mai eine Fachkraft.',
      'Bremen',
    ],
    ['Bäcker (m/w/d)', 'Die Bäckerei Korn GmbH in Freiburg sucht einen Bäcker.', 'Freiburg'],
  ])('%s', (title, line, town) => {
    expect(posting(title, '', line, '', 'Profil', '- Erfahrung').locations).toEqual([town]);
  });

  it('reads no town that the gazetteer does not know', () => {
    const line = 'Der Verein Sonnenschein e.V. in Gründung sucht eine Fachkraft.';
    expect(posting('Erzieher (m/w/d)', '', line).locations).toEqual([]);
  });
});

describe("a town's name after an article inside an employer's name", () => {
  it.each([
    ['Aprendiz de cocina', 'Restaurante El Faro', 'Requisitos'],
    ['Cameriere', 'Trattoria Il Porto', 'Requisiti'],
  ])('%s at %s names no place', (title, company, heading) => {
    const got = posting(title, '', company, '', heading, '- Voglia di imparare');
    expect(got.company).toBe(company);
    expect(got.locations).toEqual([]);
  });

  it('still reads the town an employer is named after', () => {
    const got = posting('Elektriker (m/w/d)', '', 'Stadtwerke München', '', 'Profil', '- Lehre');
    expect(got.locations).toEqual(['München']);
  });
});
