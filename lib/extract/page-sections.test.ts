import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Sections as a careers page's text gives them once its HTML is flattened: a heading asked as a
 * question at the start of a bulleted paragraph, and the site's cards of other jobs under the
 * posting. Every sentence is written for the test.
 */

const experience = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears] : null));

const kinds = (text: string) => extract({ text }).requirements.map((r) => r.kind);

describe('a heading asked as a question opens its section inside a paragraph', () => {
  it('reads the requirements after an employer box the text never closed (en, fr, es, de)', () => {
    const en = [
      'Payroll Lead\nNorthwind Services\nPune\n',
      'About Northwind',
      'Northwind employs 40,000 people in 30 countries.',
      'What are we looking for? • 4 years of payroll experience • Fluent English',
    ].join('\n');
    expect(experience(en)).toEqual([[4, null]]);
    expect(kinds(en)).toContain('language');

    const fr = [
      'Comptable\nNordvent SA\nLyon\n',
      'À propos de Nordvent',
      'Nordvent compte 2 000 salariés en Europe.',
      'Que recherchons-nous ? • 3 ans d’expérience en comptabilité • Anglais courant',
    ].join('\n');
    expect(experience(fr)).toEqual([[3, null]]);

    const es = [
      'Contable\nNortevento SL\nMadrid\n',
      'Sobre Nortevento',
      'Nortevento cuenta con 500 empleados.',
      '¿Qué buscamos? • 5 años de experiencia en contabilidad • Inglés fluido',
    ].join('\n');
    expect(experience(es)).toEqual([[5, null]]);

    const de = [
      'Buchhalter (m/w/d)\nNordwind GmbH\nHamburg\n',
      'Über Nordwind',
      'Nordwind beschäftigt 800 Menschen.',
      'Was erwarten wir? • 2 Jahre Berufserfahrung in der Buchhaltung • Gute Englischkenntnisse',
    ].join('\n');
    expect(experience(de)).toEqual([[2, null]]);
  });

  it('leaves a long question in prose alone', () => {
    const text = [
      'Sales Agent\nNorthwind\nLeeds\n',
      'Benefits',
      'Do you have a passion for selling to small shops? Then we offer a car and 30 days off.',
    ].join('\n');
    expect(kinds(text)).toEqual([]);
  });
});

describe("the site's cards of other jobs ask nothing", () => {
  it.each([
    ['Similar jobs', 'Customer Care Associate', 'Chennai | Full time | Experience: 0-2 years'],
    [
      'Ähnliche Stellen',
      'Sachbearbeiter Einkauf (m/w/d)',
      'Bremen | Vollzeit | 3-5 Jahre Erfahrung',
    ],
    ['Offres similaires', 'Assistant comptable', 'Nantes | CDI | Expérience : 2 à 4 ans'],
    [
      'Empleos similares',
      'Auxiliar administrativo',
      'Sevilla | Jornada completa | 1-3 años de experiencia',
    ],
  ])('%s', (heading, cardTitle, cardLine) => {
    const text = [
      'Accounts Payable Specialist\nNorthwind\nLondon\n',
      'Requirements',
      '- 6 years of accounts payable experience',
      '',
      heading,
      '',
      cardTitle,
      '',
      cardLine,
      'See this job',
    ].join('\n');
    expect(experience(text)).toEqual([[6, null]]);
  });
});

describe('a heading inside a paragraph that lost its line breaks', () => {
  const requiredOf = (text: string) =>
    extract({ text })
      .requirements.filter((r) => r.kind === 'experience')
      .map((r) => (r.kind === 'experience' ? [r.minYears, r.required] : null));

  it.each([
    [
      'en',
      'Payroll Analyst\nNorthwind\nDenver, CO\n\nMinimum Requirements: 2+ years of experience in payroll or accounting Nice to Have: 5+ years of experience in global payroll and a CPP certificate',
    ],
    [
      'de',
      'Lohnbuchhalter (m/w/d)\nNordwind GmbH\nKassel\n\nIhr Profil: mindestens 2 Jahre Berufserfahrung in der Lohnbuchhaltung und sichere Kenntnisse im Steuerrecht Wünschenswert: 5 Jahre Berufserfahrung in internationalen Konzernen',
    ],
    [
      'fr',
      'Gestionnaire de paie\nNordvent SA\nLille\n\nProfil recherché : 2 ans d’expérience minimum en gestion de la paie dans un cabinet ou une entreprise Atouts : 5 ans d’expérience en paie internationale',
    ],
  ])('reads what follows the heading under it (%s)', (_lang, text) => {
    const got = requiredOf(text);
    expect(got).toContainEqual([2, true]);
    expect(got).toContainEqual([5, false]);
  });

  it('leaves a label with its value inside a sentence alone', () => {
    const text =
      'Payroll Analyst\nNorthwind\nDenver\n\nRequirements\n- 3 years of payroll experience, with the main systems (Location: Denver office) and the yearly close in your hands';
    expect(requiredOf(text)).toEqual([[3, true]]);
  });
});
