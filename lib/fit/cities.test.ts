import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { postingFacts } from '../testing/extraction';
import { cityCandidates, cityKey, countriesOfPlaces, countryOfPlace } from './cities';
import { checkLocation, checkVisa } from './location';
import { said } from './testing';

describe('city table', () => {
  it('folds accents, case and hyphens into one key', () => {
    expect(cityKey('São  Paulo')).toBe('sao paulo');
    expect(cityKey('Aix-en-Provence')).toBe('aix en provence');
  });

  it.each([
    ['Lyon', 'FR'],
    ['München', 'DE'],
    ['Munich', 'DE'],
    ['Köln', 'DE'],
    ['Porto', 'PT'],
    ['Lisboa', 'PT'],
    ['Milano', 'IT'],
    ['Den Haag', 'NL'],
    ['Bruxelles', 'BE'],
    ['Sevilla', 'ES'],
    ['Zürich', 'CH'],
    ['Bengaluru', 'IN'],
    ['Porto, Norte', 'PT'],
    ['Ciudad de México', 'MX'],
    ['CDMX', 'MX'],
    ['La Habana', 'CU'],
    ['Nueva York', 'US'],
    ['Strasburgo', 'FR'],
    ['Moskau', 'RU'],
    ['Luxemburg', 'LU'],
  ])('reads the country of %s alone: %s', (place, country) => {
    expect(countryOfPlace(place)).toBe(country);
  });

  it('prefers the country the text names over the city table', () => {
    expect(countryOfPlace('Paris, TX')).toBe('US');
    expect(countryOfPlace('London, Ontario, Canada')).toBe('CA');
  });

  it('lets a place ten times larger win a shared name, and keeps close ones unknown', () => {
    // Dublin, Ireland (1M) against Dublin, California (58k).
    expect(countryOfPlace('Dublin')).toBe('IE');
    // Birmingham, England against Birmingham, Alabama: less than ten times apart.
    expect(cityCandidates('Birmingham').length).toBeGreaterThan(1);
    expect(countryOfPlace('Birmingham')).toBeNull();
  });

  it("settles a shared name with the posting's other places", () => {
    expect(countryOfPlace('Birmingham', new Set(['US']))).toBe('US');
    expect(countriesOfPlaces(['Birmingham', 'Manchester, United Kingdom'])).toEqual(
      new Set(['GB']),
    );
  });

  it('knows nothing of a place too small or unknown', () => {
    expect(countryOfPlace('Nowhereville')).toBeNull();
    expect(countryOfPlace('')).toBeNull();
    expect(countryOfPlace('constructor')).toBeNull();
  });
});

describe('fit from a city alone', () => {
  const european: Profile = { workAuthorization: ['EU'], locations: ['Paris, France'] };

  it('meets visa for an EU authorization in a city the posting names without its country', () => {
    for (const city of ['Lyon', 'München', 'Porto']) {
      const fact = checkVisa(european, postingFacts({ locations: [city] }));
      expect(fact?.status, city).toBe('met');
    }
  });

  it('sees the same country for location', () => {
    const fact = checkLocation(european, postingFacts({ locations: ['Lyon'] }));
    expect(fact?.status).toBe('partial');
    expect(said(fact)).toContain('same country');
  });

  it('keeps visa unknown when a shared name stays ambiguous', () => {
    const fact = checkVisa(
      european,
      postingFacts({ locations: ['Birmingham'], visaSponsorship: 'not_offered' }),
    );
    expect(fact?.status).toBe('unknown');
  });
});
