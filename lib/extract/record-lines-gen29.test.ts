import { describe, expect, it } from 'vitest';
import { schoolingOf } from '../testing/requirements';
import { extract } from './index';

/** Years, contract lines and home-office options in German, Dutch, French and Spanish postings; sentences written for the test. */

const years = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'experience' && r.minYears !== null ? [[r.minYears, r.required]] : [],
  );

describe('years said by an adjective before the experience noun', () => {
  it.each([
    ['Lagerist (m/w/d)\n\nDein Profil\n- eine mindestens zweijährige Berufserfahrung im Lager', 2],
    ['Monteur (m/w/d)\n\nDein Profil\n- drei jährige Erfahrung in der Montage von Fenstern', 3],
    [
      'Buchhalter (m/w/d)\n\nIhr Profil\n- 5-jährige einschlägige Berufserfahrung in der Buchhaltung',
      5,
    ],
    ['Chauffeur (m/v)\n\nWat vragen wij\n- een tweejarige werkervaring als chauffeur', 2],
    ['Verkoper (m/v)\n\nProfiel\n- 3-jarige ervaring in de detailhandel', 3],
  ])('%j', (text, min) => {
    expect(years(text)).toEqual([[min, true]]);
  });

  it.each([
    'Azubi (m/w/d)\n\nDie dreijährige Ausbildung beginnt im August.',
    'Techniker (m/w/d)\n\nWir bieten\n- einen zweijährigen Vertrag mit Option auf Übernahme',
  ])('no experience noun, no years: %j', (text) => {
    expect(years(text)).toEqual([]);
  });
});

describe('a review after some months is a date, not experience', () => {
  it('French: "après 3 mois et 6 mois"', () => {
    const text = [
      'Éducateur (H/F)',
      '',
      'Atouts :',
      "- La connaissance de l'anglais.",
      '- Un point sur vos objectifs aura lieu après 3 mois et 6 mois de contrat.',
    ].join('\n');
    expect(years(text)).toEqual([]);
  });
});

describe("a record's contract line under the title names no employer", () => {
  it.each([
    'Gestionnaire de paie (H/F)\nContrat à durée indéterminée\n\n## Missions\nVous gérez la paie.',
    'Commis de cuisine (H/F)\nCDD de 6 mois\n\n## Missions\nVous préparez les entrées.',
    'Lagerhelfer (m/w/d)\nBefristet auf 12 Monate\n\nIhre Aufgaben\n- Waren einlagern',
  ])('%j', (text) => {
    expect(extract({ text }).posting.company).toBeNull();
  });

  it('a name on that line is still the employer', () => {
    const text = 'Kellner (m/w/d)\nGasthaus Lindenhof GmbH\nMünchen\n\nWir suchen Verstärkung.';
    expect(extract({ text }).posting.company).toBe('Gasthaus Lindenhof GmbH');
  });
});

describe('a home-office option among the benefits makes the job hybrid', () => {
  it.each([
    'Einkäufer (m/w/d)\n\nWir bieten\n- die Möglichkeit zur Arbeit im Homeoffice',
    'Sachbearbeiter (m/w/d)\n\nUnser Angebot\n- Möglichkeit zur Arbeit im Home-Office',
  ])('%j', (text) => {
    expect(extract({ text }).posting.workplace).toBe('hybrid');
  });
});

describe('a degree only valued under the requirements leaves the record line standing', () => {
  it('Spanish: "Estudios mínimos" over a list that values a master', () => {
    const text = [
      'Técnico contable',
      'Estudios mínimos: Grado',
      '',
      'Requisitos mínimos',
      'Grado en Economía, se valorará máster en finanzas.',
      'Experiencia con SAP.',
    ].join('\n');
    expect(schoolingOf(text).some(([, required]) => required)).toBe(true);
  });
});

describe('the office suite named inside a German compound', () => {
  it.each([
    'Assistenz (m/w/d)\n\nIhr Profil\n- sichere Office-Kenntnisse und gute Umgangsformen',
    'Disponent (m/w/d)\n\nDas bringst du mit\n- gute MS-Office-Kenntnisse, vor allem Excel',
  ])('%j', async (text) => {
    const { namedOf } = await import('../testing/requirements');
    expect(namedOf(text).map(([name]) => name)).toContain('Microsoft Office');
  });
});
