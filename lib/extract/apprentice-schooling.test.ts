import { describe, expect, it } from 'vitest';
import { schoolingOf } from '../testing/requirements';
import { extractEducation } from './kinds/education';

/** Schooling in apprenticeship and care postings; every sentence is written for the test. */

function levels(text: string) {
  return extractEducation({
    text,
    start: 0,
    end: text.length,
    heading: null,
    section: null,
  }).flatMap((f) => (f.kind === 'education' ? [[f.level, f.equivalentAccepted]] : []));
}

describe('the diploma right after an apprentice is the one the post leads to', () => {
  it.each([
    'Notre salon cherche deux apprenties CAP coiffure pour la rentrée.',
    'Nous accueillons un alternant BTS comptabilité dès septembre.',
    'Le garage recrute des apprenti(e)s CAP maintenance des véhicules.',
  ])('%j', (text) => {
    expect(levels(text)).toEqual([]);
  });

  it('a diploma the candidate holds is still read', () => {
    expect(levels('Titulaire d’un CAP cuisine, vous aimez le travail en équipe.')).toEqual([
      ['vocational', false],
    ]);
  });
});

describe('school and nursing qualifications named in Belgian and German calls', () => {
  it.each([
    [
      "Être titulaire d'un diplôme de l'enseignement secondaire supérieur, ou disposer d'une formation probante dans le secteur.",
      [['high_school', true]],
    ],
    ['Vous avez terminé l’enseignement secondaire supérieur.', [['high_school', false]]],
    ['Du hast ein Examen in der Altenpflege und arbeitest gern im Team.', [['vocational', false]]],
    ['Als examinierte Pflegefachkraft kennst du die Behandlungspflege.', [['vocational', false]]],
    [
      'Sie haben eine kaufmännische Ausbildung abgeschlossen oder bereits Berufserfahrung im Einkauf.',
      [['vocational', true]],
    ],
  ])('%j', (text, want) => {
    expect(levels(text)).toEqual(want);
  });
});

describe('when a requirements list names the schooling, the training described elsewhere is the job', () => {
  it('German apprenticeship: the duties speak of the training, the list of the school', () => {
    const text = [
      'Ausbildung zum Industriekaufmann (m/w/d)',
      '',
      'Deine Aufgaben',
      'Während deiner kaufmännischen Ausbildung lernst du Einkauf, Vertrieb und Buchhaltung kennen.',
      '',
      'Dein Profil',
      '- Realschulabschluss oder Abitur',
      '- Freude an Zahlen',
    ].join('\n');
    expect(schoolingOf(text).map(([level]) => level)).toEqual(['high_school']);
  });

  it('Dutch traineeship: the list keeps its level, the intro story is dropped', () => {
    const text = [
      'Leerling monteur (m/v)',
      '',
      'Over ons',
      'Onze oprichter begon zelf met een mbo-opleiding en bouwde het bedrijf op.',
      '',
      'Wat vragen wij',
      '- Vmbo-diploma',
      '- Rijbewijs B',
    ].join('\n');
    expect(schoolingOf(text).map(([level]) => level)).toEqual(['high_school']);
  });

  it('a degree stated only outside any list is kept', () => {
    const text = 'Assistente amministrativo\n\nCerchiamo una persona con diploma di ragioneria.';
    expect(schoolingOf(text).map(([level]) => level)).toEqual(['high_school']);
  });
});
