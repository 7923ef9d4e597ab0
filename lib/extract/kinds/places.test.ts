import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { isCity, isRegion, withoutProvinceCode } from './places';

describe('withoutProvinceCode', () => {
  it.each([
    ['Fiumicino RM, Italia', 'Fiumicino, Italia'],
    ['Alba CN, Italy', 'Alba, Italy'],
    ['San Giovanni Lupatoto VR', 'San Giovanni Lupatoto'],
    // A code that is also a US state goes only where Italy follows it.
    ['Milano MI, Italia', 'Milano, Italia'],
  ])('drops the Italian province code of %j', (place, town) => {
    expect(withoutProvinceCode(place)).toBe(town);
  });

  it.each(['Detroit MI', 'Salvador BA', 'Campinas, SP', 'Reggio Emilia', 'Paris', 'Dublin D02'])(
    'leaves %j as it is',
    (place) => {
      expect(withoutProvinceCode(place)).toBe(place);
    },
  );

  it('reads the town of an Italian board header', () => {
    const text =
      'Magazziniere\nAgenzia Lavoro Nord\nVerona VR, Italia\nTempo pieno\n\nCerchiamo un magazziniere.';
    expect(extract({ text }).posting.locations).toEqual(['Verona, Italia']);
  });
});

describe('isCity and isRegion', () => {
  it('knows large towns and the regions boards print after them', () => {
    expect(isCity('Verona')).toBe(true);
    expect(isRegion('Lombardia')).toBe(true);
    expect(isRegion('Verona')).toBe(false);
  });
});
