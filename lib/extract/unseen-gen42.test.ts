import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Postings of the kinds found on Australian, Irish, Singaporean, Philippine and US careers pages
 * and ATS records: an "About …" box heading under the title, home days counted in a bracket or as
 * a range, a pay budget, a day's or an hour's pay with no currency sign, a brand with its country
 * over the town, a town list naming the header's town again, plural and trade titles. Sentences
 * written for the test.
 */

const facts = (text: string) => extract({ text }).posting;

describe('an "About …" box heading under the title', () => {
  it.each([
    'Payroll Officer\n\nAbout the company and the position\n\nBrightwater Analytics builds tools for clinics. We are growing.\n\nWhat you bring\n- Payroll experience\n',
    'Stock Controller\n\nAbout the team\n\nA warehouse crew of twelve in a busy depot.\n\nRequirements\n- Forklift licence\n',
  ])('is no employer name: %j', (text) => {
    const company = facts(text).company;
    expect(company ?? '').not.toMatch(/^About/);
  });
});

describe('days at home or in the office counted in a bracket or as a range', () => {
  it.each([
    'Data Analyst\nAcme Pty Ltd\n\nYou may work from home with flexible hours (2-3 days per week).\n',
    'Data Analyst\nAcme Pty Ltd\n\nStaff can work from home 3-4 days per week.\n',
    'Analyste de données\nAcme SAS\n\nTélétravail possible (2 jours par semaine).\n',
    'Datenanalyst (m/w/d)\nAcme GmbH\n\nHomeoffice nach Absprache (1-2 Tage pro Woche).\n',
  ])('is a hybrid model: %j', (text) => {
    expect(facts(text).workplace).toBe('hybrid');
  });
});

describe('a pay budget and a small figure with its own period', () => {
  it.each([
    ['Site Surveyor\nQualifications:\n- Licensed\nSalary budget: 32000/month\n', 32000, 'month'],
    ['Tile Setter\nQualifications:\n- Fit for heavy work\nSalary: 480/day\n', 480, 'day'],
    ['Kitchen Hand\nRequirements:\n- Food safety basics\nPay: 21.50 per hour\n', 21.5, 'hour'],
    ['Plombier\nProfil :\n- Permis B\nBudget salarial : 2600 € par mois\n', 2600, 'month'],
    ['Fontanero\nRequisitos:\n- Carnet B\nPresupuesto salarial: 1.500 € al mes\n', 1500, 'month'],
  ])('is the salary: %j', (text, amount, period) => {
    const s = facts(text).salary;
    expect(s?.max).toBe(amount);
    expect(s?.period).toBe(period);
  });

  it('leaves a count of leave days alone', () => {
    expect(
      facts('Porter\nRequirements:\n- Reliable\nPay: 25 days per year of paid leave\n').salary,
    ).toBeNull();
  });
});

describe('a brand and its country over the town', () => {
  it('names the employer, the town below is the place', () => {
    const p = facts(
      'Platform Engineer\nCorvex UK\nManchester\nFull Time\n\nWhat you will do\n- Run the build farm\n',
    );
    expect(p.company).toBe('Corvex UK');
    expect(p.locations).toEqual(['Manchester']);
  });
});

describe("a place field naming the header's town and more", () => {
  it.each([
    [
      'Frontend Developer\nCork\n\nLocation: Cork or Limerick\nType: permanent\n',
      ['Cork', 'Limerick'],
    ],
    ['Comptable\nLyon\n\nLieu : Lyon ou Lille\nContrat : CDI\n', ['Lyon', 'Lille']],
  ])('keeps every town: %j', (text, towns) => {
    expect(facts(text).locations).toEqual(towns);
  });
});

describe("titles in the plural, of a building trade, or with a board's flag", () => {
  it.each([
    ['Field Technicians\nRequirements:\n- Driving licence\n- Basic tools\n', 'Field Technicians'],
    ['Sales Coordinators\nRequirements:\n- Two years in retail\n', 'Sales Coordinators'],
    [
      'Skilled Bricklayer\nQualifications:\n- Reads plans\n- Fit for heavy work\n',
      'Skilled Bricklayer',
    ],
    ['Albañil con experiencia\nRequisitos:\n- Leer planos\n', 'Albañil con experiencia'],
    ['Maurer (m/w/d)\nAnforderungen:\n- Abgeschlossene Ausbildung\n', 'Maurer (m/w/d)'],
    ['*Cloud Engineer\nAcme\nAustin, TX\n\nWhat you know\n- Terraform\n', 'Cloud Engineer'],
  ])('reads the title: %j', (text, title) => {
    expect(facts(text).title).toBe(title);
  });

  it('keeps a firm named with a plural job noun', () => {
    expect(facts('Recruiter\nHarbour Owners\nMadrid\n\nRequisitos\n- Inglés\n').company).toBe(
      'Harbour Owners',
    );
  });
});
