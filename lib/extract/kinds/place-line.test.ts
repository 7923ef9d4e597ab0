import { describe, expect, it } from 'vitest';
import { placesOf, placesUnderValue } from './place-line';

describe('placesOf: a header line read as places', () => {
  it.each([
    ['Leeds, UK', ['Leeds, UK']],
    ['35 - RENNES', ['RENNES']],
    ['Rua Augusta, 120 - Centro, Florianópolis - SC', ['Florianópolis']],
    ['Karratha, Pilbara & Kimberley WA', ['Karratha']],
    ['Hannover · Berlin', ['Hannover', 'Berlin']],
  ])('%s', (line, places) => {
    expect(placesOf(line, true)).toEqual(places);
  });

  it('reads no place in a line that is something else', () => {
    expect(placesOf('Acme Holding GmbH', true)).toBeNull();
    expect(placesOf('Salary €40,000', true)).toBeNull();
    expect(placesOf('The Harbor Inn, Tacoma WA', false)).not.toEqual(['The Harbor Inn']);
  });
});

describe('placesOf: two towns of the GeoNames table on the header place line', () => {
  it.each([
    ['Huddersfield / Halifax', ['Huddersfield', 'Halifax']],
    ['Gelsenkirchen oder Herne', ['Gelsenkirchen', 'Herne']],
    ['Tourcoing / Roubaix', ['Tourcoing', 'Roubaix']],
    ['Alcobendas y Getafe', ['Alcobendas', 'Getafe']],
  ])('%s', (line, places) => {
    expect(placesOf(line, true)).toEqual(places);
  });

  it('keeps to the short city list off the place line, and reads no list across a comma', () => {
    expect(placesOf('Huddersfield / Halifax', false)).toBeNull();
    expect(placesOf('Salford, Manchester', true)).toEqual(['Salford, Manchester']);
    expect(placesOf('Warehouse / Logistics', true)).toBeNull();
  });
});

describe('placesOf: a town, a colon, then the ways the job is worked', () => {
  it.each([
    ['Vienna: office, remote, hybrid', ['Vienna']],
    ['Wien: Büro oder remote', ['Wien']],
    ['Lyon : bureau ou télétravail', ['Lyon']],
    ['Madrid: oficina, remoto o híbrido', ['Madrid']],
  ])('%s', (line, places) => {
    expect(placesOf(line, true)).toEqual(places);
  });

  it('wants a known town before the colon and only work words after it', () => {
    expect(placesOf('Note: remote, hybrid', true)).toBeNull();
    expect(placesOf('Vienna: office space and parking', true)).toBeNull();
  });
});

describe('placesUnderValue: the line under a record’s type value', () => {
  it('reads a town of the tables, not any capitalised word', () => {
    expect(placesUnderValue('Klang')).toEqual(['Klang']);
    expect(placesUnderValue('Development')).toBeNull();
    expect(placesUnderValue('Engineering')).toBeNull();
  });
});
