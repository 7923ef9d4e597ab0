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
    'Data Analyst\nAcme Pty Ltd\n\nWorking from home with flexi hours (2-3 days per week).\n',
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

const requirementsOf = (text: string) => extract({ text }).requirements;

describe('a join right after a preference cue opens the next item', () => {
  it.each([
    'Program Officer\n\nRequirements:\n- A postgraduate qualification in public policy highly preferred with at least 4 years of field experience\n',
    "Chargé de projet\n\nProfil :\n- Un master souhaité avec au moins 4 ans d'expérience\n",
  ])('the years stay required: %j', (text) => {
    const years = requirementsOf(text).find((r) => r.kind === 'experience');
    expect(years).toMatchObject({ minYears: 4, required: true });
  });

  it("drops the cue's intensifier from the degree's field", () => {
    const degree = requirementsOf(
      'Program Officer\n\nRequirements:\n- A postgraduate qualification in public health highly preferred with 4 years of field work\n',
    ).find((r) => r.kind === 'education') as { field: string | null } | undefined;
    expect(degree?.field).toBe('public health');
  });
});

describe("the employer's description box", () => {
  it('names the employer with a bracketed aside before its verb', () => {
    expect(
      facts(
        'Field Researchers\n\nCOMPANY DESCRIPTION\n\nHarbour Gazette (Visayas desk), is a monthly magazine on island food.\n\nTHE ROLE\n\n- Good phone manner\n',
      ).company,
    ).toBe('Harbour Gazette');
  });

  it('takes no common noun opening a sentence for a name', () => {
    expect(
      facts(
        'Field Researchers\n\nTHE ROLE\n\nStock is the core of this depot. You keep our stock counts tidy.\n\n- Good phone manner\n',
      ).company,
    ).toBeNull();
  });

  it.each([
    'Sales Assistant\nAcme Ltd\n\nCompany overview\n\nOur team speaks fluent German and serves clients in Munich.\n\nRequirements\n- Retail experience\n',
    "Vendeur\nAcme SARL\n\nPrésentation de l'entreprise\n\nNotre équipe parle un allemand courant.\n\nProfil\n- Expérience en vente\n",
  ])('asks nothing of the candidate: %j', (text) => {
    expect(requirementsOf(text).filter((r) => r.kind === 'language')).toEqual([]);
  });

  it('reads travel among the topics it publishes as no demand', () => {
    const text =
      'Copy Editor\nAcme Media\n\nOur magazines cover cooking, gardening, travel and pets, with readers across international markets.\n\nRequirements\n- Sharp eye for detail\n';
    expect(requirementsOf(text).filter((r) => r.kind === 'travel')).toEqual([]);
  });

  it('still reads travel listed with other duties after a demand word', () => {
    const text = 'Van Driver\n\nRequirements\n- Ability to lift, travel and work weekends\n';
    expect(requirementsOf(text).some((r) => r.kind === 'travel')).toBe(true);
  });
});

describe('money in brackets on the title line', () => {
  it.each([
    [
      'Prime Cuts Butcher (Up to $3,900)\nFull Time\nJurong, Singapore\n- Class 3 licence\n',
      null,
      3900,
    ],
    ['Store Assistant ($2,300 - $2,700)\nTampines, Singapore\n- Cashiering\n', 2300, 2700],
  ])('is the pay: %j', (text, min, max) => {
    const s = facts(text).salary;
    expect(s).toMatchObject({ min, max, currency: 'SGD', period: 'month' });
  });
});

describe('a requirement line under the title', () => {
  it.each([
    'Deck Hand\nNo prior experience necessary\nFull Time\nJurong\n- Work outdoors\n',
    'Plongeur\nExpérience exigée\nTemps plein\n- Hygiène\n',
  ])('is no employer name: %j', (text) => {
    expect(facts(text).company).toBeNull();
  });
});

describe('a level between an "applications" noun and the language', () => {
  it('is the level asked, not the language to apply in', () => {
    const lang = requirementsOf(
      'Project Assistant\n\nRequirements:\n- Skilled in spreadsheet applications and a fluent command in English.\n',
    ).find((r) => r.kind === 'language');
    expect(lang).toMatchObject({ language: 'en', level: 'fluent' });
  });

  it('still leaves the language of the application alone', () => {
    const text =
      'Chargé de projet\n\nNous attendons ta candidature avec impatience (de préférence en anglais).\n';
    expect(requirementsOf(text).filter((r) => r.kind === 'language')).toEqual([]);
  });
});

describe('degree wording', () => {
  it.each([
    'Graduate Engineer\n\nRequirements:\n- A 2:1 degree in Mechanical Engineering\n',
    'Graduate Engineer\n\nRequirements:\n- You hold a 2.1 degree or better in Physics\n',
  ])('reads a British degree class as a bachelor: %j', (text) => {
    const degree = requirementsOf(text).find((r) => r.kind === 'education');
    expect(degree).toMatchObject({ level: 'bachelor' });
  });

  it('keeps a figure before "degree" that is an angle out', () => {
    const text = 'Analyst\n\nRequirements:\n- Build a 360 degree view of each customer\n';
    expect(requirementsOf(text).filter((r) => r.kind === 'education')).toEqual([]);
  });

  it('accepts knowledge shown another way as an equivalent', () => {
    const degree = requirementsOf(
      'Data Engineer\n\nRequirements:\n- A degree in Statistics, or ability to demonstrate equivalent knowledge in data work\n',
    ).find((r) => r.kind === 'education');
    expect(degree).toMatchObject({ level: 'bachelor', equivalentAccepted: true });
  });
});
