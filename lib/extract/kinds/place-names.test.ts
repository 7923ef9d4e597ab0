import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { withoutSecondNames } from './places';

/** A city named twice, by two of its names, is one place. */
describe('a city’s second name', () => {
  it.each([
    [['Bangalore', 'Bengaluru, Karnataka'], ['Bangalore']],
    [['München', 'Munich, Germany'], ['München']],
    [['Köln', 'Cologne'], ['Köln']],
    [['Lisboa', 'Lisbon'], ['Lisboa']],
    [['Bombay', 'Mumbai'], ['Bombay']],
  ])('%j', (places, kept) => {
    expect(withoutSecondNames(places)).toEqual(kept);
  });

  it('keeps two cities, and two places of one name in different lands as written', () => {
    expect(withoutSecondNames(['Pune', 'Bengaluru'])).toEqual(['Pune', 'Bengaluru']);
    expect(withoutSecondNames(['London', 'Manchester, UK'])).toEqual(['London', 'Manchester, UK']);
  });

  it('lists a city once when the title and a field name it differently', () => {
    const text = [
      'Java Developer | 4-7 Yrs | Bangalore',
      'Infotech Solutions Pvt. Ltd.',
      '',
      'Location: Bengaluru (Work from office, 5 days)',
      'Mandatory Skills: Core Java, Spring Boot',
    ].join('\n');
    const { posting } = extract({ text });
    expect(posting.locations).toEqual(['Bangalore']);
    expect(posting.workplace).toBe('onsite');
  });
});

describe('"work from office", as Indian postings write on site', () => {
  it.each([
    ['Location: Pune (Work from office, 5 days)', ['Pune']],
    ['Location: Chennai - Work from office', ['Chennai']],
    ['Location: Hyderabad (Work from office; 5 days)', ['Hyderabad']],
    ['Standort: Köln (Homeoffice; 2 Tage)', ['Köln']],
  ])('%s', (line, places) => {
    const text = ['Payroll Executive', 'Acme Services Pvt. Ltd.', '', line, ''].join('\n');
    const { posting } = extract({ text: `${text}\nRequirements:\n- Tally and Excel` });
    expect(posting.locations).toEqual(places);
    expect(posting.company).toBe('Acme Services Pvt. Ltd.');
  });

  it.each([
    'Work mode: WFO',
    'Working from office is mandatory',
    'Work from office, 5 days a week',
  ])('%s', (line) => {
    const text = ['Payroll Executive', 'Acme Services', '', line, '', 'Requirements:', '- Tally'];
    expect(extract({ text: text.join('\n') }).posting.workplace).toBe('onsite');
  });

  it('keeps days in the office a week with days at home hybrid', () => {
    const text = ['Payroll Executive', 'Acme Services', '', 'Hybrid - 3 days work from office'];
    expect(extract({ text: text.join('\n') }).posting.workplace).toBe('hybrid');
  });
});
