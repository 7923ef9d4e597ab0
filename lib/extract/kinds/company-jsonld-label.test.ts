import { describe, expect, it } from 'vitest';
import { findCompany } from './posting';

/** A board's JSON-LD can name the employer's page on the board, not the employer alone. */
describe('findCompany: a board label after the JSON-LD employer name', () => {
  it.each([
    [
      'Harrow Analytics - Jobs',
      'At Harrow Analytics, the data team owns every forecast we ship.',
      'Harrow Analytics',
    ],
    [
      'Bodega Lumen - Empleo',
      'En Bodega Lumen, nuestro equipo cuida cada cosecha desde hace treinta años.',
      'Bodega Lumen',
    ],
    [
      'Kaffeerösterei Amsel - Karriere',
      'Bei der Kaffeerösterei Amsel, einem Familienbetrieb in Bremen, rösten wir täglich.',
      'Kaffeerösterei Amsel',
    ],
  ])('"%s" gives the name the text uses alone', (name, text, company) => {
    expect(findCompany(text, { hiringOrganization: { name } }, undefined)).toBe(company);
  });

  it('keeps the whole name when the text never writes the shorter one alone', () => {
    const name = 'Northwind - Logistics';
    const text = 'Northwind - Logistics moves parts for three carmakers across Europe.';
    expect(findCompany(text, { hiringOrganization: { name } }, undefined)).toBe(name);
  });
});
