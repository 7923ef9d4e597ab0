import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { townOfAddress, withoutPostcode } from './address-place';

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

describe('a postcode written after the place', () => {
  it('drops US, Australian, Canadian and British postcodes, keeping the state or province', () => {
    expect(withoutPostcode('Boise, ID 83702')).toBe('Boise, ID');
    expect(withoutPostcode('Perth WA 6000')).toBe('Perth WA');
    expect(withoutPostcode('Halifax, NS B3H 4R2')).toBe('Halifax, NS');
    expect(withoutPostcode('Regina, SK S4P3Y2 Canada')).toBe('Regina, SK');
    expect(withoutPostcode('Bristol BS1 6QF')).toBe('Bristol');
    expect(withoutPostcode('Cardiff, CF10 3AT, Wales')).toBe('Cardiff, Wales');
  });

  it('leaves places and codes that are no postcode as written', () => {
    expect(withoutPostcode('Milton Keynes')).toBe('Milton Keynes');
    expect(withoutPostcode('Paris 75')).toBe('Paris 75');
    expect(withoutPostcode('Bratislava-Staré Mesto')).toBe('Bratislava-Staré Mesto');
    expect(withoutPostcode('Hangar A1 2B')).toBe('Hangar A1 2B');
  });

  const placeOf = (...lines: string[]) => extract({ text: lines.join('\n') }).posting.locations;

  it('reads a header place line that ends with its postcode at city level', () => {
    const body = ['', 'About the role', 'You will look after the accounts of 40 clients.'];
    expect(
      placeOf('Bookkeeper', 'Harbour Freight Services', 'Victoria, BC V8W 1P6', ...body),
    ).toEqual(['Victoria, BC']);
    expect(placeOf('Bookkeeper', 'Pennine Dairies Ltd', 'Sheffield S1 2HE', ...body)).toEqual([
      'Sheffield',
    ]);
  });

  it('reads a labelled place that ends with its postcode at city level', () => {
    const text = (place: string) => [
      'Warehouse Operative',
      '',
      `Location: ${place}`,
      'Pay: £12.40 per hour',
      '',
      'Picking and packing orders on a day shift.',
    ];
    expect(placeOf(...text('Nottingham NG2 3AA'))).toEqual(['Nottingham']);
    expect(placeOf(...text('Winnipeg, MB R3C 4T3'))).toEqual(['Winnipeg, MB']);
  });
});

describe('a street address after the building it names', () => {
  it('reads the known city after "Building, 12 Street"', () => {
    expect(townOfAddress('Harbour Court, 14 Quay Street, Manchester, United Kingdom')).toBe(
      'Manchester',
    );
    expect(townOfAddress('Tour Lumière, 8 Rue des Arts, Lyon, France')).toBe('Lyon');
  });

  it('keeps a place that is no street address', () => {
    expect(townOfAddress('Canary Wharf, London')).toBe('Canary Wharf, London');
    expect(townOfAddress('Old Mill, 7 Brook Lane, Little Hadley')).toBe(
      'Old Mill, 7 Brook Lane, Little Hadley',
    );
  });
});

describe('an Irish address', () => {
  it('drops an Eircode after the town, and reads a Dublin postal district as Dublin', () => {
    expect(withoutPostcode('Galway, H91 E2K3')).toBe('Galway');
    expect(withoutPostcode('Cork T12 X7KP')).toBe('Cork');
    expect(townOfAddress('40 Baggot Street, Dublin 2')).toBe('Dublin');
    expect(townOfAddress('9 Rathmines Road, Dublin 6W')).toBe('Dublin');
  });

  it('keeps what only looks like one', () => {
    expect(withoutPostcode('Building B12 ABCD')).toBe('Building B12 ABCD');
    expect(townOfAddress('12 Main Street, Ardee 2')).toBe('12 Main Street, Ardee 2');
  });
});
