import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const types = (text: string) => extract({ text }).posting.employmentTypes;

describe('weekly hours with a plus', () => {
  it('reads "40+ hours a week" as full time, in several languages', () => {
    expect(types('Forklift Driver\nShift: 40+ hours per week, days')).toEqual(['full_time']);
    expect(types('Lagermitarbeiter\nArbeitszeit: 38,5+ Stunden/Woche')).toEqual(['full_time']);
    expect(types('Préparateur de commandes\nHoraires : 35+ heures par semaine')).toEqual([
      'full_time',
    ]);
  });

  it('reads "20+ hours" as no type: at least twenty says nothing of part time', () => {
    expect(types('Shop Assistant\nHours: 20+ hours per week')).toEqual([]);
    // Without the plus, twenty hours is part time, as before.
    expect(types('Shop Assistant\nHours: 20 hours per week')).toEqual(['part_time']);
  });
});
