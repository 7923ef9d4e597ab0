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

describe('a British or Irish address, the number first and the postcode last, names its town', () => {
  it.each([
    ['7 Castle Street, Bristol, BS1 3XD', 'Bristol'],
    ['Unit 9, Canal Road, Leeds LS12 2PL', 'Leeds'],
    ['22 Queen Street, Edinburgh EH2 1JX', 'Edinburgh'],
    ['3 Harbour Row, Cork', 'Cork'],
    ['40 Baggot Street, Dublin 2, D02 Y754', 'Dublin'],
    ['Suite 5, 18 Mill Lane, Manchester M2 4WU', 'Manchester'],
  ])('%s', (line, town) => {
    expect(addressTown(line)).toBe(town);
    expect(placesOf(line, false)).toEqual([town]);
  });

  it('names no town when none after the street is known', () => {
    expect(addressTown('7 Castle Street, Nowhereton Parva, ZZ9 9ZZ')).toBeNull();
  });

  it('the address under the employer is the place, and the employer stays', () => {
    const text =
      'Kitchen Porter\nThe Olive Tree Bistro\n11 Bridge Street, York YO1 6DD\n\nWe are hiring now.';
    const { posting } = extract({ text });
    expect(posting.company).toBe('The Olive Tree Bistro');
    expect(posting.locations).toEqual(['York']);
  });
});
