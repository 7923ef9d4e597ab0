import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Requirement classes met on unseen postings (US defence and finance recruiters, a German
 * freelance board, Brazilian and Mexican community boards). Sentences are written for these tests.
 */
const experience = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'experience'
      ? [{ min: r.minYears, max: r.maxYears, field: r.field, required: r.required }]
      : [],
  );
const years = (text: string) => experience(text).map((e) => [e.min, e.max]);

describe('years of combined experience asked of the candidate', () => {
  it.each([
    [
      'Security Lead\n\nRequired Skills:\n- A minimum of 10 years of combined experience in audit and risk',
      10,
      null,
    ],
    [
      'Controller\n\nRequirements:\n- 4 - 6 years of combined public and private accounting experience preferred',
      4,
      6,
    ],
    [
      'Architect\n\nQualifications:\n- 15+ years of combined experience in networks and storage',
      15,
      null,
    ],
  ])('reads them when a minimum, a range or a plus asks them (%#)', (text, min, max) => {
    expect(years(text)).toContainEqual([min, max]);
  });

  it('keeps a range of combined years preferred when the line says so', () => {
    const text =
      'Controller\n\nRequirements:\n- 4 - 6 years of combined public and private accounting experience preferred';
    expect(experience(text)).toContainEqual(expect.objectContaining({ min: 4, required: false }));
  });

  it('still reads a team’s pooled years as no requirement', () => {
    const text =
      'Analyst\nAcme\nDenver, CO\n\nBetween them, the founders hold 18 years of combined experience in logistics.\n\nRequirements:\n- SQL';
    expect(years(text)).toEqual([]);
  });
});

describe('a plus sign before the count makes it a minimum', () => {
  it.each([
    [
      'pt',
      'Desenvolvedor Java\nAcme\nCuritiba\n\nBuscamos pessoa desenvolvedora.\n\n+4 anos atuando com Java e Spring.',
      4,
    ],
    [
      'es',
      'Desarrollador React\nAcme\nMonterrey\n\nBuscamos una persona desarrolladora.\n\n+5 años trabajando con React.',
      5,
    ],
    [
      'en',
      'Data Engineer\nAcme\nAustin, TX\n\nWe are growing our data team.\n\n+6 years building data pipelines in Python.',
      6,
    ],
  ])('(%s) reads the years', (_lang, text, min) => {
    expect(years(text)).toContainEqual([min, null]);
  });
});

describe('a bracketed count with a plus right after the experience noun', () => {
  it.each([
    [
      'de',
      'Vertriebsleiter (m/w/d)\n\nIhr Profil:\n- Mehrjährige Berufserfahrung (+4) im Vertrieb von Maschinen',
      4,
    ],
    ['en', 'Account Executive\n\nRequirements:\n- Sales experience (5+) in B2B software', 5],
    ['fr', 'Chargé de clientèle\n\nProfil recherché :\n- Expérience (3+) en relation client', 3],
  ])('(%s) reads the years', (_lang, text, min) => {
    expect(years(text)).toContainEqual([min, null]);
  });

  it('reads no years from a bracketed dialling code', () => {
    expect(
      years('Support Agent\n\nRequirements:\n- Experience with phone support, call (+49) 30 1234'),
    ).toEqual([]);
  });
});

describe('the field of a duration in brackets is the named tool, without the noun and its preposition', () => {
  it.each([
    [
      'de',
      'Entwickler (m/w/d)\n\nWünschenswert:\n- Projekterfahrung mit Terraform (mindestens 2 Jahre)',
      'Terraform',
    ],
    [
      'en',
      'Platform Engineer\n\nNice to have:\n- Hands-on experience with Kubernetes (at least 3 years)',
      'Kubernetes',
    ],
    ['es', 'Desarrollador\n\nRequisitos:\n- Experiencia con Angular (mínimo 2 años)', 'Angular'],
    ['fr', 'Développeur\n\nProfil :\n- Expérience avec Symfony (au moins 2 ans)', 'Symfony'],
  ])('(%s) names the tool', (_lang, text, field) => {
    expect(experience(text).map((e) => e.field)).toContain(field);
  });

  it.each([
    [
      'es',
      'Desarrollador\n\nRequisitos:\n- Experiencia profesional con Terraform (al menos 3 años)',
      'Terraform',
    ],
    [
      'fr',
      'Développeur\n\nProfil :\n- Expérience professionnelle avec Docker (au moins 2 ans)',
      'Docker',
    ],
  ])('(%s) names the tool after an adjective of the noun', (_lang, text, field) => {
    expect(experience(text).map((e) => e.field)).toContain(field);
  });

  it('keeps every tool of a list whose items share the same years', () => {
    const text =
      'Entwickler (m/w/d)\n\nWünschenswert:\n- Projekterfahrung mit Gradle (mindestens 2 Jahre)\n' +
      '- Projekterfahrung mit Jenkins (mindestens 2 Jahre)\n- Projekterfahrung mit GitLab (mindestens 2 Jahre)';
    expect(experience(text).map((e) => e.field)).toEqual(['Gradle', 'Jenkins', 'GitLab']);
  });
});

describe('a minimum word between a field and its count stays out of the field', () => {
  it.each([
    ['de', 'Einkäufer (m/w/d)\n\nIhr Profil:\n- Erfahrung im Einkauf über zwei Jahre', 'Einkauf'],
    ['en', 'Planner\n\nRequirements:\n- Experience in logistics of more than 4 years', 'logistics'],
    ['es', 'Camarero\n\nRequisitos:\n- Experiencia en hostelería de más de 2 años', 'hostelería'],
    [
      'fr',
      'Comptable\n\nProfil recherché :\n- Expérience en comptabilité de plus de 3 ans',
      'comptabilité',
    ],
  ])('(%s) ends the field before it', (_lang, text, field) => {
    expect(experience(text).map((e) => e.field)).toContain(field);
  });
});

describe('a "mandatory" heading opens the required section', () => {
  it.each([
    [
      'pt',
      'Analista de Dados\n\n## Requisitos\n#### Obrigatórios:\n- 3 anos trabalhando com Python\n',
      3,
    ],
    [
      'es',
      'Analista de Datos\n\n## Requisitos\n#### Imprescindibles:\n- 4 años programando en Java\n',
      4,
    ],
  ])('(%s) reads the years stated under it', (_lang, text, min) => {
    expect(years(text)).toContainEqual([min, null]);
  });

  it.each([
    ['fr', 'Développeur\n\nProfil\nIndispensable :\n- 3-5 ans en développement web\n'],
    ['it', 'Sviluppatore\n\nRequisiti\nIndispensabili:\n- 3-5 anni in sviluppo web\n'],
  ])('(%s) reads a bare range of years under it', (_lang, text) => {
    expect(years(text)).toContainEqual([3, 5]);
  });
});

describe('the field after a working gerund is what the work is with', () => {
  it.each([
    ['pt', 'Analista\n\nRequisitos:\n- 3 anos trabalhando com Python e SQL.', 'Python e SQL'],
    ['pt', 'Analista\n\nRequisitos:\n- +4 anos atuando com Java e Spring.', 'Java e Spring'],
    ['es', 'Analista\n\nRequisitos:\n- 5 años trabajando con React y Redux.', 'React y Redux'],
    ['it', 'Sviluppatore\n\nRequisiti:\n- 3 anni lavorando con Angular.', 'Angular'],
  ])('(%s) names it', (_lang, text, field) => {
    expect(experience(text).map((e) => e.field)).toContain(field);
  });
});

describe('a place named like an object property', () => {
  it.each(['__proto__', 'constructor', 'toString'])(
    'reads a JSON-LD jobLocation of "%s" without failing',
    (name) => {
      expect(() => extract({ text: '', jsonLd: { jobLocation: name } })).not.toThrow();
    },
  );
});
