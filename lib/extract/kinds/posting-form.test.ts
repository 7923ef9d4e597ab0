import { describe, expect, it } from 'vitest';
import { findCompany, findLocations, findTitle } from './posting';

/**
 * Issue-form job boards: a generic issue title ("New Role"), then each question as a markdown
 * heading with its answer on the next line. The answers are the posting's title, employer and places.
 */
describe('a form of question headings and answers', () => {
  const english = [
    'New Role',
    '',
    '### Link to Job Posting',
    '',
    'https://careers.example.org/jobs/4411',
    '',
    '### Company Name',
    '',
    'Harbourline Freight',
    '',
    '### Job Title',
    '',
    'Junior Data Analyst',
    '',
    '### Location',
    '',
    'Halifax, NS | Moncton, NB',
  ].join('\n');

  it('reads the answers, not the issue title or the first heading (en)', () => {
    expect(findTitle(english, null, undefined)).toBe('Junior Data Analyst');
    expect(findCompany(english, null, undefined)).toBe('Harbourline Freight');
    expect(findLocations(english, null, undefined, 'Junior Data Analyst')).toEqual([
      'Halifax, NS',
      'Moncton, NB',
    ]);
  });

  it('reads the Spanish form the same way (es)', () => {
    const text = [
      'Nueva vacante',
      '### Enlace',
      'https://empleos.example.mx/4411',
      '### Nombre de la compañía',
      'Transportes del Bajío',
      '### Título del trabajo',
      'Ingeniera de Datos',
      '### Lugar',
      'Querétaro | León',
    ].join('\n\n');
    expect(findTitle(text, null, undefined)).toBe('Ingeniera de Datos');
    expect(findCompany(text, null, undefined)).toBe('Transportes del Bajío');
    expect(findLocations(text, null, undefined, 'Ingeniera de Datos')).toEqual([
      'Querétaro',
      'León',
    ]);
  });

  it('reads a Portuguese form heading (pt)', () => {
    const text =
      '### Nome da empresa\n\nPadaria Estrela\n\n### Título da vaga\n\nAuxiliar de Padeiro';
    expect(findTitle(text, null, undefined)).toBe('Auxiliar de Padeiro');
    expect(findCompany(text, null, undefined)).toBe('Padaria Estrela');
  });

  it('takes no sentence, link or further heading as the answer', () => {
    const text =
      '### Company\n\nWe are a small team of bakers.\n\n### Job Title\n\n### Location\n\nLeeds';
    expect(findCompany(text, null, undefined)).not.toBe('We are a small team of bakers.');
    expect(findTitle(text, null, undefined)).not.toBe('### Location');
  });

  it('reads a label cell over its value: "Job Role:" / value, a table row "Puesto |" / "value |"', () => {
    const india =
      'Walk-in drive for graduates at our Pune centre\nOrganization:\nKestrel Infotech\nJob Role:\nProcess Associate\nLocation:\nPune';
    expect(findTitle(india, null, undefined)).toBe('Process Associate');
    const gazette = [
      'Instituto Nacional de Pesca',
      'Puesto |',
      'Jefatura de Laboratorio Costero |',
      'Sede o residencia |',
      'MAZATLAN |',
    ].join('\n');
    expect(findTitle(gazette, null, undefined)).toBe('Jefatura de Laboratorio Costero');
    expect(findLocations(gazette, null, undefined, 'Jefatura de Laboratorio Costero')).toEqual([
      'MAZATLAN',
    ]);
    expect(findCompany(gazette, null, undefined)).not.toBe('Puesto');
  });
});

describe('the employer named in the first lines', () => {
  it('after "we are" and before a comma, in several languages', () => {
    const cases: [string, string][] = [
      [
        'Desenvolvedor Backend\n\nSomos a Caravela Frete, uma startup de logística.',
        'Caravela Frete',
      ],
      ['Backend Developer\n\nWe are Quillwork, a small studio of eight people.', 'Quillwork'],
      ['Desarrollador Web\n\nSomos Nodo Sur, una consultora de datos.', 'Nodo Sur'],
      ['Sviluppatore Web\n\nSiamo Trama, un piccolo studio di design.', 'Trama'],
      ['Ontwikkelaar\n\nWij zijn Fietsroute, een jong bedrijf uit Zwolle.', 'Fietsroute'],
    ];
    for (const [text, name] of cases) expect(findCompany(text, null, undefined)).toBe(name);
    const plain = 'Backend Developer\n\nWe are looking for a developer, someone who likes tests.';
    expect(findCompany(plain, null, undefined)).toBeNull();
  });

  it('a line of contract terms before a place names no employer', () => {
    const text =
      '[Kotlin Developer – Porto]\nPJ/hybrid, only 3 days on site - Porto – Portugal. Flexible hours.';
    expect(findCompany(text, null, undefined)).toBeNull();
    expect(findLocations(text, null, undefined, null)).toEqual(['Porto']);
  });
});

describe('a title line with a place tag and its employer', () => {
  it('"Title @ Company" names the employer (pt, en)', () => {
    const pt = '[Remoto Braga, Coimbra] Programador Backend @ Figueira Digital\n\n### A empresa';
    expect(findCompany(pt, null, undefined)).toBe('Figueira Digital');
    expect(findLocations(pt, null, undefined, null)).toEqual(['Braga', 'Coimbra']);
    const en = 'Data Engineer @ Harbourline Freight\nHalifax, NS';
    expect(findCompany(en, null, undefined)).toBe('Harbourline Freight');
  });

  it('a work model among piped places is no place', () => {
    const text = '### Job Title\n\nQA Analyst\n\n### Location\n\nOttawa, ON | Remote';
    expect(findLocations(text, null, undefined, 'QA Analyst')).toEqual(['Ottawa, ON']);
  });
});

describe('a first line with the pay written into the title', () => {
  it('drops a pay bracket or a trailing "Salary:" field (en, pl notation)', () => {
    expect(
      findTitle(
        'Kotlin Developer (21 000 - 26 500 PLN net/month)\n\nhttps://x.example',
        null,
        undefined,
      ),
    ).toBe('Kotlin Developer');
    expect(
      findTitle('Go Developer Salary: 4000 SGD - 5200 SGD\n\n### Onsite', null, undefined),
    ).toBe('Go Developer');
    expect(findTitle('Data Engineer Intern (2026)\nLeeds', null, undefined)).toBe(
      'Data Engineer Intern (2026)',
    );
  });

  it('a work model listed among the places under a location label is no place', () => {
    const text = 'PHP Developer\nLocation:\nPune, Chennai, Work From Home';
    expect(findLocations(text, null, undefined, 'PHP Developer')).toEqual(['Pune', 'Chennai']);
  });
});
