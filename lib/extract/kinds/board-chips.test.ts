import { describe, expect, it } from 'vitest';
import { extract } from '../index';

// Boards and company sites print short fields under the title: the place with the work model,
// the hours as a choice, a "remote days" field answered yes or no. Sentences are our own.
const read = (title: string, text: string) =>
  extract({ text, meta: { title, company: null, location: null } }).posting;

describe('a chip line under the title: a place, then how the job is worked', () => {
  it('reads the town and drops the work words and the office in brackets', () => {
    expect(
      read('Backend Engineer', 'Backend Engineer\nBern (Bahnhofplatz), Remote\nVollzeit').locations,
    ).toEqual(['Bern']);
    expect(read('Chef de projet', 'Retour\nChef de projet\nLyon, Hybride\nCDI').locations).toEqual([
      'Lyon',
    ]);
  });

  it('takes no department for a place: only a known town counts', () => {
    for (const line of [
      'Engineering, Remote',
      'Vertrieb, Hybrid',
      'Finance, Full-time',
      'Ventes, Hybride',
    ]) {
      expect(
        read('Data Analyst', `Data Analyst\n${line}\nWe build tools for shops.`).locations,
      ).toEqual([]);
    }
  });
});

describe('both hours types with their shared word written once', () => {
  it('states both, as the full wording does, in several languages', () => {
    const types = (t: string) =>
      read('Analyst', `Analyst\n${t}\nWir freuen uns auf dich.`).employmentTypes;
    const both = ['full_time', 'part_time'];
    expect(types('Voll- oder Teilzeit')).toEqual(both);
    expect(types('Teil-/Vollzeit')).toEqual(both);
    expect(types('Temps plein ou partiel')).toEqual(both);
    expect(types('Jornada completa o parcial')).toEqual(both);
    expect(types('Full or part time')).toEqual(both);
    // Either one alone is still that one.
    expect(types('Teilzeit')).toEqual(['part_time']);
    expect(types('Temps plein')).toEqual(['full_time']);
  });
});

describe('a remote field answered no', () => {
  it('reads on site, in several languages', () => {
    const wp = (t: string) =>
      read('Ingénieur', `Ingénieur\nLieu de travail: Sion\n${t}\nNous recrutons.`).workplace;
    expect(wp('Télétravail (3j max/semaine): Non')).toBe('onsite');
    expect(wp('Remote: No')).toBe('onsite');
    expect(wp('Homeoffice: Nein')).toBe('onsite');
    expect(wp('Teletrabajo: No')).toBe('onsite');
  });

  it('leaves a yes to the other readers', () => {
    expect(
      read('Dev', 'Dev\nTélétravail (2j max/semaine): Oui\nNous recrutons.').workplace,
    ).not.toBe('onsite');
  });
});
