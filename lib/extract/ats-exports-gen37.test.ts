import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Shapes met in applicant-tracking-system exports (Greenhouse, Lever, Recruitee, Workable,
 * SmartRecruiters): the record's title, company and place lines on top, the description rendered
 * from HTML one block a line. Sentences written for these tests.
 */
const read = (text: string) => extract({ text });
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);

describe('an internship agreement with the school reads as enrolment', () => {
  it.each([
    ['en', 'Requirements\n- You can sign an internship agreement with your university.'],
    ['fr', 'Profil\n- Une convention de stage de ton école est indispensable.'],
    ['es', 'Requisitos\n- Poder firmar un convenio de prácticas con tu centro de estudios.'],
    ['it', 'Requisiti\n- Lo stage è un tirocinio curriculare, attivato tramite il tuo ateneo.'],
    ['pt', 'Requisitos\n- Disponibilidade para um estágio curricular de seis meses.'],
    ['de', 'Dein Profil\n- Du suchst ein Pflichtpraktikum von mindestens fünf Monaten.'],
    ['nl', 'Wie ben jij\n- Je school tekent een stageovereenkomst met ons.'],
  ])('in %s', (_lang, text) => {
    const [education] = kinds(text, 'education');
    expect(education).toMatchObject({ level: 'bachelor', required: true });
  });
});

describe('a perk for every full-time member of staff says nothing of this job', () => {
  it.each([
    'Perks\n- Equity: each full-time teammate gets shares after a year.',
    'Avantages\n- Chaque collaborateur à temps plein reçoit des actions.',
    'Beneficios\n- Todos los empleados a tiempo completo reciben acciones.',
    'Vantaggi\n- Ogni dipendente a tempo pieno riceve un pacchetto azionario.',
    'Benefícios\n- Todos os colaboradores a tempo inteiro recebem ações.',
    'Wat wij bieden\n- Elke fulltime medewerker krijgt aandelen.',
  ])('%s', (text) => {
    expect(read(text).posting.employmentTypes).toEqual([]);
  });

  it('while the job’s own hours are still read', () => {
    const text = 'This is a full-time position.\nPerks\n- Every full-time employee gets equity.';
    expect(read(text).posting.employmentTypes).toEqual(['full_time']);
  });
});

describe('the employer’s box with no blank line before its heading', () => {
  it('names no skills from the awards it lists (English)', () => {
    const text =
      'Motion Designer\nThe essentials:\n- Four years of motion design.\n' +
      'About Brightwave\nBrightwave won a Salesforce partner prize and a Tableau design award.';
    expect(kinds(text, 'skill')).toEqual([]);
  });

  it('reads the same way in Spanish', () => {
    const text =
      'Requisitos:\n- Dos años en logística.\nAcerca de Transportes Vega\nUsamos SAP desde 2010.';
    expect(kinds(text, 'skill')).toEqual([]);
  });
});

describe('a remote place field written country first', () => {
  it.each([
    ['Remote, US, Ohio', 'Ohio, US'],
    ['Hybrid, Germany, Hamburg', 'Hamburg, Germany'],
    ['Remote, Canada, Alberta', 'Alberta, Canada'],
  ])('%s', (field, place) => {
    const p = read(`Field Sales Representative\nacme\n${field}\nYou visit our dealers.`).posting;
    expect(p.locations).toEqual([place]);
  });

  it('keeps a field already written town first', () => {
    const p = read(
      'Field Sales Representative\nacme\nRemote, Ohio, US\nYou visit dealers.',
    ).posting;
    expect(p.locations).toEqual(['Ohio, US']);
  });
});

describe('a demand of the job written inside the intro box', () => {
  it.each([
    ['en', 'Who we are:\nA small agency.\nFluent Spanish is required for this role.', 'es'],
    ['fr', "Qui sommes-nous ?\nUne PME.\nL'allemand courant est obligatoire pour ce poste.", 'de'],
    [
      'de',
      'Wer wir sind:\nEin Familienbetrieb.\nFließendes Englisch ist für diese Stelle erforderlich.',
      'en',
    ],
    [
      'es',
      'Quiénes somos:\nUna cadena hotelera.\nEl inglés fluido es imprescindible para este puesto.',
      'en',
    ],
    [
      'nl',
      'Wie zijn wij:\nEen logistiek bedrijf.\nVloeiend Duits is vereist voor deze functie.',
      'de',
    ],
  ])('in %s', (_lang, text, language) => {
    expect(kinds(text, 'language')).toMatchObject([{ language, required: true }]);
  });

  it('while the box’s own talk of languages stays no requirement', () => {
    expect(kinds('Who we are:\nOur team speaks Italian and Polish.', 'language')).toEqual([]);
  });
});
