import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const places = (text: string) => extract({ text }).posting.locations;

describe('known towns listed after a place label with no colon', () => {
  it.each([
    [
      'Java Developer\nWe build banking software.\n\nWhat we offer\n- Work location Turin/Genoa/ Bari;\n- Meal vouchers',
      ['Turin', 'Genoa', 'Bari'],
    ],
    [
      'Monteur (m/w/d)\nWir bauen Anlagen.\n\n- Standort Köln/Bonn\n- Firmenwagen',
      ['Köln', 'Bonn'],
    ],
    [
      'Commercial\nNous vendons des pompes.\n\n- Lieu de travail Lyon / Grenoble\n- Mutuelle',
      ['Lyon', 'Grenoble'],
    ],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('one town, and a label with no town, read as before', () => {
    expect(places('Developer\nWe build apps.\n\n- Location Leeds\n- Pension')).toEqual(['Leeds']);
    expect(places('Developer\nWe build apps.\n\nLocation Flexible\n- Pension')).toEqual([]);
  });
});
