import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings from rarely seen employers (a Philippine microfinance
 * NGO's careers page, a New York City open-data job record, an Irish nursing-home agency post, US
 * hotel, restaurant and trade contractors' pages). Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);
const education = (text: string) =>
  kinds(text, 'education').map((r) => (r.kind === 'education' ? r.level : null));
const licences = (text: string) =>
  kinds(text, 'license').map((r) => (r.kind === 'license' ? r.name : ''));

describe('a short degree name the words before it call a degree, whatever follows', () => {
  it.each([
    [
      'Loan Officer\n\nQualifications\n- Graduates of BS Accountancy or Banking\n- Proficient in Excel',
      'bachelor',
    ],
    [
      'Bookkeeper\n\nQualifications\n- A graduate of BS Agribusiness\n- Fresh graduates welcome',
      'bachelor',
    ],
    [
      "Assistant commercial (H/F)\n\nProfil recherché\n- Titulaire d'un BUT Techniques de commercialisation\n- Maîtrise d'Excel",
      'associate',
    ],
    [
      'Auxiliar administrativo\n\nRequisitos\n- Titulación de FP Administración y Finanzas\n- Manejo de Excel',
      'vocational',
    ],
  ])('%s', (text, level) => {
    expect(education(text)).toContain(level);
  });

  it('a short name that is a word stays no degree without such words', () => {
    expect(
      education('Driver\n\nRequirements\n- BS Nagar depot, early shifts\n- Clean licence'),
    ).toEqual([]);
  });
});

describe('a record whose title and pay range come in snake-case fields', () => {
  const record = [
    'business_title: Park Maintenance Supervisor',
    'agency: DEPT OF SANITATION',
    'salary_range_from: 61000',
    'salary_range_to: 68500',
    'salary_frequency: Annual',
    'job_description: Supervises crews that keep the parks clean.',
  ].join('\n');

  it('reads the business title without its key', () => {
    expect(posting(record).title).toBe('Park Maintenance Supervisor');
  });

  it('reads the range-to field as the ceiling', () => {
    expect(posting(record).salary).toMatchObject({ min: 61_000, max: 68_500, period: 'year' });
  });

  it('a ceiling field equal to its floor field is a single figure', () => {
    const same = record.replace('68500', '61000');
    expect(posting(same).salary).toMatchObject({ min: 61_000, max: 61_000 });
    expect(
      posting('Clerk\nSalary from: 45000\nSalary to: 45000\nSalary frequency: Annual').salary,
    ).toMatchObject({ min: 45_000, max: 45_000, period: 'year' });
  });
});

describe('a nursing licence stated as the profession itself', () => {
  it.each([
    'Clinic Nurse\n\nQualifications:\n- Must be a Registered Nurse\n- Warm and caring',
    'School Nurse\n\nRequirements\n- Must be a licensed practical nurse\n- First aid trained',
    "Infirmier de nuit (H/F)\n\nProfil\n- Diplôme d'État d'infirmier exigé\n- Travail en équipe",
    'Infirmière coordinatrice\n\nProfil recherché\n- Infirmière diplômée d’État, 3 ans en EHPAD',
  ])('%s', (text) => {
    expect(licences(text)).toContain('Nursing licence');
  });
});

describe('the plural of a common noun opening a sentence is no employer', () => {
  it.each([
    'Care Worker\n\nWe are recruiting care workers.\n\nDuties:\n* Support residents.\n* Shifts are rostered Monday to Sunday.\n\nSchedule: 12 hour shift',
    'Housekeeper\n\nWe need room attendants.\n\nWhat we offer:\n- Uniforms are provided and laundered.\n- A fresh uniform every shift.',
    'Waiter\n\nWe are hiring waiting staff.\n\nPerks:\n- Tips are pooled and paid weekly.\n- Every tip is shared by the whole team.',
  ])('%s', (text) => {
    expect(posting(text).company).toBeNull();
  });

  it('a name that is no plural of a lower-case word still reads as the employer', () => {
    expect(
      posting(
        'Porter\n\nHarbourview Hotels are a family group of three hotels.\n\nYou will carry bags.',
      ).company,
    ).toBe('Harbourview Hotels');
  });
});

describe('a preferred heading typed with a doubled letter', () => {
  it.each(['Prefferred Qualifications', 'Preffered Skills'])('%s', (heading) => {
    const text = `Electrician\n\n${heading}\n- 4 years of residential wiring experience\n- Own tools`;
    const found = kinds(text, 'experience');
    expect(found.map((r) => r.required)).toEqual([false]);
  });
});
