import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { metroTown, parseByline } from './byline';
import { placesOf } from './place-line';

describe('a metropolitan area as boards name it', () => {
  it.each([
    ['San Francisco Bay Area', 'San Francisco'],
    ['Greater Boston Area', 'Boston'],
    ['Greater Toronto Area', 'Toronto'],
    ['Dallas-Fort Worth Metroplex', null],
    ['Sales Area', null],
  ])('%s', (value, town) => {
    expect(metroTown(value)).toBe(town);
  });

  it('is the place of a byline, its work model in brackets after it', () => {
    expect(parseByline('Lumen Health · San Francisco Bay Area (Hybrid)')).toEqual({
      company: 'Lumen Health',
      location: 'San Francisco Bay Area',
    });
  });

  it('says which dollar a bare "$" is', () => {
    const text = [
      'Product Designer',
      'Lumen Health · San Francisco Bay Area (Hybrid)',
      '',
      'The base salary range for this role is $140K - $175K.',
    ].join('\n');
    const { posting } = extract({ text });
    expect(posting.company).toBe('Lumen Health');
    expect(posting.salary).toMatchObject({ min: 140_000, max: 175_000, currency: 'USD' });
  });
});

describe('an employer’s legal name, then its town', () => {
  it.each(['Brightwave GmbH, Hamburg', 'Maasdal B.V., Rotterdam', 'Lignes SARL, Lyon'])(
    '%s is no list of places',
    (line) => {
      expect(placesOf(line, false)).toBeNull();
    },
  );

  it('gives the town under the title', () => {
    const text = [
      'Werkstudent (m/w/d) Marketing',
      'Brightwave GmbH, Hamburg',
      '',
      'Was du mitbringst',
    ];
    const { posting } = extract({ text: text.join('\n') });
    expect(posting.company).toBe('Brightwave GmbH');
    expect(posting.locations).toEqual(['Hamburg']);
  });
});

describe('mobile work, inflected, is work from home some days', () => {
  it.each([
    'Die Möglichkeit zum mobilen Arbeiten',
    'Die Möglichkeit, mobil zu arbeiten',
    'Mobile Office nach Absprache möglich',
  ])('%s', (line) => {
    const text = [
      'Werkstudent Marketing',
      'Brightwave GmbH',
      'Hamburg',
      '',
      'Was wir bieten',
      `- ${line}`,
    ];
    expect(extract({ text: text.join('\n') }).posting.workplace).toBe('hybrid');
  });

  it('leaves a mobile device alone', () => {
    const text = [
      'Werkstudent Marketing',
      'Brightwave GmbH',
      'Hamburg',
      '',
      '- Ein mobiles Endgerät',
    ];
    expect(extract({ text: text.join('\n') }).posting.workplace).toBeNull();
  });
});
