import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { splitSentences } from './pipeline/text';

/**
 * Classes met on unseen English postings from the UK, Ireland, India, Singapore, New Zealand, South
 * Africa, the Philippines, the US and Canada: job-board records laid out from their fields, ATS
 * forms, careers pages. Sentences are written for these tests, in several languages where the class
 * exists.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);
const education = (text: string) =>
  kinds(text, 'education').map((r) =>
    r.kind === 'education' ? [r.level, r.required, r.equivalentAccepted] : null,
  );
const skills = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => (r.kind === 'skill' ? r.name : ''));
const travels = (text: string) => kinds(text, 'travel').length;

/** An English lead so short field lists are read as English. */
const LEAD = 'The team keeps the warehouse running every day and looks after our customers.';

describe("a record's pay laid out as floor, ceiling and currency fields", () => {
  it.each([
    [
      'JobTitle: Site Supervisor\nJobType: Full Time\nSalaryFrom: 3200\nSalaryTo: 4100\nCurrencyCode: SGD',
      { min: 3200, max: 4100, currency: 'SGD' },
    ],
    [
      'Puesto: Supervisor de obra\nSalario desde: 1800\nSalario hasta: 2300\nCódigo de moneda: EUR',
      { min: 1800, max: 2300, currency: 'EUR' },
    ],
    [
      'Poste : Chef de chantier\nSalaire minimum : 2600\nSalaire maximum : 3000\nCode devise : EUR',
      { min: 2600, max: 3000, currency: 'EUR' },
    ],
  ])('%s', (text, want) => {
    expect(posting(text).salary).toMatchObject(want);
  });

  it('keeps a ceiling written in prose', () => {
    expect(
      posting(`Storeman\n\n${LEAD}\nWe raise the salary to $22 per hour after a year.`).salary,
    ).toMatchObject({ min: null, max: 22 });
  });
});

describe('a fixed term listed after the hours', () => {
  it('reads "Full Time, Temporary" under its label as temporary', () => {
    const text = `Store Manager\n\n${LEAD}\nJob Type:\nFull Time, Temporary\nStart: ASAP`;
    expect(posting(text).employmentType).toBe('temporary');
  });

  it('reads a public record\'s "Position Status" field', () => {
    const text = `Analyst\n\n${LEAD}\nPosition Status: Temporary Full Time`;
    expect(posting(text).employmentType).toBe('temporary');
  });

  it('keeps a permanent full-time value full time', () => {
    const text = `Store Manager\n\n${LEAD}\nJob Type:\nFull Time, Permanent`;
    expect(posting(text).employmentType).toBe('full_time');
  });
});

describe('hours named full time beside a short week', () => {
  it.each([
    `Carer\n\n${LEAD}\nWhat we offer:\n- Steady full-time hours (32 hours a week).`,
    'Aide-soignant\n\nNous offrons :\n- Un poste à temps plein (32 heures par semaine).',
    'Pflegehelfer\n\nWir bieten:\n- Vollzeit (32 Stunden pro Woche).',
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBe('full_time');
  });

  it('still reads a short week alone as part time', () => {
    expect(posting(`Cleaner\n\n${LEAD}\n- 18 hours per week.`).employmentType).toBe('part_time');
  });
});

describe('a year before the type word is no headcount', () => {
  it.each([
    ['Autumn 2027 Internship - Finance Operations\nAcme\n\nWe close the books.', 'internship'],
    [
      'Estate 2027 Tirocinio - Finanza\nAcme\n\nAiutiamo le aziende a crescere ogni giorno.',
      'internship',
    ],
    ['Sommer 2027 Praktikum - Marketing\nAcme\n\nWir helfen unseren Kunden.', 'internship'],
  ])('%s', (text, type) => {
    expect(posting(text).employmentType).toBe(type);
  });

  it('still reads a headcount as people', () => {
    expect(
      posting(`Mentor\n\n${LEAD}\nYou will guide the 14 interns we take each year.`).employmentType,
    ).toBeNull();
  });
});

describe('travel the job says it does not ask', () => {
  it.each([
    `Analyst\n\n${LEAD}\nTravel Requirement: Travel not required`,
    `Analyst\n\n${LEAD}\nThis role does not require travel.`,
    'Sachbearbeiter\n\nWir bieten eine Stelle ohne Reisetätigkeit im Innendienst.',
    'Comptable\n\nPoste sédentaire, sans déplacements.',
    'Contable\n\nPuesto de oficina sin viajes.',
  ])('%s', (text) => {
    expect(travels(text)).toBe(0);
  });

  it('still reads travel asked for', () => {
    expect(travels(`Auditor\n\n${LEAD}\nOccasional travel to client sites is required.`)).toBe(1);
  });
});

describe('a school level asked as the level reached', () => {
  it.each([
    ['Classroom Helper\n\nEssential:\n- Qualified to GCSE level.', 'high_school'],
    ['Classroom Helper\n\nEssential:\n- GCSE level qualification or equivalent.', 'high_school'],
    ['Analyst\n\nEssential:\n- Educated to degree level.', 'bachelor'],
  ])('%s', (text, level) => {
    expect(education(text).map((e) => e?.[0])).toContain(level);
  });

  it('still reads the level of what is taught as no requirement', () => {
    expect(education('Tutor\n\nYou will support pupils in GCSE level classes.')).toEqual([]);
  });
});

describe("a framework's certificate below a diploma is vocational", () => {
  it.each([
    'Support Worker\n\nWhat you bring:\n- Level 4 certificate in Health and Wellbeing.',
    'IT Support Intern\n\nRequirements:\n- Higher Certificate (NQF Level 5) in IT.',
    'Payroll Clerk\n\nRequirements:\n- Occupational Certificate in payroll administration.',
  ])('%s', (text) => {
    expect(education(text).map((e) => e?.[0])).toEqual(['vocational']);
  });
});

describe('a degree said not to be needed', () => {
  it.each([
    'Content Writer\n\nQualifications:\n- A university degree is not necessary.',
    'Verkäufer\n\nProfil:\n- Studium nicht erforderlich, Begeisterung zählt.',
    'Vendeur\n\nProfil :\n- Diplôme non exigé, la motivation compte.',
  ])('%s', (text) => {
    expect(education(text)).toEqual([]);
  });
});

describe('the peso written "Php" is pay, not the language', () => {
  it('keeps PHP the language and reads the pay', () => {
    const text =
      'Web Developer\n\nSalary: up to Php 40,000 a month.\n\nSkills:\n- 2 years of PHP 8 and Laravel';
    expect(skills(text).filter((s) => s === 'PHP')).toHaveLength(1);
    expect(posting(text).salary).toMatchObject({ max: 40000, currency: 'PHP' });
  });

  it('reads no skill from the pay line alone', () => {
    expect(skills(`Account Specialist\n\n${LEAD}\nPackage up to Php 30,000`)).not.toContain('PHP');
  });
});

describe("an application form's yes/no questions", () => {
  const form = (line: string) =>
    `Head Chef\nAcme Hotels\n\n${LEAD}\nSchedule Full-Time\n${line}\nPosition Type Management`;

  it.each([
    ['Relocation? N', 'not_offered'],
    ['Relocation? Y', 'offered'],
    ['Relocation: Yes', 'offered'],
  ])('%s', (line, want) => {
    expect(posting(form(line)).relocation).toBe(want);
  });

  it('reads a German answer', () => {
    expect(
      posting('Koch\nAcme\n\nUmzug: Nein\nWir kochen frisch für unsere Gäste.').relocation,
    ).toBe('not_offered');
  });

  it.each([
    ['Located Remotely? N', 'onsite'],
    ['Remote? N', 'onsite'],
    ['Télétravail ? Non', 'onsite'],
    ['Remote? Yes', 'remote'],
  ])('%s', (line, want) => {
    expect(posting(form(line)).workplace).toBe(want);
  });

  it('keeps a question and its short answer one sentence', () => {
    const texts = splitSentences(
      'Relocation? N\nWhy join us? Great pay and a friendly team.',
      'en',
    ).map((s) => s.text);
    expect(texts).toEqual(['Relocation? N', 'Why join us?', 'Great pay and a friendly team.']);
  });
});

describe('a level before a list reaches past an aside in brackets', () => {
  const levels = (text: string) =>
    kinds(text, 'language').map((r) => (r.kind === 'language' ? [r.language, r.level] : null));

  it.each([
    [
      'Sales Representative\n\nQualifications:\n- Proficient in Dutch (preferred), Italian, or French',
      'professional',
    ],
    [
      'Vertrieb\n\nProfil:\n- Sehr gute Kenntnisse in Englisch (zwingend), Französisch oder Spanisch',
      'fluent',
    ],
    ['Ventas\n\nRequisitos:\n- Dominio de inglés (deseable), francés o alemán', 'fluent'],
  ])('%s', (text, level) => {
    const found = levels(text);
    expect(found).toHaveLength(3);
    for (const l of found) expect(l?.[1]).toBe(level);
  });
});

describe("a third party's sponsoring programme is not the employer's sponsorship", () => {
  it('reads no refusal from "not affiliated with any sponsoring program"', () => {
    const text =
      'Science Teacher\nCounty Schools\n\nWe teach children in schools across the county.\n' +
      'Applicants from abroad who are not affiliated with a sponsoring program must send their work authorization.';
    expect(posting(text).visaSponsorship).toBeNull();
  });

  it('still reads a refusal', () => {
    const text = `Developer\nAcme\n\n${LEAD}\nWe do not sponsor work visas for this role.`;
    expect(posting(text).visaSponsorship).toBe('not_offered');
  });
});

describe("a page's own noun after the title", () => {
  it.each([
    [
      'Library Assistant Job Description\nCity School\n\nWe are a school that teaches children.',
      'Library Assistant',
    ],
    ['Koch Stellenbeschreibung\nGasthaus Adler\n\nWir kochen frisch für unsere Gäste.', 'Koch'],
    [
      'Aide-comptable fiche de poste\nCabinet Martin\n\nNous accompagnons les entreprises.',
      'Aide-comptable',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('a demand word a clause away from the travel word', () => {
  it('reads no travel from a customer sentence beside a company name', () => {
    const text =
      `Head Chef\nAcme Hotels\n\n${LEAD}\n` +
      'Acme International, the group behind more than two hundred hotels worldwide, wants its guests to travel in comfort.';
    expect(travels(text)).toBe(0);
  });

  it('still reads travel asked in the same clause', () => {
    expect(travels(`Sales Lead\n\n${LEAD}\nWillingness to travel internationally.`)).toBe(1);
  });
});

describe("the employer's business told as travel", () => {
  it('reads no travel from "the future of travel"', () => {
    expect(
      travels(`Chef\nAcme Hotels\n\n${LEAD}\nTogether we will shape the future of travel.`),
    ).toBe(0);
  });
});
