import { describe, expect, it } from 'vitest';
import { fieldOfTitle, isRoleNoun, namesOwnFieldRole } from './roles';

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

describe('fieldOfTitle, role noun first', () => {
  it.each([
    ['Développeur Java', 'Développement Java'],
    ['Développeuse Java', 'Développement Java'],
    ['Ingénieure qualité', 'Ingénierie qualité'],
    ['Chargé(e) de communication', 'Communication'],
    ['Stagiaire développeur(se) mobile', 'Développement mobile'],
  ])('in French: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it.each([
    ['Desarrollador Backend', 'Desarrollo Backend'],
    ['Desarrolladora de videojuegos', 'Desarrollo de videojuegos'],
    ['Analista de datos', 'Análisis de datos'],
    ['Ingeniero de procesos', 'Ingeniería de procesos'],
  ])('in Spanish: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it.each([
    ['Sviluppatore software', 'Sviluppo software'],
    ['Sviluppatrice front-end', 'Sviluppo front-end'],
    ['Ingegnere di processo', 'Ingegneria di processo'],
  ])('in Italian: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it.each([
    ['Desenvolvedor Java', 'Desenvolvimento Java'],
    ['Desenvolvedora de aplicativos', 'Desenvolvimento de aplicativos'],
    ['Engenheira civil', 'Engenharia civil'],
  ])('in Portuguese: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it.each([
    ['Ontwikkelaar Java', 'Ontwikkeling Java'],
    ['Medewerker klantenservice', 'Klantenservice'],
    ['Klantenservicemedewerker', 'Klantenservice'],
    ['Stagiair boekhouder', 'Boekhouding'],
  ])('in Dutch: %s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });
});

describe('fieldOfTitle, German one-word titles', () => {
  it.each([
    ['Softwareentwickler', 'Softwareentwicklung'],
    ['Softwareentwicklerin', 'Softwareentwicklung'],
    ['Vertriebsmitarbeiter', 'Vertrieb'],
    ['Einkaufsmitarbeiterin', 'Einkauf'],
    ['Projektleiterin', 'Projektleitung'],
    ['Projektleiter(in)', 'Projektleitung'],
    ['Buchhalter', 'Buchhaltung'],
    ['Finanzbuchhalterin', 'Finanzbuchhaltung'],
    ['Senior Produktmanager', 'Produktmanagement'],
    ['Werkstudentin Marketing', 'Marketing'],
  ])('%s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });

  it('leaves a word that only looks like it ends in a role noun', () => {
    // Too short a start to be a field of its own.
    expect(fieldOfTitle('Leiter')).toBe('Leiter');
    expect(fieldOfTitle('Berlin')).toBe('Berlin');
  });
});

describe('fieldOfTitle, English titles are read as before', () => {
  it.each([
    ['Lead Software Engineer', 'Software Engineering'],
    ['Staff product designer', 'Product design'],
    ['UX Designer', 'UX Design'],
    ['Sales Representative', 'Sales'],
    ['Project Manager', 'Project management'],
    ['Director of Engineering', 'Engineering'],
  ])('%s → %s', (title, field) => {
    expect(fieldOfTitle(title)).toBe(field);
  });
});

describe('isRoleNoun', () => {
  it('tells the noun a title ends in from other words', () => {
    for (const w of [
      'Developer',
      'manager',
      'Nurse',
      'Entwickler',
      'responsabile',
      'Desarrolladora',
      'Leiterin',
    ])
      expect(isRoleNoun(w)).toBe(true);
    for (const w of ['React', 'support', 'role', 'constructor', 'toString'])
      expect(isRoleNoun(w)).toBe(false);
  });
});

describe('namesOwnFieldRole', () => {
  it('tells a title line from a company or a place line', () => {
    for (const line of [
      'Desarrolladora Backend',
      'Ingénieur qualité',
      'Finanzbuchhalterin',
      'UX Designer',
    ])
      expect(namesOwnFieldRole(line)).toBe(true);
    for (const line of ['Nubes Claras S.L.', 'Softwareentwicklung GmbH', 'Lyon, France', 'Berlin'])
      expect(namesOwnFieldRole(line)).toBe(false);
  });
});
