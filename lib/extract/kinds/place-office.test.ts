import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { placesOf, townOfOffice } from './place-line';

/** A place field naming the employer's office in a town: the town is the place. */

describe('a town, then the office in it', () => {
  it.each([
    ['Manila Office', 'Manila'],
    ['Leeds branch', 'Leeds'],
    ['Hamburg Büro', 'Hamburg'],
    ['Lyon agence', 'Lyon'],
    ['Sevilla oficina', 'Sevilla'],
    ['Utrecht kantoor', 'Utrecht'],
  ])('%s', (value, town) => {
    expect(townOfOffice(value)).toBe(town);
    expect(placesOf(value, false)).toEqual([town]);
  });

  it('leaves an office that names no town', () => {
    expect(townOfOffice('Head Office')).toBeNull();
    expect(townOfOffice('Corporate Office')).toBeNull();
  });

  it('reads the town from a labelled field', () => {
    const text = [
      'Payroll Associate',
      '',
      'Job Details:',
      '- Job Location: Manila Office',
      '- Monday - Friday, 9 AM - 6 PM',
      '',
      'You will prepare the monthly payroll and answer staff questions.',
    ].join('\n');
    expect(extract({ text }).posting.locations).toEqual(['Manila']);
  });
});
