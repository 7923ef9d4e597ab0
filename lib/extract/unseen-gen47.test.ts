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

const levels = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? r.level : null));
const certifications = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'certification' || r.kind === 'skill')
    .map((r) => (r.kind === 'certification' || r.kind === 'skill' ? r.name : null));

describe("Australia's EBA is a pay agreement, Switzerland's a vocational certificate", () => {
  it('leaves "above Award EBA conditions" alone', () => {
    expect(
      levels('Youth Worker\n- Paid above Award EBA conditions plus salary packaging.'),
    ).toEqual([]);
  });

  it.each([
    ['Logistiker\n- Lehrabschluss als Logistiker EFZ/EBA'],
    ['Detailhandelsassistent\n- Eidgenössisches Berufsattest als Detailhandelsassistent'],
  ])('%s', (text) => {
    expect(levels(text)).toContain('vocational');
  });
});

describe("a figure of FTE beside the hours is the job's own load", () => {
  it.each([
    ['Finance Officer\n- Full-time (1.0 FTE), permanent position', 'full_time'],
    ['Receptionist\n- Part-time (0.6 FTE), fixed hours', 'part_time'],
    ['Verpleegkundige\n- Parttime (0,8 fte) in ons team', 'part_time'],
  ])('%s', (text, type) => {
    expect(posting(text).employmentType).toBe(type);
  });

  it('still leaves a pay basis alone', () => {
    expect(posting('Analyst\nSalary $90,000 pro rata for 0.6 FTE.').employmentType).toBeNull();
  });
});

describe('a school named as the place of work is no degree asked', () => {
  it.each([
    ['Music Teacher\nLocation(s): LINCOLN HIGH SCHOOL\n- Teaching credential required'],
    ['Science Teacher\nTeacher - Secondary Science at Riverside High School'],
  ])('%s', (text) => {
    expect(levels(text)).not.toContain('high_school');
  });

  it('drops a degree only paid for as a stipend', () => {
    expect(levels('Teacher\nStipends available for education levels at Doctorate Degree.')).toEqual(
      [],
    );
  });

  it('still reads the school level asked for', () => {
    expect(levels('Cashier\n- Completed High School or GED')).toContain('high_school');
  });
});

describe('a US state or city named in the text sets the dollar', () => {
  it('reads "$" as USD in California despite an Ontario yard', () => {
    const p = posting(
      'Local Delivery Driver\n- $22/hour\n- Delivery Area: between the Ontario yard and greater Los Angeles\n- Hiring Area: Southern California',
    );
    expect(p.salary?.currency).toBe('USD');
  });
});

describe('modifiers between the article and a title in prose', () => {
  it.each([
    [
      'Acme | Remote | Full time | $90K - $110K\nAcme is looking for a full time remote Senior Data Engineer to grow our platform.',
      'Senior Data Engineer',
    ],
    [
      'Bouwbedrijf Jansen | Utrecht\nWij zoeken een ervaren Projectleider voor onze vestiging.',
      'Projectleider',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('licence and certificate names as written', () => {
  it.each([
    ['Security Plus Certification is a requirement within 6 months.', 'Security+'],
    ['SafeServe Certification', 'ServSafe'],
    ['Working with Children card is mandatory.', 'Working with Children Check'],
  ])('%s', (line, name) => {
    expect(certifications(`Support Officer\nRequirements:\n- ${line}`)).toContain(name);
  });
});

describe("a driver's pay extras and pay by the mile are no salary", () => {
  it.each([
    [
      'Short Haul Driver\nPay\n- 34 to 40 CPM based on experience\n- Wait Time: $12/hour (after 3 hours)',
    ],
    [
      'Regional Driver\n- Earn up to 45 CPM plus a weekly bonus\n- Detention: $15/hour after 2 hours',
    ],
    ['Linehaul Driver\n- 55 cents per mile\n- Layover: $80 per day'],
  ])('%s', (text) => {
    expect(posting(text).salary).toBeNull();
  });

  it('still reads the hourly rate', () => {
    expect(posting('Delivery Driver\nPay\n- $21/hour\n- Lumper: paid by us').salary).toMatchObject({
      min: 21,
      period: 'hour',
    });
  });
});

describe('a US public-service term appointment is fixed-term', () => {
  it.each([
    ['IT Specialist\nAppointment: Term (not to exceed 2 years; may be extended)'],
    ['Biologist\nThis is a term appointment not to exceed 13 months.'],
    ['Park Ranger\nAppointment type: Temporary - not to exceed 1 year'],
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBe('temporary');
  });

  it.each([
    ['Analyst\nHours not to exceed 20 per week.'],
    ['Engineer\nA long term position with growth.'],
  ])('leaves %s alone', (text) => {
    expect(posting(text).employmentType).not.toBe('temporary');
  });
});
