import { describe, expect, it } from 'vitest';
import { normalize } from '../pipeline/normalize';
import { splitSentences } from '../pipeline/text';
import { countryIn, postingCountry } from './salary-country';

const countryOf = (text: string, jsonLd: Record<string, unknown> | null = null) =>
  postingCountry(splitSentences(normalize(text).text), jsonLd);

describe('postingCountry', () => {
  it('reads the header lines first', () => {
    expect(countryOf('Warehouse Lead\nMemphis, TN 38118\n\nShips to Canada and Mexico.')).toBe(
      'US',
    );
    expect(countryOf('Analyst\nSurrey, British Columbia\n\nJoin our team.')).toBe('CA');
    expect(countryOf('Nurse\nGlasgow, Scotland, UK\n\nDay shifts.')).toBe('GB');
  });

  it('reads places and country words in the text', () => {
    expect(countryOf('Fitter\n\nOur workshop in Acacia Ridge QLD pays superannuation.')).toBe('AU');
    expect(countryOf('Bookkeeper\n\nOffice in Sandton, Gauteng.')).toBe('ZA');
    expect(countryOf('Picker\n\nWarehouse Pte Ltd is hiring.')).toBe('SG');
  });

  it('reads Brazil from its states, capital-letter record fields and labour-law words', () => {
    expect(countryOf('Porteiro\nESTADO: MINAS GERAIS\n\nEscala 12x36.')).toBe('BR');
    expect(countryOf('Recepcionista\n\nContratação CLT com vale-transporte.')).toBe('BR');
    expect(countryOf('Motorista\n\nBase em Curitiba.')).toBe('BR');
  });

  it('reads the JSON-LD address', () => {
    const jsonLd = { jobLocation: [{ address: { addressCountry: { name: 'Australia' } } }] };
    expect(countryOf('Engineer\n\nGreat team.', jsonLd)).toBe('AU');
    expect(countryOf('Engineer', { jobLocation: { address: { addressCountry: 'nz' } } })).toBe(
      'NZ',
    );
  });

  it('says nothing when nothing is said, or when two countries weigh the same', () => {
    expect(countryOf('Engineer\n\nWe build tools for teams.')).toBeNull();
    expect(countryOf('Engineer\n\nOffices in Canada and Australia.')).toBeNull();
  });
});

describe('countryIn', () => {
  it('names the one country a stretch of text names', () => {
    expect(countryIn('For U.S.-based roles, the range is')).toBe('US');
    expect(countryIn('Our Singapore office pays')).toBe('SG');
    expect(countryIn('In Canada or Australia, the range is')).toBeNull();
    expect(countryIn('The range is')).toBeNull();
  });
});
