import { describe, expect, it } from 'vitest';
import {
  basedIn,
  labelledPlace,
  placeLabelledInProse,
  placeUnderHeading,
  titleTown,
} from './place-text';

describe('placeUnderHeading', () => {
  it('reads the place on the line under a location heading', () => {
    expect(placeUnderHeading('Koch\n\nArbeitsort\nLeipzig\n\nDeine Aufgaben')).toEqual(['Leipzig']);
  });

  it('reads the town after the postcode of an address below, past the building', () => {
    const text = 'Kassier\n\nPlaats tewerkstelling\nWinkelcentrum Noord\nMarkt 1\n3000 LEUVEN\n';
    expect(placeUnderHeading(text)).toEqual(['Leuven']);
  });

  it('reads nothing when no heading names a place', () => {
    expect(placeUnderHeading('Koch\n\nDeine Aufgaben\nKochen für 40 Gäste')).toEqual([]);
  });
});

describe('the other readers of a place in the text', () => {
  it('titleTown: a known town closing the title', () => {
    expect(titleTown('Verkäufer (m/w/d) in Wien')).toBe('Wien');
    expect(titleTown('Verkäufer (m/w/d) in Teilzeit')).toBeNull();
  });

  it('basedIn: the town a sentence says the job is based in', () => {
    expect(basedIn('Sales Lead\n\nThe role is based in Bristol, with visits to clients.')).toEqual([
      'Bristol',
    ]);
  });

  it('labelledPlace: a labelled value kept as written, or the known town inside a long one', () => {
    expect(labelledPlace('Lyon')).toBe('Lyon');
    // An ATS's place code after the label: its town, the codes before it left out.
    expect(labelledPlace('US-OR-Salem')).toBe('Salem');
    expect(labelledPlace('CA-ON-Toronto')).toBe('Toronto');
    expect(labelledPlace('DE-BY-München')).toBe('München');
    expect(labelledPlace('Siège 14 rue des Tanneurs, 69002, Lyon, agence régionale du Rhône')).toBe(
      'Lyon',
    );
  });

  it('placeLabelledInProse: a place label inside a paragraph that lost its line breaks', () => {
    expect(
      placeLabelledInProse(
        'Send your form before Friday. CENTRE : Regional Office Block C, Durban ' +
          'REQUIREMENTS : A degree in law.',
      ),
    ).toBe('Durban');
    expect(
      placeLabelledInProse(
        'Atendimento ao cliente. Local: Unidade Centro - Av. Brasil, 300, Belo Horizonte/MG ' +
          'Requisitos: ensino médio completo',
      ),
    ).toBe('Belo Horizonte');
    expect(
      placeLabelledInProse(
        'Wir bieten ein tolles Team. Standort: Büro in Hamburg mit Blick aufs Wasser',
      ),
    ).toBe('Hamburg');
    // A label closing its line heads a list below it, not a value.
    expect(
      placeLabelledInProse('Pay differs by the following work locations:\nBoston: $90,000'),
    ).toBeNull();
    expect(placeLabelledInProse('Location: to be agreed with the candidate')).toBeNull();
  });

  it('placeUnderHeading: a place label and its town with no colon between them', () => {
    const intro = 'Pflegedienst Sonnenhof GmbH\n\nWir suchen Sie!\n\n';
    expect(
      placeUnderHeading(`${intro}Standort Neuburg a. d. Donau:\n\nPflegehelfer (w/m/d)`),
    ).toEqual(['Neuburg a. d. Donau']);
    expect(placeUnderHeading('Our team\n\nLocation Manchester\n\nBaker')).toEqual(['Manchester']);
    expect(placeUnderHeading('Notre équipe\n\nLieu Villeurbanne :\n\nBoulanger')).toEqual([
      'Villeurbanne',
    ]);
    // Not a town: a work model, or a name no table knows without a heading's colon.
    expect(placeUnderHeading('Our team\n\nLocation Flexible\n\nBaker')).toEqual([]);
    expect(placeUnderHeading('Our team\n\nLocation Remote:\n\nBaker')).toEqual([]);
  });
});

describe('basedIn: the country a phrase about the job names', () => {
  it.each([
    ['Web Developer\n\nThis is a work-from-home position in the Philippines.', ['Philippines']],
    [
      'Analyst\n\nA remote role in Portugal or Spain, with a team in Lisbon.',
      ['Portugal', 'Spain'],
    ],
    [
      'Tutor\n\nAn online job in Kenya, Uganda and Tanzania for graduates.',
      ['Kenya', 'Uganda', 'Tanzania'],
    ],
  ])('%s', (text, places) => {
    expect(basedIn(text)).toEqual(places);
  });

  it('takes the employer’s seat in a country for no place of the job', () => {
    expect(basedIn('Engineer\n\nWe are based in Ireland and work remotely.')).toEqual([]);
    expect(basedIn('Entwickler\n\nUnser Team mit Sitz in Österreich wächst.')).toEqual([]);
  });
});

describe('basedIn: the French "sur <ville>" of a job ad', () => {
  it('reads a known town after "sur" as where the job is', () => {
    expect(basedIn('Assistant\n\nNous recherchons un assistant en CDI sur Grenoble.')).toEqual([
      'Grenoble',
    ]);
  });
  it('takes no tool or site after "sur" for a place', () => {
    expect(basedIn('Assistant\n\nVous publiez nos offres sur LinkedIn et sur Excel.')).toEqual([]);
  });
});
