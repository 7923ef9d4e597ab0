import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Records from Philippine and other English-language boards the engine had not read before:
 * every sentence here is written for the test, in several languages, shaped like the wording
 * those records use (peso pay, a board's level band, a brand that opens with a figure, a perk
 * tagged onto the title, a course "taken up").
 */

const posting = (text: string) => extract({ text }).posting;
const years = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears, r.required] : []));
const education = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? [r.level, r.required] : []));
const skills = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => r.name);

describe('Philippine peso pay', () => {
  it.each([
    ['Monthly pay offered: PHP 35,000 - PHP 52,000 plus allowances.', 35_000, 52_000],
    ['Salario: PHP 28,000 – PHP 31,500 al mes.', 28_000, 31_500],
    ['Salary range ₱21,000 - ₱26,000, paid twice a month.', 21_000, 26_000],
  ])('%s', (text, min, max) => {
    expect(posting(text).salary).toMatchObject({ min, max, currency: 'PHP', period: 'month' });
  });

  it('reads a peso figure without a period as monthly pay, the way the country quotes it', () => {
    const text =
      'Backend Developer\nLakan Systems Inc.\nCebu City\nsalary: PHP 75,000 - PHP 90,000';
    expect(posting(text).salary).toMatchObject({ currency: 'PHP', period: 'month' });
  });

  it('keeps PHP the language where no pay-sized figure follows it', () => {
    const text = 'Requirements:\n- At least 3 years with PHP 8 and Laravel.\n- Basic MySQL.';
    expect(skills(text)).toContain('PHP');
    expect(posting(text).salary).toBeNull();
  });

  it('does not take the peso code of a pay line for the language', () => {
    const text =
      'Data Analyst\nTala Corp.\nPasig City\nsalary: PHP 45,000 - PHP 60,000\n\nYou use SQL.';
    expect(skills(text)).not.toContain('PHP');
  });
});

describe("a board's career-level band is no experience requirement", () => {
  it.each([
    'Career Level: 1-4 Years Experienced Employee',
    'Career Level: Supervisor/5 Years & Up Experienced Employee',
    'Position Level: 2-3 Years Experienced',
    'Nivel de carrera: 1-4 años de experiencia',
    'Karrierestufe: 3-5 Jahre Berufserfahrung',
  ])('%s', (line) => {
    const text = `Data Analyst\nTala Corp.\nPasig City\n${line}\n\nYou build dashboards.`;
    expect(years(text)).toEqual([]);
  });

  it('still reads the record line that states the years asked for', () => {
    const text =
      'Network Engineer\nDagat Telecom Inc.\nIloilo City\nCareer Level: 1-4 Years Experienced Employee\n' +
      'Years of Experience: 2 years\n\nYou keep the network up.';
    expect(years(text)).toEqual([[2, null, true]]);
  });
});

describe('years of expertise read like years of experience', () => {
  it.each([
    ['- 4 years’ expertise in Tableau dashboards', 4],
    ["- Minimum of 2 years' expertise with payroll systems", 2],
  ])('%s', (line, min) => {
    expect(years(`Qualifications:\n${line}`)).toEqual([[min, null, true]]);
  });

  it('leaves the company its own years', () => {
    expect(years('We bring 25 years of expertise in freight forwarding to our clients.')).toEqual(
      [],
    );
  });
});

describe('header of title, employer and place lines', () => {
  it.each([
    ['Site Reliability Engineer\n747.io Manila\nTaguig City', '747.io Manila', 'Taguig City'],
    ['Store Crew\n7-Eleven\nQuezon City', '7-Eleven', 'Quezon City'],
    ['Process Technician\n3M Philippines\nLaguna', '3M Philippines', 'Laguna'],
  ])('a brand that opens with a figure: %s', (head, company, place) => {
    const p = posting(`${head}\nJob Type: Full-Time\n\nYou will support the team on site.`);
    expect(p.company).toBe(company);
    expect(p.locations).toContain(place);
  });

  it('keeps hours that open a line out of the employer', () => {
    const p = posting('Lagerhelfer\n40 Stunden pro Woche\nHamburg\n\nDu packst Pakete.');
    expect(p.company).toBeNull();
  });

  it.each([
    [
      'Payroll Specialist | Guaranteed 13th month pay\nMabuhay Outsourcing Inc.\nMakati City',
      'Mabuhay Outsourcing Inc.',
    ],
    ['Contable | Salario competitivo\nGrupo Andino S.A.\nLima', 'Grupo Andino S.A.'],
  ])('a perk tagged onto the title is no employer: %s', (head, company) => {
    const p = posting(`${head}\nJob Type: Full-Time\n\nYou close the books each month.`);
    expect(p.company).toBe(company);
    expect(p.title).toBe(head.split('\n')[0]);
  });
});

describe('a course being taken up reads as enrolment', () => {
  it.each([
    'Currently taking up BS Information Technology or a related course',
    'Must be a college student with a school endorsement for 240 OJT hours',
    'College student currently taking up Marketing or Communication',
  ])('%s', (line) => {
    expect(education(`Qualifications:\n- ${line}`)).toEqual([['bachelor', true]]);
  });

  it('does not read an employer taking applications as a student', () => {
    expect(education('We are currently taking applications for delivery riders.')).toEqual([]);
  });
});
