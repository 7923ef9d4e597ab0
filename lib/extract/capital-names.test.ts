import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A capital under its own name on a line of its own, below the title, is the job's place, not
 * its employer: "Ciudad de México", "La Habana", "Nueva York" as Latin American boards write them.
 * Sentences in our own words.
 */
const header = (place: string) =>
  extract({
    text: [
      'Desarrollador Backend',
      '',
      place,
      '',
      'Requisitos',
      '- 3 años de experiencia con Python',
    ].join('\n'),
  }).posting;

describe("a capital's own name on the line under the title", () => {
  it.each([
    ['Ciudad de México'],
    ['🇲🇽 Ciudad de México'],
    ['CDMX'],
    ['Ciudad de Guatemala'],
    ['La Habana'],
    ['Nueva York'],
  ])('reads %s as the place, not the employer', (line) => {
    const posting = header(line);
    expect(posting.company).toBeNull();
    expect(posting.locations).toEqual([line.replace(/^\S+ (?=C)/u, '')]);
  });

  it('reads the whole name, not its last word', () => {
    expect(header('Nueva York').locations).not.toContain('York');
  });

  it('still reads a firm on that line as the employer', () => {
    expect(header('Distribuidora del Valle S.A. de C.V.').company).toBe(
      'Distribuidora del Valle S.A. de C.V.',
    );
  });
});

describe('Latin American legal forms end a firm name', () => {
  it.each([
    ['Comercializadora Ferretera del Norte S.A. de C.V.'],
    ['Servicios Mineros del Sur S.A.C.'],
    ['Transportes Andinos E.I.R.L.'],
  ])('reads %s as the employer', (line) => {
    expect(header(line).company).toBe(line);
  });
});
