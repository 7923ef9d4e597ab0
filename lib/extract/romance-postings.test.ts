import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Italian and Portuguese postings as boards and job-board issues print them (sentences written
 * for these tests): the employer named as the one hiring, a city beside its district or state,
 * contract work under its field's heading, ranges with articles, office days counted as times.
 */
const read = (text: string) => extract({ text }).posting;

describe('the employer named as the one hiring, at a line start', () => {
  it.each([
    [
      'it: an agency with its legal form and an appositive',
      'Magazziniere\nMonza, Monza, Lombardia\n\nRisorse Nord SpA, Agenzia per il Lavoro (Aut. Min. ' +
        '12/03/05 Prot. n. 22-SG) ricerca per azienda cliente del settore alimentare:\nMagazziniere',
      'Risorse Nord SpA',
    ],
    [
      'it: a public team, small words inside its name',
      'Data Analyst\n\nIl Centro per la Ricerca Applicata è alla ricerca di un analista che curi ' +
        'i cruscotti del servizio.',
      'Centro per la Ricerca Applicata',
    ],
    [
      'pt: an article before the name',
      'Analista de Suporte\n\nA Lumatec, empresa de software de Campinas, contrata analista de ' +
        'suporte para o time de clientes.',
      'Lumatec',
    ],
    [
      'en: the company is hiring',
      'Store Associate\n\nThe Brookfield Grocers is hiring a store associate for its new shop.',
      'Brookfield Grocers',
    ],
  ])('%s', (_, text, company) => {
    expect(read(text).company).toBe(company);
  });

  it('keeps the client an agency recruits for out', () => {
    const text =
      'Operaio\n\nPer conto di Ferri Costruzioni ricerca una agenzia del territorio.\nOperaio edile';
    expect(read(text).company).not.toBe('Ferri Costruzioni');
  });
});

describe('a title ending on a name after a dash, the posting writing from its domain', () => {
  it.each([
    [
      'pt',
      '[Recife - PE] Desenvolvedor Python Pleno - Marlim\n\nEnvie seu CV para vagas@marlim.com.br',
    ],
    [
      'it',
      '## Backend Engineer - Tessera\n\n* 100% da remoto\n[Candidati](https://jobs.tessera.io)',
    ],
  ])('%s', (_, text) => {
    expect(read(text).company).toMatch(/^(?:Marlim|Tessera)$/);
  });

  it('leaves a dash without such an address alone', () => {
    expect(read('Backend Engineer - Payments\n\nWe build APIs.').company).toBeNull();
  });
});

describe('a city beside its district, state or country', () => {
  it.each([
    [
      'pt: district after a dash',
      'Desenvolvedor React\n\n## Local\n\nRecife - Boa Viagem\n',
      'Recife',
    ],
    ['pt: country after a dash', 'Dev Java\n\n### Local\n\nPorto - Portugal\n', 'Porto'],
    ['pt: state code after a slash', 'Analista de Dados\n\nLocal\nCuritiba/PR\n', 'Curitiba'],
    ['it: area after a dash', 'Magazziniere\n\nSede di lavoro\nTorino - Lingotto\n', 'Torino'],
  ])('%s', (_, text, place) => {
    expect(read(text).locations).toEqual([place]);
  });

  it('two towns joined by a slash stay two towns', () => {
    expect(read('Lagerist\n\nStandort\nKöln/Bonn\n').locations).not.toEqual(['Köln']);
  });
});

describe('contract work under its field heading', () => {
  it.each([
    ['pt', 'Dev Backend\n\n## Contratação\n\nPJ\n\n## Como se candidatar\n\nEnvie o CV.'],
    ['it', 'Sviluppatore\n\nTipo di contratto\n\nPartita IVA\n\nInvia il CV.'],
    ['en', 'Data Engineer\n\nContract type:\n\nContractor\n\nApply today.'],
  ])('%s', (_, text) => {
    expect(read(text).employmentType).toBe('contract');
  });

  it('a regime named among others under the heading is no contract work', () => {
    expect(
      read('Dev Backend\n\n## Contratação\n\nPJ ou CLT a combinar\n').employmentType,
    ).toBeNull();
  });
});

describe('a pay range written with articles', () => {
  it.each([
    ['pt', 'Analista\n\nO salário varia entre os 1900€ e os 2400€ brutos por mês.', 1900, 2400],
    ['it', 'Cuoco\n\nRetribuzione tra i 1.600€ e i 1.900€ netti al mese.', 1600, 1900],
    ['es', 'Técnico\n\nSalario entre los 22.000€ y los 26.000€ brutos anuales.', 22000, 26000],
  ])('%s', (_, text, min, max) => {
    expect(read(text).salary).toMatchObject({ min, max, currency: 'EUR' });
  });
});

describe('office or home days counted as times a week', () => {
  it.each([
    ['pt', 'Analista\n\nBenefícios\n- Home office 2 vezes por semana\n'],
    ['it', 'Analista\n\nSmart working 3 volte a settimana.'],
    ['es', 'Analista\n\nTeletrabajo 2 veces por semana.'],
    ['fr', 'Analyste\n\nTélétravail 2 fois par semaine.'],
  ])('%s', (_, text) => {
    expect(read(text).workplace).toBe('hybrid');
  });
});
