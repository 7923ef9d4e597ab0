import { describe, expect, it } from 'vitest';
import { de } from '../lexicon/de';
import { en } from '../lexicon/en';
import { es } from '../lexicon/es';
import { fr } from '../lexicon/fr';
import { it as itLex } from '../lexicon/it';
import { nl } from '../lexicon/nl';
import { pt } from '../lexicon/pt';
import { extractEducation } from './education';

/** The words around a degree name now live in each lexicon (`education.cues`); these read them. */
function edu(text: string) {
  return extractEducation({
    text,
    start: 0,
    end: text.length,
    heading: null,
    section: null,
  }).flatMap((f) => (f.kind === 'education' ? [[f.level, f.field, f.equivalentAccepted]] : []));
}

describe('education cue words in the lexicons', () => {
  it('gives each language its own words', () => {
    expect(en.education.cues.shortAfter).toContain('a plus');
    expect(fr.education.cues.notTrades).toContain('chantier');
    expect(de.education.cues.tradeSuffixes).toContain('ler');
    expect(es.education.cues.ambiguousShort).toContain('FP');
    expect(itLex.education.cues.fieldPrepositions).toContain('in materia di');
    expect(pt.education.cues.withWords).toContain('com');
    expect(nl.education.cues.ambiguousShort).toContain('WO');
    // English words stay out of the other languages.
    expect(fr.education.cues.shortAfter).not.toContain('degree');
    expect(de.education.cues.taughtBefore).toEqual([]);
  });
});

describe('short names that are words elsewhere', () => {
  it.each([
    ['MS in Statistics preferred', [['master', 'Statistics', false]]],
    ['BUT ou BTS en informatique', [['associate', 'informatique', false]]],
    ['FP o Grado en Informática', [['vocational', 'Informática', false]]],
    ['MA oder BA in Germanistik', [['bachelor', 'Germanistik', false]]],
    ['BA/BSc degree in Economics', [['bachelor', 'Economics', false]]],
  ])('reads %j as a degree', (text, want) => {
    expect(edu(text)).toEqual(want);
  });

  it.each([
    'Send your CV to MA Recruitment today',
    'Notre BUT : vous accompagner',
    'La FP dual empieza en marzo',
    'WO 12 maart gesloten',
  ])('leaves %j alone (no degree word after the short name)', (text) => {
    expect(edu(text)).toEqual([]);
  });
});

describe('a trade named by its agent noun', () => {
  it.each([
    'Formation de soudeur exigée',
    'Abgeschlossene Ausbildung zum Tischler',
    'Corso di formazione da pizzaiolo',
    'Formación de soldador valorada',
  ])('reads %j as vocational training', (text) => {
    expect(edu(text).map((f) => f[0])).toEqual(['vocational']);
  });

  it('does not take a French word with a trade-like ending for a trade', () => {
    expect(edu('Une formation de premier secours est un atout')).toEqual([]);
  });
});

describe('where the field starts and stops', () => {
  it.each([
    ['Master im Bereich Elektrotechnik', 'Elektrotechnik'],
    ['Máster en Marketing digital', 'Marketing digital'],
    ['Laurea in Informatica o affine', 'Informatica'],
    ['Master in Wirtschaftsinformatik oder verwandten Fächern', 'Wirtschaftsinformatik'],
    ['Licence en chimie ou domaine connexe', 'chimie'],
    ['Grado en Biología o afines', 'Biología'],
    ['HBO in bedrijfskunde of vergelijkbaar', 'bedrijfskunde'],
    ['Bachelor in Physics with at least 3 years in a lab', 'Physics'],
    ['Master en finance avec au moins 2 ans', 'finance'],
  ])('%j has the field %j', (text, field) => {
    expect(edu(text)[0]?.[1]).toBe(field);
  });
});

describe('alternatives and equivalents', () => {
  it.each([
    ['Bacharelado ou um Mestrado em Direito', [['bachelor', 'Direito', false]]],
    ['HBO of een WO diploma', [['bachelor', null, false]]],
    ['Bachelor oder ein Master in Physik', [['bachelor', 'Physik', false]]],
    ['Bac+5 ou un master en droit', [['master', 'droit', false]]],
    ["Bachelor's or Master's degree in Finance", [['bachelor', 'Finance', false]]],
  ])('keeps only the lowest of %j', (text, want) => {
    expect(edu(text)).toEqual(want);
  });

  it('reads "or local equivalent" as another qualification, a related subject as not', () => {
    expect(edu("Bachelor's degree or local equivalent")).toEqual([['bachelor', null, true]]);
    expect(edu('Studium der Informatik oder ein vergleichbares Studium')).toEqual([
      ['bachelor', 'Informatik', false],
    ]);
  });
});

describe('experience as the other way in', () => {
  it.each([
    ['Mehrjährige Erfahrung oder eine abgeschlossene Ausbildung als Elektriker', 'vocational'],
    ['Drie jaar ervaring of een hbo-diploma', 'bachelor'],
  ])('%j accepts experience instead of the degree', (text, level) => {
    expect(edu(text)).toEqual([[level, null, true]]);
  });

  it('reads the field after the preposition ending a degree name', () => {
    expect(edu('Grado en Derecho')).toEqual([['bachelor', 'Derecho', false]]);
  });
});

describe('degree words that ask for no degree', () => {
  it.each([
    'We work to a high degree of accuracy',
    'You get 360 degree feedback',
    'Experience teaching A-level Maths',
    'Support PhD students in the lab',
    'Master programme coordinator wanted',
    '5 years of experience, or 2 years with a PhD',
  ])('finds nothing in %j', (text) => {
    expect(edu(text)).toEqual([]);
  });

  it('still reads a bare "degree" with a field after it', () => {
    expect(edu('Degree in Law required')).toEqual([['bachelor', 'Law', false]]);
  });
});

describe('degree words that are no degree asked for', () => {
  it.each([
    'Master the art of explaining numbers to a busy board.',
    'You will master a new stock system within weeks.',
    'Our apprentices master these tools on the job.',
  ])('reads no degree in %j', (text) => {
    expect(edu(text)).toEqual([]);
  });

  it('still reads a master degree named as one', () => {
    expect(edu('Master in Computer Science or similar.')[0]?.[0]).toBe('master');
    expect(edu('Ein Master in Informatik ist erwünscht.')[0]?.[0]).toBe('master');
  });

  it('takes the lower of "undergraduate or postgraduate degree"', () => {
    expect(edu('An undergraduate or postgraduate degree in Geography is required.')[0]?.[0]).toBe(
      'bachelor',
    );
  });

  it('reads no degree that would make the applicant ineligible', () => {
    expect(
      edu('If you already have a degree in this subject, you cannot join the scheme.'),
    ).toEqual([]);
  });

  it('reads a Spanish board record of the minimum studies', () => {
    expect(edu('Estudios mínimos: Grado')[0]?.[0]).toBe('bachelor');
    expect(edu('Estudios mínimos: Ingeniería Técnica')[0]?.[0]).toBe('bachelor');
  });
});

describe('a degree being finished reads as enrolment', () => {
  it.each([
    'Open to candidates finishing their MSc in Economics this summer.',
    'You are in the final year of a BSc in Computer Science.',
    'Currently completing a Master in Supply Chain Management.',
  ])('%j', (text) => {
    expect(edu(text)[0]?.[0]).toBe('bachelor');
  });
});

describe('Latin American degree wording (Spanish)', () => {
  it.each([
    ['Perfil buscado: estudiante avanzado de Ingeniería Industrial.'],
    ['Buscamos graduados de la carrera de Relaciones del Trabajo.'],
    ['Requisito: Graduado/a en Ciencias de la Comunicación o afines.'],
    ['Se requiere título de Contador/a Público (excluyente).'],
    ['Deberás estar cursando o haber completado tu educación universitaria en Sistemas.'],
    ['Nivel de estudios: graduado o estudiante avanzado en Administración.'],
  ])('a university degree, asked as a student or a graduate, is a bachelor: %j', (text) => {
    expect(edu(text)[0]?.[0]).toBe('bachelor');
  });

  it.each([
    ['Contar con título secundario completo.'],
    ['Se valora secundario técnico (electromecánico).'],
  ])('the secondary-school certificate is high school: %j', (text) => {
    expect(edu(text)[0]?.[0]).toBe('high_school');
  });

  it("Spain's compulsory-school certificate stays high school", () => {
    expect(edu('Imprescindible graduado en ESO.')[0]?.[0]).toBe('high_school');
  });
});
