import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen Spanish, Italian and Portuguese postings (Chilean staffing records, an
 * Italian university's internship board, Brazilian and Portuguese issue boards, an Argentine
 * front-end board). Sentences are written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;
const experience = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears] : null));
const skills = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => r.name);

describe('a stated period of months is a fixed term', () => {
  it.each([
    [
      'Técnico de redes\n\nInício imediato, pelo período de 9 meses, com possibilidade de efetivação.',
    ],
    ['Auxiliar de almacén\n\nIncorporación por un período de 4 meses en nuestra planta.'],
    ['Addetto al magazzino\n\nInserimento per un periodo di 5 mesi nel reparto spedizioni.'],
  ])('%s', (text) => {
    expect(extract({ text }).posting.employmentTypes).toContain('temporary');
  });

  it('leaves a trial period alone', () => {
    for (const text of [
      'Cameriere\n\nAssunzione a tempo indeterminato con periodo di prova di 2 mesi.',
      'Cocinero\n\nContrato indefinido, período de prueba de 3 meses.',
    ])
      expect(extract({ text }).posting.employmentTypes).not.toContain('temporary');
  });
});

describe('a range of years with "máximo de" / "massimo di" on its upper end', () => {
  it.each([
    ['Programador\n\nRequisitos: mínimo de 3 e máximo de 8 anos de experiência em Java.', [3, 8]],
    ['Contable\n\nExperiencia de mínimo 2 y máximo de 6 años en auditoría.', [2, 6]],
    ['Tecnico\n\nEsperienza minimo di 1 e massimo di 4 anni nel settore elettrico.', [1, 4]],
  ])('%s', (text, range) => {
    expect(experience(text)).toContainEqual(range);
  });
});

describe('a starting pay and the pay it steps up to after some months', () => {
  it('reads both figures when the months count stands between them', () => {
    const pay = posting(
      'Operador de caixa\n\nSalário: R$ 1.700,00 após 2 meses R$ 1.950,00',
    ).salary;
    expect(pay).toMatchObject({ min: 1700, max: 1950, currency: 'BRL' });
  });

  it('takes a joining "e" before the step word', () => {
    const pt = posting('Repositor\n\nSalário: R$ 1.500,00 e após 90 dias R$ 1.720,00').salary;
    expect(pt).toMatchObject({ min: 1500, max: 1720 });
    const es = posting('Ayudante de cocina\n\nSueldo: 1.150 € y tras 6 meses 1.300 €').salary;
    expect(es).toMatchObject({ min: 1150, max: 1300, currency: 'EUR' });
  });

  it('keeps an ordinary range', () => {
    expect(posting('Vendedor\n\nSalário: R$ 2.100 a R$ 2.600').salary).toMatchObject({
      min: 2100,
      max: 2600,
    });
  });
});

describe('a business suite named by its brand', () => {
  it('reads TOTVS as a skill, not the ERP and WMS categories', () => {
    const found = skills(
      'Analista de logística\n\nRequisitos:\n- Manejo de WMS y sistema ERP\n- Vivência com TOTVS',
    );
    expect(found).toEqual(['TOTVS']);
  });
});

describe("an Italian internship record's fields", () => {
  const record = [
    '### OFFICINE RAVENNA SRL',
    '###### Tipologia di tirocinio',
    'Tirocinio curriculare',
    '###### Oggetto del tirocinio',
    'Supporto allo sviluppo di applicazioni gestionali',
    '###### Sede operativa del tirocinio',
    'Ravenna',
  ].join('\n');

  it('takes the subject as the title and the company heading with its legal form', () => {
    const p = posting(record);
    expect(p.title).toBe('Supporto allo sviluppo di applicazioni gestionali');
    expect(p.company).toBe('OFFICINE RAVENNA SRL');
    expect(p.locations).toContain('Ravenna');
  });
});

describe('Italian legal forms written without dots', () => {
  it('names the company signed with "SPA" or "Srl"', () => {
    const text =
      'Programmatore\n\nCerchiamo programmatori per applicazioni bancarie.\n\nInviare il CV a lavoro@example.org\n\nNovaBit Srl';
    expect(posting(text).company).toBe('NovaBit Srl');
  });
});

describe('the employer in a we-clause whose name holds a small word', () => {
  it('reads "En Banco de Valores buscamos"', () => {
    const text =
      'Diseñador web\n\nEn Banco de Valores buscamos una persona para el equipo de diseño.\n\n' +
      'Escribinos a empleos@bancodevalores.org';
    expect(posting(text).company).toBe('Banco de Valores');
  });

  it('does not take two towns for a name', () => {
    const text = 'Vendedor\n\nEn Rosario y Córdoba buscamos vendedores con experiencia.';
    expect(posting(text).company).toBeNull();
  });
});

describe('"Dev" as a title word', () => {
  it.each([
    ['Full Stack Dev\n\nBuscamos a alguien con experiencia en JavaScript.', 'Full Stack Dev'],
    ['Dev Backend Python\n\nProcuramos alguém com experiência em APIs.', 'Dev Backend Python'],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe("a title line ending on the employer's name after a dash", () => {
  it('keeps the role as the title and the name as the company', () => {
    const text =
      '## Backend Engineer - Nuvolari\n\n* 100% da remoto\n* retribuzione €50k-60k\n\n' +
      '[Candidati](https://careers.nuvolari.eu/o/backend-engineer)';
    const p = posting(text);
    expect(p.company).toBe('Nuvolari');
    expect(p.title).toBe('Backend Engineer');
  });
});

describe("an issue form's options", () => {
  const form = [
    'Dev Python Pleno',
    '',
    '### Alocação',
    '',
    '- [ ] Presencial',
    '- [X] Remoto',
    '- [ ] Híbrido',
  ].join('\n');

  it('reads only the ticked option', () => {
    expect(posting(form).workplace).toBe('remote');
  });

  it('takes no heading of the form for the employer', () => {
    const text =
      'Analista de Dados\n\n#### Alocação\n- Remoto\n\n#### Regime\n- CLT\n\n#### Nível\n- Júnior';
    expect(posting(text).company).toBeNull();
  });

  it('reads "alocado" as working at the office', () => {
    expect(
      posting('Estagiário de Suporte\n\n## Contratação\nEstágio alocado, 30h semanais.').workplace,
    ).toBe('onsite');
  });
});

describe('who hires, in the third person', () => {
  it('reads "X, ex Y srl, sta ricercando"', () => {
    const text =
      'Data: 02/03/2015\nPosizione: Sistemisti Linux\nRETE SERVIZI, ex Rete srl, sta ricercando sistemisti Linux con esperienza.';
    expect(posting(text).company).toBe('RETE SERVIZI');
  });

  it('leaves a "pessoa confidencial" employer unnamed', () => {
    const text =
      'Auxiliar de Limpeza\nPessoa confidencial\nCampinas\n\nLimpeza de escritórios, escala 6x1.';
    expect(posting(text).company).toBeNull();
  });
});

describe('a place field that names the work model first', () => {
  it('reads the town after "Presencial" or "Remoto"', () => {
    expect(
      posting('Técnico de Redes\n\nLocal de trabalho: Presencial Joinville\n').locations,
    ).toEqual(['Joinville']);
  });

  it('reads an Italian record\'s "Comune" field', () => {
    expect(posting('Addetto contabilità\n\n###### Comune\nRavenna\n').locations).toContain(
      'Ravenna',
    );
  });
});
