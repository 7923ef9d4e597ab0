import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { placesOf } from './place-line';

/** A place line that goes on with the work model or the contract after a separator. */
describe('a place, then its terms', () => {
  it.each([
    ['Lille (59) - Hybride', 'Lille'],
    ['Lyon (69) · Télétravail partiel', 'Lyon'],
    ['Riccione (RN) - Full remote', 'Riccione'],
    ['Nantes (44) – CDI', 'Nantes'],
    ['Leeds, UK | Full-time | Hybrid', 'Leeds, UK'],
    ['Köln - Vollzeit - Homeoffice', 'Köln'],
  ])('%s', (line, place) => {
    expect(placesOf(line, false)).toEqual([place]);
  });

  it('finds no place in terms alone', () => {
    expect(placesOf('Vollzeit - Homeoffice', false)).toBeNull();
    expect(placesOf('CDI · Télétravail', true)).toBeNull();
  });

  it('lets the header read the employer above such a line', () => {
    const text = [
      'Chargé(e) de recrutement H/F',
      'Groupe Hexa Services',
      'Lille (59) - Hybride',
      '',
      'Vos missions',
      '- Piloter les recrutements de bout en bout',
    ].join('\n');
    const { posting } = extract({ text });
    expect(posting.company).toBe('Groupe Hexa Services');
    expect(posting.locations).toEqual(['Lille']);
  });
});
