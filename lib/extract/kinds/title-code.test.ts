import { describe, expect, it } from 'vitest';
import { trimTitle } from './title-trim';

describe('a requisition code before the title', () => {
  it.each([
    ['M03: MAINTENANCE ATTENDANT / HANDYMAN', 'MAINTENANCE ATTENDANT / HANDYMAN'],
    ['R-20417: Registered Nurse', 'Registered Nurse'],
    ['JR1042: Técnico de mantenimiento', 'Técnico de mantenimiento'],
    ['4711: Elektroniker (m/w/d)', 'Elektroniker (m/w/d)'],
  ])('%s', (raw, title) => {
    expect(trimTitle(raw)).toBe(title);
  });

  it('keeps a title that opens with a figure of its own', () => {
    expect(trimTitle('3D Artist: Environments')).toBe('3D Artist: Environments');
    expect(trimTitle('2nd Line Support Engineer')).toBe('2nd Line Support Engineer');
  });
});

describe('a board’s words after the role', () => {
  it.each([
    ['AYUDANTE CAMARERO/A- job post', 'AYUDANTE CAMARERO/A'],
    ['Barista - job posting', 'Barista'],
    ['Koch (m/w/d)- Stellenanzeige', 'Koch (m/w/d)'],
    ['Camarero/a - oferta de empleo', 'Camarero/a'],
    ["Serveur H/F- offre d'emploi", 'Serveur H/F'],
    ['Cameriere - offerta di lavoro', 'Cameriere'],
    ['Kok- vacature', 'Kok'],
  ])('%s', (raw, title) => {
    expect(trimTitle(raw)).toBe(title);
  });

  it('keeps a tail that says more than the board’s words', () => {
    expect(trimTitle('Editor- Job Post Newsletter')).toBe('Editor- Job Post Newsletter');
  });
});
