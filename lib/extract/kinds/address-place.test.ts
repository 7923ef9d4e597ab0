import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { townOfAddress } from './address-place';

describe('a structured location that is a street address', () => {
  it('gives the town after the street, in several countries', () => {
    expect(townOfAddress('Mlynská 12, Košice-Staré Mesto-Košice')).toBe('Košice');
    expect(townOfAddress('Lindenweg 7b, 80331 München')).toBe('München');
    expect(townOfAddress('8 Avenue Foch, 69006 Lyon')).toBe('Lyon');
    expect(townOfAddress('Calle del Olmo 21, Valencia')).toBe('Valencia');
    expect(townOfAddress('Rua das Flores 40, Porto')).toBe('Porto');
  });

  it('keeps any other value, or an address naming no known town, as written', () => {
    expect(townOfAddress('Zug, Switzerland')).toBe('Zug, Switzerland');
    expect(townOfAddress('Remote, Europe')).toBe('Remote, Europe');
    expect(townOfAddress('Mühlweg 3, Oberkleinhausen')).toBe('Mühlweg 3, Oberkleinhausen');
  });

  it('is what the engine reports for a page whose place field holds the address', () => {
    const x = extract({
      text: 'Účtovník\nPonúkame prácu v tíme.',
      meta: {
        title: 'Účtovník',
        company: 'Alfa s. r. o.',
        location: 'Hlavná 5, Bratislava-Ružinov-Bratislava',
      },
    });
    expect(x.posting.locations).toEqual(['Bratislava']);
  });
});
