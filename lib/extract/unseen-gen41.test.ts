import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * European postings of the kinds found in Belgian, French, Austrian, Swiss, Italian and Chilean
 * ads: a page's two-cell table rows (label, tab, value), a fixed term written without the word
 * "contract", a term word right after a start date, and Austrian master-level degree titles.
 * Sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;
const educations = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r as { level: string }).level);

describe("a table row's label and value parted by a tab", () => {
  it.each([
    [
      'Offre 1234\n\nIntitulé du poste\taide-soignant\n\nLieu de travail\tANGERS\n',
      'aide-soignant',
      'ANGERS',
    ],
    [
      'Annuncio 77\n\nTitolo\tMagazziniere\n\nLuogo di lavoro\tBellinzona\n',
      'Magazziniere',
      'Bellinzona',
    ],
    [
      'Oferta 5\n\nPuesto\tCamarero de sala\n\nUbicación\tZaragoza\n',
      'Camarero de sala',
      'Zaragoza',
    ],
    ['Vacature 9\n\nFunctie\tMagazijnier\n\nStandplaats\tMechelen\n', 'Magazijnier', 'Mechelen'],
  ])('reads as a labelled field: %j', (text, title, place) => {
    const p = facts(text);
    expect(p.title).toBe(title);
    expect(p.locations).toContain(place);
  });

  it('leaves a row of several cells alone', () => {
    expect(facts('Horaires\nLundi\t8h\t12h\nMardi\t8h\t12h\n').locations).toEqual([]);
  });
});

describe('a fixed term without the word for contract', () => {
  it.each([
    'Animateur (H/F)\n\nLa personne sera engagée à temps plein, à durée déterminée de six mois.',
    'Técnico de laboratorio\n\nIncorporación a jornada completa, de duración determinada (un año).',
    'Enfermeira (m/f)\n\nOferecemos uma contratação a termo certo por um ano, a tempo inteiro.',
    'Begeleider\n\nVoltijds, bepaalde duur van zes maanden.',
  ])('is temporary: %j', (text) => {
    expect(facts(text).employmentType).toBe('temporary');
  });
});

describe('a term word right after a start date', () => {
  it.each([
    'Projektmitarbeiter (w/m/d)\n\nFür unser Forschungsprojekt ab 01.09.2024 befristet bis Ende 2026.',
    'Assistente di ricerca\n\nPer il progetto, dal 01/09/2024 a tempo determinato per due anni.',
  ])('still names the term: %j', (text) => {
    expect(facts(text).employmentType).toBe('temporary');
  });

  it('a headcount before a trainee word is still no type', () => {
    expect(
      facts('Ausbildung\n\nWir bilden rund 450 Auszubildende in zwölf Berufen aus.').employmentType,
    ).toBeNull();
  });
});

describe('Austrian degree titles', () => {
  it.each([
    'Jurist (w/m/d)\n\nIhr Profil:\n- Mag. der Rechtswissenschaften',
    'Sozialarbeiterin (w/m/d)\n\nIhr Profil:\n- abgeschlossenes Studium, Magistra der Sozialwirtschaft',
  ])('are master level: %j', (text) => {
    expect(educations(text)).toContain('master');
  });
});

describe('meetings held in person, in a remote job', () => {
  it.each([
    'Analista\n\nLavoro 100% remoto; qualche meeting in presenza, quando serve.',
    'Entwickler (w/m/d)\n\n100% remote, Teamtreffen vor Ort einmal im Quartal.',
  ])('leave the job remote: %j', (text) => {
    expect(facts(text).workplace).toBe('remote');
  });
});
