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

describe("a board's place field filled with the work model and placeholders", () => {
  it.each([
    ['Remote, Remote, United States of America', ['United States of America']],
    ['Remote, Any, Worldwide', []],
    ['Remoto, Cualquier lugar, Todo el mundo', []],
    ['Home-Office, Weltweit, Überall', []],
  ])('%s', (line, places) => {
    const text = `Backend Engineer\nKalye Labs\n${line}\n\nYou write services in Go for our customers.`;
    expect(posting(text).locations).toEqual(places);
  });

  it('keeps a town the field names beside its placeholder', () => {
    const text =
      'Data Engineer\nKalye Labs\nLeeds, Select state, United Kingdom\n\nYou build pipelines.';
    expect(posting(text).locations.join(' ')).toContain('Leeds');
  });
});

describe("a board's telecommuting restriction", () => {
  it.each([
    ['Restrictions No telecommuting Agencies are OK Requirements You know Django.', 'onsite'],
    ['Restrictions Telecommuting is OK No Agencies Please Requirements You know Rust.', 'remote'],
  ])('%s', (body, model) => {
    expect(posting(`Job Title Developer Job Description We build tools. ${body}`).workplace).toBe(
      model,
    );
  });

  it('yields to an explicit hybrid statement', () => {
    const text =
      'Job Title Developer Job Description Restrictions No telecommuting Requirements You know Go. ' +
      'Hybrid Working: 2 days/week in the office in Manchester.';
    expect(posting(text).workplace).toBe('hybrid');
  });
});

describe('names that are no tools', () => {
  it.each([
    'The Jane R Whitfield Trust is hiring a data engineer with Python and dbt.',
    'Report to Mary C. Brown, our head of analytics, and work in Python.',
  ])('a middle initial is no language: %s', (text) => {
    const found = skills(`Requirements:\n- ${text}`);
    expect(found).toContain('Python');
    expect(found).not.toContain('R');
    expect(found).not.toContain('C');
  });

  it('still reads one-letter languages in a list', () => {
    expect(skills('Requirements:\n- Strong programming in R, Python and C.')).toEqual(
      expect.arrayContaining(['R', 'Python', 'C']),
    );
  });

  it("an e-mail address's domain is no product", () => {
    const text =
      'Requirements:\n- Python and SQL.\nContact: careers @ gmail . com or jobs@outlook.com';
    expect(skills(text)).not.toContain('Gmail');
    expect(skills(text)).not.toContain('Outlook');
  });
});

describe('project-based employment is fixed-term', () => {
  it.each([
    'Amenable to working on project-based employment for a 1-year duration.',
    'This is a project-based role for six months.',
  ])('%s', (line) => {
    expect(
      posting(`Dashboard Developer\nLiwayway Inc.\nMakati City\n\n${line}`).employmentType,
    ).toBe('temporary');
  });
});

describe("a record's degree field and the body's degree with its equivalent", () => {
  it('accepts the equivalent for the one degree asked for', () => {
    const text =
      "Network Lead\nDagat Telecom Inc.\nIloilo City\nQualification: Bachelor's/College Degree\n\n" +
      "Qualifications:\n- Must possess at least a Bachelor's/College Degree in Engineering " +
      '(Electronics/Telecommunication), Computer Science/Information Technology or equivalent.';
    const found = extract({ text }).requirements.filter((r) => r.kind === 'education');
    expect(found.map((r) => (r.kind === 'education' ? r.equivalentAccepted : null))).toEqual([
      true,
    ]);
  });
});

describe('a starting rate and the rate it steps up to', () => {
  it.each([
    ['- Starting pay rate £9.80 p/h, after probation period - £10.20p/h.', 9.8, 10.2, 'GBP'],
    ['- Starting rate £9.80p.h – after 8 weeks £10.05p/h', 9.8, 10.05, 'GBP'],
    ['- £9.80p/h (while training), up to £10.90p/h once trained', 9.8, 10.9, 'GBP'],
    ['- Pay: £12.40 per hour, after 6 months £12.90 per hour.', 12.4, 12.9, 'GBP'],
    ['- Vergütung: 14,10 € pro Stunde, nach der Probezeit 14,80 €', 14.1, 14.8, 'EUR'],
  ])('%s', (line, min, max, currency) => {
    expect(posting(`Packer\n\nShift pattern / rates:\n${line}`).salary).toMatchObject({
      min,
      max,
      currency,
      period: 'hour',
    });
  });

  it('leaves the weeks between the rates out of the pay', () => {
    const salary = posting('Rates:\n- Starting rate £9.80p.h – after 12 weeks £10.05p/h').salary;
    expect(salary?.min).toBe(9.8);
  });
});

describe('full and part time offered together', () => {
  it.each([
    'We have full and part time work available with flexible patterns.',
    'Full/part time hours available, days and nights.',
  ])('%s', (line) => {
    expect(
      posting(`Care Assistant\nBrightside Care Ltd\nLeeds\n\n${line}`).employmentType,
    ).toBeNull();
  });
});

describe('the employer named in the opening sentence of a careers page', () => {
  it.each([
    [
      'Line Operative\nNorthfield Foods LTD recruiting for Line Operatives to work on days with immediate start!\n\nDuties:\n- Packing',
      'Northfield Foods LTD',
    ],
    [
      'Warehouse Operative\nGreyfriars Bakery Ltd has exciting new position available – Warehouse Operative!\n\nDuties:\n- Loading',
      'Greyfriars Bakery Ltd',
    ],
    [
      'Work with us\nAt Moorside Care Ltd we support people in their own homes across the town.\n\nWhat is needed:\n- A caring attitude',
      'Moorside Care Ltd',
    ],
  ])('%s', (text, company) => {
    expect(posting(text).company).toBe(company);
  });

  it('needs more than one phrase for a name without a legal form', () => {
    const text = 'Sales Engineer\n\nAt Widget Pro we build pumps. You will sell them to farms.';
    expect(posting(text).company).toBeNull();
  });
});
