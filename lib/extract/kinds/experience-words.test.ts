import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractExperience } from './experience';
import { domainOf } from './experience-field';

/** The experience reader's words that live in the lexicons, in every language the engine reads. */

function years(text: string, section: Sentence['section'] = null) {
  return extractExperience({ text, start: 0, end: text.length, heading: null, section }).flatMap(
    (f) => (f.kind === 'experience' ? [[f.minYears, f.maxYears, f.field]] : []),
  );
}

describe('a company speaking of itself has no requirement', () => {
  it.each([
    'Our founders have 20 years of experience in freight',
    'We have 12 years of experience building kitchens',
    'Notre équipe a 15 ans d’expérience dans le conseil',
    'Nous cumulons 30 ans d’expérience en logistique',
    'Unser Team hat 12 Jahre Erfahrung im Anlagenbau',
    'Wir verfügen über 25 Jahre Erfahrung in der Logistik',
    'Contamos con 20 años de experiencia en el sector',
    'Nos respaldan 25 años de experiencia en el rubro',
    'La nostra azienda ha 40 anni di esperienza nel settore',
    'Vantiamo 15 anni di esperienza nella consulenza',
    'Nossa equipe tem 10 anos de experiência em seguros',
    'Onze organisatie heeft 25 jaar ervaring in de zorg',
  ])('%s', (text) => {
    expect(years(text)).toEqual([]);
  });

  it('still reads the candidate’s years', () => {
    // "we have a ..." introduces what the role asks, not the company's history.
    expect(years('We have a 3 year minimum of experience for this role', 'required')).toEqual([
      [3, null, null],
    ]);
    // The noun is a whole word: a team lead is no team.
    expect(years('Unser Teamleiter sucht dich: 3 Jahre Erfahrung im Einkauf', 'required')).toEqual([
      [3, null, 'Einkauf'],
    ]);
  });
});

describe('a second count borrows the first one’s unit', () => {
  it.each([
    [
      '6+ years of B2B marketing experience, at least 2 in a management role',
      6,
      2,
      'management role',
    ],
    [
      '5 Jahre Berufserfahrung im Vertrieb, davon mindestens 2 als Teamleitung',
      5,
      2,
      'Teamleitung',
    ],
    ['Au moins 6 ans d’expérience en audit, dont au moins 2 en tant que manager', 6, 2, 'manager'],
    [
      'Al menos 5 años de experiencia en ventas, de los cuales al menos 2 como responsable',
      5,
      2,
      'responsable',
    ],
    [
      'Almeno 4 anni di esperienza in amministrazione, di cui almeno 2 come responsabile',
      4,
      2,
      'responsabile',
    ],
    [
      'Pelo menos 5 anos de experiência em vendas, dos quais pelo menos 2 como gestor',
      5,
      2,
      'gestor',
    ],
    [
      'Minimaal 6 jaar ervaring in de bouw, waarvan minimaal 3 als projectleider',
      6,
      3,
      'projectleider',
    ],
  ])('%s', (text, first, second, field) => {
    const found = years(text);
    expect(found[0]?.[0]).toBe(first);
    expect(found[1]).toEqual([second, null, field]);
  });

  it('not when the second count is the larger one', () => {
    expect(years('5 Jahre Erfahrung im Vertrieb, davon 7 als Teamleitung')).toEqual([
      [5, null, 'Vertrieb'],
    ]);
  });
});

describe('a header block’s labelled count', () => {
  it.each([
    ['Years of experience: 0-2', 0, 2],
    ['YOE: 4', 4, null],
    ['Años de experiencia: 2-4', 2, 4],
    ['Anni di esperienza: 3', 3, null],
    ['Jahre Berufserfahrung: 5+', 5, null],
    ['Jaren ervaring: 2', 2, null],
    ['Anos de experiência: 4', 4, null],
  ])('%s', (text, min, max) => {
    expect(years(text)).toEqual([[min, max, null]]);
  });

  it('not under any other label', () => {
    expect(years('Kosten: 3')).toEqual([]);
    expect(years('Teamgröße: 8')).toEqual([]);
  });
});

describe('a record’s years marked by the job board', () => {
  it.each([
    ['Industrial maintenance: 3 years (Required)', 3, 'Industrial maintenance'],
    ['Wartung: 3 Jahre (Erforderlich)', 3, 'Wartung'],
    ['Logistique : 2 ans (Souhaité)', 2, 'Logistique'],
    ['Contabilidad: 2 años (Deseable)', 2, 'Contabilidad'],
  ])('%s', (text, min, field) => {
    expect(years(text)).toEqual([[min, null, field]]);
  });

  it('not with anything else in brackets', () => {
    expect(years('Wartung: 3 Jahre (Parkplatz)')).toEqual([]);
  });
});

describe('the field after "of"', () => {
  it('reads the domain up to its first preposition', () => {
    expect(years('4+ years of Python in production systems')).toEqual([[4, null, 'Python']]);
  });

  it('not the experience noun itself', () => {
    expect(years('4+ years of experience')).toEqual([[4, null, null]]);
  });
});

describe('the domain a way of working ends in', () => {
  it.each([
    ['managing several sites in the construction industry', 'construction industry'],
    ['gestion de plusieurs sites dans la logistique', 'logistique'],
    ['Betreuung mehrerer Kunden im Maschinenbau', 'Maschinenbau'],
    ['gestión de varios proyectos en el sector energético', 'sector energético'],
    ['gestione di più clienti nel settore assicurativo', 'settore assicurativo'],
    ['gestão de vários projetos na área financeira', 'área financeira'],
    ['beheer van meerdere projecten bij de overheid', 'overheid'],
  ])('%s', (field, domain) => {
    expect(domainOf(field)).toBe(domain);
  });

  it('none when the words after the preposition are a way of working too', () => {
    expect(domainOf('working on multiple projects simultaneously')).toBeNull();
    expect(domainOf('handling multiple projects in a fast-paced environment')).toBeNull();
  });
});
