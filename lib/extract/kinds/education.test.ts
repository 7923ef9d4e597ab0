import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { extractEducation } from './education';

function edu(text: string) {
  return extractEducation({
    text,
    start: 0,
    end: text.length,
    heading: null,
    section: null,
  }).flatMap((f) => (f.kind === 'education' ? [[f.level, f.field, f.equivalentAccepted]] : []));
}

describe('extractEducation', () => {
  it.each([
    [
      'BA/BS degree or local equivalent; advanced degree a plus',
      [
        ['bachelor', null, true],
        ['master', null, false],
      ],
    ],
    [
      "Bachelor's degree in Computer Science or related field",
      [['bachelor', 'Computer Science', false]],
    ],
    [
      "Bachelor's degree in Marketing or equivalent practical experience",
      [['bachelor', 'Marketing', true]],
    ],
    [
      // Alternatives: the lowest level listed is what a candidate needs.
      'MSc or PhD in Statistics',
      [['master', 'Statistics', false]],
    ],
    [
      'PhD or MS in bioinformatics, computer science or a related field',
      [['master', 'bioinformatics', false]],
    ],
    ["Bachelor's or Master's degree in Economics", [['bachelor', 'Economics', false]]],
    [
      'BS/MS in Computer Science or equivalent experience',
      [['bachelor', 'Computer Science', true]],
    ],
    ["Associate's or Bachelor's degree preferred", [['associate', null, false]]],
    ['BSN required', [['bachelor', null, false]]],
    [
      'BSN preferred; ADN accepted',
      [
        ['bachelor', null, false],
        ['associate', null, false],
      ],
    ],
    ['Je bent verpleegkundige (mbo-4 of hbo)', [['vocational', null, false]]],
    ['Educación Secundaria Obligatoria (ESO)', [['high_school', null, false]]],
    ['Superior completo em Psicologia', [['bachelor', 'Psicologia', false]]],
    ['Pós-graduação em Gestão de Pessoas', [['master', 'Gestão de Pessoas', false]]],
    ['A quantitative degree (Statistics, Economics)', [['bachelor', null, false]]],
    [
      "Titulaire d'un Bac, idéalement Bac Pro Commerce",
      [
        ['high_school', null, false],
        ['vocational', null, false],
      ],
    ],
    // A "werk- en denkniveau" asks for the level of thinking, not the diploma itself.
    ['Minimaal mbo-4 werk- en denkniveau', [['vocational', null, true]]],
    ['Third-level qualification in IT or equivalent experience', [['bachelor', 'IT', true]]],
    ['MBA preferred', [['master', null, false]]],
    ['BS in Mechanical Engineering', [['bachelor', 'Mechanical Engineering', false]]],
    // A GED is the diploma's equivalent: the posting accepts the equivalent (dev README rule).
    ['High school diploma or GED', [['high_school', null, true]]],
    ['High school diploma or HiSET required', [['high_school', null, true]]],
    ["Titulaire d'un Bac ou du DAEU", [['high_school', null, true]]],
    ["Associate's degree in Nursing", [['associate', 'Nursing', false]]],
    ['Bac+5 en école de commerce ou équivalent', [['master', 'école de commerce', true]]],
    ['Bac +2 minimum (BTS, DUT)', [['associate', null, false]]],
    ['Licence en droit', [['bachelor', 'droit', false]]],
    [
      'Abgeschlossenes Studium der Informatik oder eine vergleichbare Qualifikation',
      [['bachelor', 'Informatik', true]],
    ],
    ['Abgeschlossene kaufmännische Ausbildung', [['vocational', null, false]]],
    ['Abitur oder Fachhochschulreife', [['high_school', null, false]]],
    [
      'Licenciatura o Grado en Administración de Empresas',
      [['bachelor', 'Administración de Empresas', false]],
    ],
    ['Grado en Estadística, Matemáticas o similar', [['bachelor', 'Estadística', false]]],
    ['Ciclo Formativo de Grado Superior en Mecatrónica', [['vocational', 'Mecatrónica', false]]],
    ['Laurea magistrale in Ingegneria', [['master', 'Ingegneria', false]]],
    ['Laurea in Economia o titolo equivalente', [['bachelor', 'Economia', true]]],
    ['Afgeronde HBO-opleiding', [['bachelor', null, false]]],
    ['WO-niveau in Econometrie', [['master', 'Econometrie', false]]],
    ['CAP ou BEP en cuisine', [['vocational', 'cuisine', false]]],
  ])('%s', (text, expected) => {
    expect(edu(text)).toEqual(expected);
  });

  it.each([
    'Proficiency with MS Office and Excel',
    'You will work with a high degree of autonomy',
    'We give 360 degree feedback every quarter',
    'A valid driving licence is required',
    'Sales promotion experience',
    'Put a cap on spending',
    'or 3 years of work experience with a PhD degree',
    'Warehouse Associate, 2nd shift',
    'Cambridge, MA',
    'Jackson, MS, or remote',
    "L'ADN de notre entreprise, c'est le service",
  ])('ignores %s', (text) => {
    expect(edu(text)).toEqual([]);
  });
});

describe('extractEducation: qualifications of many systems', () => {
  it.each([
    ['Minimum NVQ3 in plumbing or equivalent', 'vocational', true],
    ['HNC in Electrical Engineering (HND also welcome)', 'vocational', false],
    ['Matric with Mathematics', 'high_school', false],
    ["GCE 'O' Level or higher", 'high_school', false],
    ['Min a Local Diploma in Accountancy', 'associate', false],
    ['LLB degree from a recognised university', 'bachelor', false],
    ['Two (2) year college degree in hospitality', 'associate', false],
    ['Abgeschlossene Lehre als Schreiner EFZ', 'vocational', false],
    ['Abgeschlossenes Studium oder vergleichbare Kenntnisse', 'bachelor', true],
    ['Du studierst Maschinenbau im Hauptstudium', 'bachelor', false],
    ["Étudiant en école d'ingénieurs, en fin de cursus", 'bachelor', false],
    ['FP Grado Medio en Electromecánica', 'vocational', false],
    ['Grado o Diplomatura en Fisioterapia', 'bachelor', false],
    ['Laureando in Ingegneria Gestionale', 'bachelor', false],
    ['Diploma di scuola secondaria superiore ad indirizzo tecnico', 'high_school', false],
    ['Ensino médio completo', 'high_school', false],
    ['Afgeronde mbo-opleiding Techniek', 'vocational', false],
  ])('%s', (text, level, equivalent) => {
    const [first] = edu(text);
    expect(first && [first[0], first[2]]).toEqual([level, equivalent]);
  });

  it.each([
    'Ausbildung zum Industriemechaniker (m/w/d)',
    'The contract runs 18 months, depending on the apprenticeship length',
    'APPLICATIONS WILL ONLY BE ACCEPTED FROM CANDIDATES WITH WORK RIGHTS',
    'Nuestro ADN, es la cercanía con el cliente',
    'You will supervise postgraduate research students',
    'You join a team of developers, testers and a scrum master',
  ])('ignores %s', (text) => {
    expect(edu(text)).toEqual([]);
  });
});

describe('extractEducation: thinking levels, experience instead, trades, degrees not asked', () => {
  it.each([
    ['Je hebt een HBO/WO denkniveau', 'bachelor', true],
    ['Universitair werk- en denkniveau in de richting van data', 'master', true],
    ['Two years of experience in hospitality, or a two-year degree in tourism', 'associate', true],
    ['Six months of customer-service experience and/or an associate degree', 'associate', true],
    [
      'Mindestens zwei Jahre Berufserfahrung im Vertrieb oder ein abgeschlossenes Studium',
      'bachelor',
      true,
    ],
    ['Une expérience de deux ans dans la vente ou un Bac+2 commercial', 'associate', true],
    ['Vous avez une formation de menuisier et aimez le travail du bois', 'vocational', false],
    ["Formation d'électricien exigée", 'vocational', false],
    ['Gelernter Elektriker mit Erfahrung im Schaltschrankbau', 'vocational', false],
    ['Formación de soldador homologado', 'vocational', false],
    ['Formazione da pizzaiolo o cameriere', 'vocational', false],
    ['Formação de eletricista com certificado válido', 'vocational', false],
    ['Afgeronde opleiding tot monteur', 'vocational', false],
  ] as const)('%s', (text, level, equivalent) => {
    expect(edu(text).map(([l, , e]) => [l, e])).toEqual([[level, equivalent]]);
  });

  it.each([
    'The most common background for our analysts is a degree in economics',
    'Curious tinkerers > PhDs: show us what you built',
    'No degree required, just curiosity and grit',
    'Kein Studium erforderlich, Quereinsteiger willkommen',
    'Aucun diplôme requis pour ce poste de vendeur',
    'Nous vous offrons une formation de premier secours',
    'Formation continue assurée par nos équipes',
  ])('ignores %s', (text) => {
    expect(edu(text)).toEqual([]);
  });
});

describe('education in a whole posting', () => {
  const main = (text: string) => {
    const e = extract({ text }).requirements.find((r) => r.kind === 'education');
    return e?.kind === 'education' ? [e.level, e.required, e.equivalentAccepted] : null;
  };

  it('ends a preferred section at the next markdown heading', () => {
    const it_ =
      '### Requisiti graditi\n\n- Master in marketing\n\n### Titolo di studio (essenziale)\n\nLaurea magistrale in statistica.\n';
    expect(main(it_)).toEqual(['master', true, false]);
    const es = '## Se valorará\n\n- Inglés\n\n## Estudios\n\nGrado en Economía.\n';
    expect(main(es)).toEqual(['bachelor', true, false]);
  });

  it('lets experience stand in for a degree named after it', () => {
    const text =
      'Requirements:\n- Two years of experience in a warehouse, or an associate degree in logistics.\n';
    expect(main(text)).toEqual(['associate', true, true]);
  });
});

describe("a title's gender mark: the line is the title, not a degree asked for", () => {
  it.each([
    ['Werkstudent Bachelor Informatik (gn*)', 'Werkstudent Bachelor Informatik'],
    [
      'Bachelor in Computer Science graduate (all genders)',
      'Bachelor in Computer Science graduate',
    ],
    ['Ingénieur diplômé Bac+5 (H/F)', 'Ingénieur diplômé Bac+5'],
  ])('%s', (marked, plain) => {
    const levels = (text: string) =>
      extractEducation({ text, start: 0, end: text.length, heading: null, section: null });
    expect(levels(marked)).toEqual([]);
    expect(levels(plain).length).toBeGreaterThan(0);
  });
});
