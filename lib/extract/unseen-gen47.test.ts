import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings from the United States, Canada and Australia (federal
 * API records, carrier recruiting pages, Indeed and Google Jobs records, a charity job board,
 * "Who is hiring" comments). Sentences are written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;
const skills = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => r.name);
const travels = (text: string) => extract({ text }).requirements.some((r) => r.kind === 'travel');

describe("a record's joined field names are its labels", () => {
  const record = [
    'PositionTitle: Network Engineer',
    'PositionLocation: Tulsa, Oklahoma',
    'OrganizationName: Bureau of Land Records',
    'PositionSchedule: Full Time',
    'PositionRemuneration: 61200 - 79500 Per Year',
    'JobSummary: You will keep the bureau’s networks running.',
  ].join('\n');

  it('reads the title, employer, place and pay from the keys', () => {
    const p = posting(record);
    expect(p.title).toBe('Network Engineer');
    expect(p.company).toBe('Bureau of Land Records');
    expect(p.locations[0]).toContain('Tulsa');
    expect(p.salary).toMatchObject({ min: 61200, max: 79500, period: 'year' });
  });

  it('keeps evidence on the original text', () => {
    const text = 'JobTitle: Payroll Clerk\nEmployerName: Acme Freight Ltd\nWe pay weekly.';
    const p = posting(text);
    expect(p.title).toBe('Payroll Clerk');
    expect(p.company).toBe('Acme Freight Ltd');
  });

  it('leaves a camel-cased word inside prose alone', () => {
    const p = posting('Data Engineer\n\nWe build on PostgreSQL: our stack is simple.');
    expect(p.title).toBe('Data Engineer');
  });
});

describe('"of" inside a place\'s name is no "or"', () => {
  it.each([
    ['Location: Washington, District of Columbia', 'District of Columbia'],
    ['Location: Newport, Isle of Wight', 'Isle of Wight'],
    ['Location: Tauranga, Bay of Plenty', 'Bay of Plenty'],
  ])('%s', (line, whole) => {
    const p = posting(`Field Officer\n${line}\nWe look after the region.`);
    expect(p.locations.join(' | ')).toContain(whole);
  });

  it('still splits places joined by Dutch "of"', () => {
    const p = posting('Monteur\nLocatie: Utrecht of Amersfoort\nJe werkt bij klanten thuis.');
    expect(p.locations).toEqual(expect.arrayContaining(['Utrecht', 'Amersfoort']));
  });
});

describe("a driver's home time is no hybrid work", () => {
  it.each([
    ['Home Time: 2 days a week, plus mid-week breaks at the terminal'],
    ['- Home time: 3 days per week after each run'],
  ])('%s', (line) => {
    expect(posting(`Regional Truck Driver\n${line}\n- CDL-A required`).workplace).toBeNull();
  });

  it('still reads days at home as hybrid', () => {
    expect(posting('Account Manager\nWork from home 2 days a week.').workplace).toBe('hybrid');
  });
});

describe('travel offered as an opportunity is travel', () => {
  it.each([
    [
      'Safety Advisor\n- Potential for travel: there are opportunities to travel for the right person.',
    ],
    ['Chargé de projet\nPossibilité de déplacements en région selon les chantiers.'],
    ['Técnico de campo\nOportunidad de viajar a otras plantas del grupo.'],
    ['Tecnico di cantiere\nPossibilità di trasferte presso i clienti del nord Italia.'],
    ['Consultor\nOportunidade de viajar para projetos nos clientes.'],
  ])('%s', (text) => {
    expect(travels(text)).toBe(true);
  });

  it('leaves the travel industry alone', () => {
    expect(travels('Sales Agent\nJoin a travel agency with opportunities to grow.')).toBe(false);
  });
});

describe('a shouted heading word is no catalogue product', () => {
  it.each([
    ['Barista\nBASIC QUALIFICATIONS:\n- High school diploma'],
    ['Support Agent\nWe are a REMOTE FIRST COMPANY based in Austin.'],
  ])('%s', (text) => {
    expect(skills(text)).not.toContain('BASIC');
    expect(skills(text)).not.toContain('FIRST');
  });

  it('still reads the language written among ordinary words', () => {
    expect(skills('Developer\nRequirements:\n- Experience with BASIC and COBOL.')).toContain(
      'BASIC',
    );
  });
});
