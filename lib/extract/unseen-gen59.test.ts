import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings from Hong Kong, Malaysia, Jamaica, Tanzania, Malawi, the
 * US public sector and English home care. Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const languages = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => (r.kind === 'language' ? r.language : ''));
const education = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? r.level : ''));

describe('school-leaving certificates of Commonwealth countries', () => {
  it.each([
    ['Order Clerk\n\nRequirements\n- HKDSE graduate or above\n- 1 year of experience'],
    ['Telemarketer\n\nRequirements\n- Minimum 4 CXC subjects\n- Good phone manner'],
    ['Guard\n\nRequirements\n- KCSE certificate, mean grade D'],
    ['Driver\n\nRequirements\n- WAEC/SSCE with five credits'],
  ])('%s', (text) => {
    expect(education(text)).toContain('high_school');
  });
});

describe('a first degree named by its holder or its school', () => {
  it.each([
    ['Buyer\n\nRequirements\n- University graduate or equivalent\n- 3 years in purchasing'],
    ['Purchasing Assistant\n\nRequirements\n- Degree Holder in any related field'],
    ['Clerk\n\nRequirements\n- Tertiary education or above'],
  ])('%s', (text) => {
    expect(education(text)).toContain('bachelor');
  });
});

describe('"Bahasa" qualified by the country', () => {
  it('reads Bahasa Malaysia as Malay', () => {
    const found = languages(
      'Purchasing Assistant\n\nRequirements\n- Fluent in English and Bahasa Malaysia\n- 1 year of experience',
    );
    expect(found).toContain('ms');
    expect(found).not.toContain('id');
  });

  it('tells Bahasa Melayu from Bahasa Indonesia', () => {
    const found = languages(
      'Sales Executive\n\nRequirements\n- Good command of Bahasa Melayu and Bahasa Indonesia',
    );
    expect(found).toEqual(expect.arrayContaining(['ms', 'id']));
  });
});

describe('a keyboard skill named after a script', () => {
  it('"Chinese typing" and "Chinese word processing" ask for no language', () => {
    expect(
      languages(
        'Clerk\n\nRequirements\n- Proficient in Excel and Chinese typing\n- Chinese word processing is a must',
      ),
    ).toEqual([]);
  });
});

describe('working time after an unmarked figure is no pay', () => {
  it.each([
    [
      'Groundskeeper\n\nThe post is paid by the hour for a 40 hour week, with overtime.\n\nRequirements\n- A driving licence',
    ],
    [
      'Warehouse Operative\n\nPay is hourly, 37.5 hours per week.\n\nRequirements\n- Forklift experience',
    ],
    ['Magasinier\n\nRémunération horaire, 35 heures par semaine.\n\nProfil\n- CACES 3'],
  ])('%s', (text) => {
    expect(posting(text).salary).toBeNull();
  });
});

describe('East African shillings written short', () => {
  it('reads "TSh" as the Tanzanian shilling, paid by the month', () => {
    expect(
      posting(
        'Field Officer\n\nSalary: TSh 150,000 – 400,000\n\nRequirements\n- A diploma in community development',
      ).salary,
    ).toEqual({ min: 150000, max: 400000, currency: 'TZS', period: 'month' });
  });

  it('reads "USh" after the figure as the Ugandan shilling', () => {
    expect(
      posting('Accountant\n\nPay: 900,000 USh per month\n\nRequirements\n- CPA').salary?.currency,
    ).toBe('UGX');
  });
});

describe('a front matter title in YAML quotes', () => {
  it.each([
    [
      'title: "Finance Manager"\n\nLocation: Malawi\n\nRequirements\n- Minimum 8 years of experience in finance',
      'Finance Manager',
    ],
    [
      "titre: 'Comptable'\n\nLieu : Lyon\n\nProfil\n- 3 ans d'expérience en comptabilité",
      'Comptable',
    ],
    ['título: "Contador"\n\nUbicación: Lima\n\nRequisitos\n- 3 años de experiencia', 'Contador'],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('a contract for a stated time is temporary', () => {
  it.each([
    [
      "Data Entry Clerk\n\nRequirements\n- Good typing speed\n- 6 months' full-time contract, Monday to Friday",
    ],
    ['Project Officer\n\nContract: One Year\n\nRequirements\n- 2 years of experience'],
    ["Assistant administratif\n\nContrat : un an\n\nProfil\n- 2 ans d'expérience"],
    [
      'Auxiliar administrativo\n\nContrato: seis meses a tiempo completo\n\nRequisitos\n- 2 años de experiencia',
    ],
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBe('temporary');
  });
});

describe('a spelled count is a term only as a contract label value', () => {
  it('keeping a CV "per un periodo di sei mesi" states no term of the job', () => {
    expect(
      posting(
        'Sviluppatore\n\nSe sei una persona curiosa, scrivici.\nI CV saranno conservati per un periodo di sei mesi.\n\nRequisiti\n- 3 anni di esperienza',
      ).employmentType,
    ).toBeNull();
  });
});

describe('a floor asked before a preferred count of years', () => {
  const floors = (text: string) =>
    read(text)
      .requirements.filter((r) => r.kind === 'experience')
      .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears, r.required] : []));
  it.each([
    [
      'IT Analyst\n\nRequirements\n- Minimum 5, preferably 7 years of professional experience designing IT systems',
      5,
    ],
    ['Analyst\n\nRequirements\n- At least 3, ideally 5 years of experience in audit', 3],
    [
      'Analyst (m/w/d)\n\nIhr Profil\n- Mindestens 3, idealerweise 5 Jahre Berufserfahrung im Controlling',
      3,
    ],
    ["Analyste\n\nProfil\n- Au moins 3, idéalement 5 ans d'expérience en audit", 3],
  ])('%s', (text, least) => {
    expect(floors(text)).toEqual([[least, null, true]]);
  });
});
