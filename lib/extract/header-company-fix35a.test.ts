import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Employer names with a legal form in prose, "About the role" headings, pay-class lines, lines
 * that narrow the title and titles after an intro sentence, in German, French, Spanish, Italian,
 * Portuguese, Dutch and English postings; sentences written for the test.
 */

const posting = (text: string) => extract({ text }).posting;

describe('a name with its legal form after an article or a preposition names the employer', () => {
  it.each([
    [
      'Elektroniker (m/w/d)\n\nSie suchen eine neue Aufgabe? Dann bewerben Sie sich bei der Nordlicht Anlagenbau GmbH als Elektroniker in unserem Team.\n\nIhre Aufgaben\n- Wartung von Anlagen',
      'Nordlicht Anlagenbau GmbH',
    ],
    [
      'Die kw-technik GmbH ist ein Ingenieurbüro mit Sitz im Süden. Wir suchen ab sofort\n\nKonstrukteur (m/w/d)\n\nIhre Aufgaben\n- Zeichnungen erstellen',
      'kw-technik GmbH',
    ],
    [
      'Technicien de maintenance H/F\n\nVous souhaitez évoluer ? Rejoignez la société Fabrelec Industrie SAS, spécialiste du câblage.\n\nMissions\n- Dépannage des lignes',
      'Fabrelec Industrie SAS',
    ],
    [
      'Tecnico di laboratorio\n\nPer la società Vetroluce S.r.l. cerchiamo un tecnico con esperienza.\n\nRequisiti\n- Diploma tecnico',
      'Vetroluce S.r.l.',
    ],
    [
      'Operario de almacén\n\nLa empresa Logisur Norte S.L. incorpora un operario para su centro.\n\nRequisitos\n- Carnet de carretillero',
      'Logisur Norte S.L.',
    ],
  ])('%j', (text, company) => {
    expect(posting(text).company).toBe(company);
  });

  it('keeps a client of an agency out', () => {
    const text =
      'Buchhalter (m/w/d)\n\nFür unseren Kunden, die Bergwerk Metall GmbH, suchen wir einen Buchhalter.\n\nIhr Profil\n- Ausbildung';
    expect(posting(text).company).not.toBe('Bergwerk Metall GmbH');
  });
});

describe('a heading about the job names no employer', () => {
  it.each([
    'Watch Officer\n\nAbout Our Opportunity\n\nYou will monitor incoming reports and brief the duty managers every shift.',
    'Warehouse Lead\n\nABOUT THE OPPORTUNITY\n\nYou will run the night crew and check the stock counts.',
    'Servicetechniker (m/w/d)\n\nÜBER DIE STELLE\n\nSie warten Heizungsanlagen bei unseren Kunden in der Region.',
    'Auxiliar administrativo\n\nSOBRE EL PUESTO\n\nTe encargarás de la gestión de facturas y del archivo.',
    'Medewerker klantenservice\n\nOVER DE FUNCTIE\n\nJe beantwoordt vragen van klanten via telefoon en e-mail.',
  ])('%j', (text) => {
    const company = posting(text).company ?? '';
    expect(company).not.toMatch(/opportunity|stelle|puesto|functie/i);
  });
});

describe("a policy's name opening a sentence is no employer", () => {
  it('Employment Equity', () => {
    const text =
      'Records Clerk\n\nEmployment Equity is a factor in this competition and applicants may self-declare.\n\nDuties\n- Filing';
    expect(posting(text).company).toBeNull();
  });
});

describe("a public service's pay class under the title is a record field", () => {
  it.each([
    'Crew Leader\n\nFR3 Fire Ranger 3\n\nSeasonal\n\nForest Protection Branch\n\nCompetition Number: 12345',
    'Payroll Clerk\n\nAY2 Administrative Support 2\n\nRegular\n\nFinance Division\n\nCompetition Number: 23456',
  ])('%j', (text) => {
    const p = posting(text);
    expect(p.company ?? '').not.toMatch(/\d$/);
    expect(p.locations).not.toContain('Seasonal');
  });
});

describe('a line under the title that narrows the job names no employer', () => {
  it.each([
    'Berufskraftfahrer (m/w/d) Nahverkehr\nRegionaler Nahverkehr\n\nWir suchen Fahrer für den regionalen Nahverkehr mit eigenem Fahrzeug.\n\nAufgaben\n- Touren fahren',
    'Registered Nurse Night Shift\nWeekend Night Shift\n\nWe need a nurse to cover our weekend nights on the surgical ward.\n\nDuties\n- Patient care',
  ])('%j', (text) => {
    expect(posting(text).company).toBeNull();
  });
});

describe('titles the header reads', () => {
  it.each([
    [
      'Um unser Team in Graz zu verstärken, suchen wir zum nächsten Termin:\n\nSenior Entwickler:in Backend\n(30 bis 38,5 Stunden)\nDeine Aufgaben\nSchnittstellen bauen',
      'Senior Entwickler:in Backend',
    ],
    [
      'DBA POSTGRESQL\nNubeTalento\n\nBuscamos un DBA para una empresa de seguros. Requisitos:\nExperiencia con replicación y copias de seguridad.',
      'DBA POSTGRESQL',
    ],
  ])('%j', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe("a public body's department label names the employer when the text names it so", () => {
  it.each([
    [
      'Policy Analyst 2\n\nCompetition # : 10234\n\nDepartment: Rural Affairs\n\nLocation: Truro\n\nThe Department of Rural Affairs supports farming towns across the province.',
      'Rural Affairs',
    ],
    [
      'Analista de datos\n\nDepartamento: Hacienda Regional\n\nEl Departamento de Hacienda Regional gestiona los tributos de la provincia.\n\nFunciones\n- Informes',
      'Hacienda Regional',
    ],
  ])('%j', (text, company) => {
    expect(posting(text).company).toBe(company);
  });

  it("leaves a company's team out", () => {
    const text =
      'Backend Engineer\n\nDepartment: Engineering\n\nLocation: Remote\n\nOur engineering group builds the payment platform.';
    expect(posting(text).company).not.toBe('Engineering');
  });
});

describe("the ad's reference number after the title is no part of it", () => {
  it.each([
    [
      'Wir sind ein Personaldienstleister mit vielen Kunden in der Region und suchen ab sofort einen\nSchweißer (m/w/d) ID: 40417\nIhre Aufgaben: Schweißen nach Zeichnung',
      'Schweißer (m/w/d)',
    ],
    [
      'Gestionnaire de paie H/F Réf. 2291\n\nVos missions\n- Établir les bulletins de salaire',
      'Gestionnaire de paie H/F',
    ],
    ['Warehouse Operative Job ID: 58812\n\nDuties\n- Picking orders', 'Warehouse Operative'],
  ])('%j', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});
