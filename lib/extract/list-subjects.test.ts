import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A list item of the ad's details that opens on a capitalised word and a verb ("- Assigned runs
 * with 2,000 miles a week") names no employer; the employer the prose names still counts. Our own
 * words.
 */
const companyOf = (lines: string[]) => extract({ text: lines.join('\n') }).posting.company;

describe('a list item opening on a capitalised word and a verb', () => {
  it.each([
    [
      'en',
      'Join Redline Haulage LLC, a regional carrier.',
      '- Assigned runs with 2,000 miles a week',
      'Redline Haulage LLC',
    ],
    [
      'en',
      'Join Redline Haulage LLC, a regional carrier.',
      '- Dedicated lanes are available',
      'Redline Haulage LLC',
    ],
  ])('%s: %s', (_lang, intro, item, name) => {
    const lines = ['Truck Driver', 'Marietta, GA', intro, 'Details:', item, '- Home daily'];
    expect(companyOf(lines)).toBe(name);
  });

  it('names no employer when the prose names none', () => {
    const lines = [
      'Truck Driver',
      'Marietta, GA',
      'Details:',
      '- Assigned runs with 2,000 miles a week',
    ];
    expect(companyOf(lines)).toBeNull();
  });
});

/** "Empresa da Califórnia, é …", "Entreprise du BTP, nous …": the ad's word for a company hides the name. */
describe("the ad's generic word for a company as a subject", () => {
  it.each([
    ['pt', 'Empresa da Califórnia, é o principal mercado de beleza do estado.'],
    ['es', 'Empresa de logística, es líder en transporte refrigerado.'],
    ['fr', 'Entreprise du BTP, est implantée dans la région depuis 30 ans.'],
  ])('%s: names no employer', (_lang, sentence) => {
    const lines = ['Analista de Dados', '', 'Sobre', sentence, '', 'Requisitos', '- SQL'];
    expect(companyOf(lines)).toBeNull();
  });
});
