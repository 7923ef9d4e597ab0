import { describe, expect, it } from 'vitest';
import { fieldOfTitle, isRoleNoun } from './roles';

describe('fieldOfTitle', () => {
  it.each([
    ['Senior Support Specialist', 'Support'],
    ['Support Team Lead', 'Support'],
    ['Customer Service Advisor', 'Customer Service'],
    ['Head of Partnerships', 'Partnerships'],
    ['Manager, Customer Success', 'Customer Success'],
    ['Junior Account Executive', 'Account'],
  ])('drops rank and role words in English: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it.each([
    ['Data Analyst', 'Data Analysis'],
    ['Backend Developer', 'Backend Development'],
    ['Freelance Consultant', 'Consulting'],
    ['Part-time Lecturer', 'Teaching'],
    ['Accountant', 'Accounting'],
  ])('turns a role that names its own field into that field: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it('keeps management when the title manages a project or a product', () => {
    expect(fieldOfTitle('Product Manager')).toBe('Product management');
    expect(fieldOfTitle('Regional Sales Manager')).toBe('Regional Sales');
  });

  it.each([
    ['Chargé de recrutement', 'Recrutement'],
    ['Responsable des achats', 'Achats'],
    ['Mitarbeiterin Buchhaltung', 'Buchhaltung'],
    ['Softwareentwickler', 'Softwareentwickler'],
    ['Asistente de dirección', 'Dirección'],
    ['Impiegata amministrativa', 'Amministrativa'],
    ['Medewerker klantenservice', 'Klantenservice'],
    ['Coordenadora de logística', 'Logística'],
  ])('reads titles in other languages: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it('keeps a title with nothing left once its role words are gone', () => {
    expect(fieldOfTitle('Founder')).toBe('Founder');
    expect(fieldOfTitle('Senior Manager')).toBe('Senior Manager');
  });
});

describe('isRoleNoun', () => {
  it('tells the noun a title ends in from other words', () => {
    for (const w of ['Developer', 'manager', 'Nurse', 'Entwickler', 'responsabile'])
      expect(isRoleNoun(w)).toBe(true);
    for (const w of ['React', 'support', 'role', 'constructor', 'toString'])
      expect(isRoleNoun(w)).toBe(false);
  });
});
