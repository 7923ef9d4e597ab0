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
