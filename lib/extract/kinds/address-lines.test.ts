import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { addressTown, placesOf } from './place-line';

describe('a street address with its postcode names its town', () => {
  it.each([
    ['Rue des Tilleuls, 09100 Pamiers', 'Pamiers'],
    ['4 avenue Jean Jaurès, 69007 Lyon', 'Lyon'],
    ['Calle de Alcalá, 28014 Madrid', 'Madrid'],
    ['Piazza Garibaldi, 80142 Napoli', 'Napoli'],
    ['Rua das Flores, 4050 Porto', 'Porto'],
    ['Lindenweg 3, 88131 Lindau', 'Lindau'],
  ])('%s', (line, town) => {
    expect(addressTown(line)).toBe(town);
    expect(placesOf(line, true)).toEqual([town]);
  });

  it('a name and a postcode without a street stay no address', () => {
    expect(addressTown('Acme GmbH, 10115 Berlin')).toBeNull();
    expect(addressTown('Rue des Tilleuls')).toBeNull();
  });

  it('the address under the title is the place, not the employer', () => {
    const text = 'Infirmier (H/F)\nRue des Tilleuls, 09100 Pamiers\n\nLe centre de soins recrute.';
    const { posting } = extract({ text });
    expect(posting.company).toBeNull();
    expect(posting.locations).toEqual(['Pamiers']);
  });
});
