import { describe, expect, it } from 'vitest';
import { extract } from '../index';
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

describe('a word and its colon before the role', () => {
  it.each([
    ['Job: Online-Redakteur (m/w/d)', 'Online-Redakteur (m/w/d)'],
    ['Now hiring: Line Cook', 'Line Cook'],
    ['Offre : Serveur H/F', 'Serveur H/F'],
    ['Oferta: Camarero/a de sala', 'Camarero/a de sala'],
    ['Offerta di lavoro: Magazziniere', 'Magazziniere'],
    ['Oportunidade: Analista de Dados', 'Analista de Dados'],
  ])('%s', (raw, title) => {
    expect(trimTitle(raw)).toBe(title);
  });

  it('keeps a title whose own words hold a colon', () => {
    expect(trimTitle('Director: Executive Support')).toBe('Director: Executive Support');
  });

  it('reads the title line of a posting without its lead word', () => {
    const text =
      'Job: Lagerlogistiker (m/w/d)\n\nDatum: 03.02.2025\n\nIhre Aufgaben\n- Kommissionierung';
    expect(extract({ text }).posting.title).toBe('Lagerlogistiker (m/w/d)');
  });
});

describe('a place in brackets closing the title', () => {
  it.each([
    ['Java Developer (Berlin)', 'Java Developer'],
    ['Kok (Amsterdam)', 'Kok'],
    ['Lead Engineer (Dublin, Ireland)', 'Lead Engineer'],
    ['Aide-soignant H/F (Lyon)', 'Aide-soignant H/F'],
  ])('%s', (raw, title) => {
    expect(trimTitle(raw)).toBe(title);
  });

  it.each([
    'Software Engineer (Mobile)',
    'Sales Manager (DACH)',
    'Vacature WordPress developer bij Stuurlui (Utrecht)',
    'Serveur (H/F)',
  ])('keeps %s', (raw) => {
    expect(trimTitle(raw)).toBe(raw);
  });
});
