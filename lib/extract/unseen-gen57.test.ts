import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings from under-covered places (US county and hospital nursing
 * records, Pakistani classified ads relayed as issues, a Philippine board page, a Nigerian state
 * college advert, Ontario board records). Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const levels = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? r.level : null));

describe('a lowercase "a level" in ordinary prose is no A-level', () => {
  it.each([
    'Midwife\n\nRequirements:\nSkills at a level normally acquired through training at a school of midwifery.',
    'Clerk\n\nRequirements:\nTyping at a level that lets you keep up with the counter.',
  ])('%s', (text) => {
    expect(levels(text)).not.toContain('high_school');
  });

  it('the capital A-level stays a school-leaving level', () => {
    expect(levels('Tutor\n\nRequirements:\nChemistry at A level is required.')).toContain(
      'high_school',
    );
  });
});

describe('on-site statements written with a spaced hyphen or a care centre', () => {
  it.each([
    ['Ward Clerk\n\nThis job is ON - SITE.\n\nYou file charts for the unit.', 'onsite'],
    [
      'Educator\n\nThis is a fully in-centre position.\n\nYou lead play for the toddler room.',
      'onsite',
    ],
  ])('%s', (text, model) => {
    expect(posting(text).workplace).toBe(model);
  });
});

describe("a classified ad's title-case town after 'In'", () => {
  it.each([
    ['Receptionist Required In Islamabad\n\nFront desk duties, office hours.', 'Islamabad'],
    ['Cashier Needed At Rawalpindi\n\nShop counter, evening shift.', 'Rawalpindi'],
    ['Driver Wanted In Mombasa\n\nDeliveries around the port.', 'Mombasa'],
  ])('%s', (text, town) => {
    expect(posting(text).locations).toEqual([town]);
  });

  it('a title-case word that is no town gives no place', () => {
    expect(posting('Help Wanted In Sales\n\nWe sell furniture.').locations).toEqual([]);
  });
});

describe('a "temp contract" is temporary work', () => {
  it('wins over a full-time field on the same line', () => {
    const text =
      'Lab Officer\n\nEmployment Type Full Time Description: this will be a temp contract for 4 months at our plant.';
    expect(posting(text).employmentType).toBe('temporary');
  });
});

describe('perks, agency contract values and licences of care and driving postings', () => {
  it('a perk list naming "Moving Assistance" offers relocation', () => {
    const text =
      'Staff Nurse\n\nPerks & Benefits\n• Paid time off\n• Tuition help, Moving Assistance, discounts on gym memberships';
    expect(posting(text).relocation).toBe('offered');
  });

  it('"Employment Type: Local Contract" is contract work', () => {
    const text =
      'ICU Nurse\n\n• Duration: 8 weeks\n• 36 hours per week\n• Employment Type: Local Contract';
    expect(posting(text).employmentType).toBe('contract');
  });

  it("Ontario's AZ licence is a driving licence", () => {
    const kinds = read('Truck Driver\n\nQualifications:\n• Valid AZ license with a clean abstract.')
      .requirements.filter((r) => r.kind === 'license')
      .map((r) => (r.kind === 'license' ? r.name : ''));
    expect(kinds.join(' ')).toMatch(/Driving licence/);
  });

  it.each([
    [
      'Educator\n\nRequirements:\n• A recent Police Vulnerable Sector Check.',
      'Police Vulnerable Sector Check',
    ],
    ['Driver\n\nRequirements:\n• Clean abstract and CVOR.', 'CVOR'],
    ['Developer\n\nMust-Have:\n- State management with Redux or Context API.', 'Context API'],
  ])('%s', (text, name) => {
    const names = read(text).requirements.map((r) =>
      r.kind === 'skill' || r.kind === 'certification' ? r.name : '',
    );
    expect(names).toContain(name);
  });
});
