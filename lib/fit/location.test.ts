import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { postingFacts } from '../testing/extraction';
import { cityOf, countryOf } from './country';
import { checkAuthorization, checkLocation, checkVisa } from './location';
import { req, worded } from './testing';

describe('countryOf', () => {
  it.each([
    ['Dublin, Ireland', 'IE'],
    ['San Francisco, CA', 'US'],
    ['New York, New York', 'US'],
    ['Austin, Texas, United States', 'US'],
    ['Paris, Île-de-France, France', 'FR'],
    ['München, Deutschland', 'DE'],
    ['Remote - UK', 'GB'],
    ['Remote (U.S.)', 'US'],
    ['Toronto, ON', 'CA'],
    ['Madrid, España', 'ES'],
    // Codes that are a country's and a US state's: the city tells which.
    ['Berlin, DE', 'DE'],
    ['München, BY, DE', 'DE'],
    ['Wilmington, DE', 'US'],
    ['Bengaluru, IN', 'IN'],
    ['Indianapolis, IN', 'US'],
    ['Toronto, CA', 'CA'],
    ['Dublin, CA', 'US'],
    ['Tel Aviv, IL', 'IL'],
    ['Chicago, IL', 'US'],
    ['Douala, Cameroun', 'CM'],
    ['Abidjan, Côte d’Ivoire', 'CI'],
    ["Abidjan, Cote d'Ivoire", 'CI'],
    ['Dakar, Sénégal', 'SN'],
    ['Casablanca, Maroc', 'MA'],
  ])('%s is in %s', (place, code) => {
    expect(countryOf(place)).toBe(code);
  });

  it('does not guess from a city alone', () => {
    expect(countryOf('Berlin')).toBeNull();
    expect(countryOf('Remote')).toBeNull();
  });

  it('reads the city as the first part', () => {
    expect(cityOf('Zürich, Switzerland')).toBe('zurich');
  });
});

describe('checkLocation', () => {
  const parisian: Profile = { locations: ['Paris, France'] };

  it('meets a posting in one of the user locations', () => {
    expect(
      worded(
        checkLocation(parisian, postingFacts({ locations: ['Paris, Île-de-France, France'] })),
      ),
    ).toEqual({
      topic: 'location',
      status: 'met',
      reason: 'It is in Paris, Île-de-France, France, one of your locations.',
    });
  });

  it('is partial in the same country, and for relocation the user accepts', () => {
    expect(checkLocation(parisian, postingFacts({ locations: ['Lyon, France'] }))?.status).toBe(
      'partial',
    );
    const willing = { ...parisian, relocate: true };
    expect(
      worded(
        checkLocation(
          willing,
          postingFacts({ locations: ['Dublin, Ireland'], relocation: 'not_offered' }),
        ),
      ),
    ).toEqual({
      topic: 'location',
      status: 'partial',
      reason:
        'It is in Dublin, Ireland; you are in Paris, France, and you are open to relocating (it offers no relocation support).',
    });
  });

  it('is unmet when the user will not move, a dealbreaker when they said so', () => {
    const dublin = postingFacts({ locations: ['Dublin, Ireland'] });
    expect(checkLocation({ ...parisian, relocate: false }, dublin)?.status).toBe('unmet');
    const hard = checkLocation({ ...parisian, dealbreakers: ['relocation'] }, dublin);
    expect(hard?.dealbreaker).toBe(true);
    expect(checkLocation(parisian, dublin)?.status).toBe('unknown');
  });

  it('treats remote jobs by country', () => {
    expect(
      checkLocation(parisian, postingFacts({ workplace: 'remote', locations: ['France'] }))?.status,
    ).toBe('met');
    expect(
      checkLocation(parisian, postingFacts({ workplace: 'remote', locations: ['Remote, US'] }))
        ?.status,
    ).toBe('partial');
    expect(checkLocation({}, postingFacts({ workplace: 'remote' }))?.status).toBe('met');
  });

  it('is unknown without locations on either side', () => {
    expect(checkLocation({}, postingFacts({ locations: ['Dublin, Ireland'] }))?.status).toBe(
      'unknown',
    );
    expect(checkLocation(parisian, postingFacts())?.status).toBe('unknown');
    expect(checkLocation({}, postingFacts())).toBeNull();
  });
});

describe('checkVisa', () => {
  const eu: Profile = { workAuthorization: ['FR', 'IE'] };

  it('is met where the user can work', () => {
    expect(worded(checkVisa(eu, postingFacts({ locations: ['Dublin, Ireland'] })))).toEqual({
      topic: 'visa',
      status: 'met',
      reason: 'It is in Ireland, where you can work.',
    });
  });

  it('depends on sponsorship elsewhere', () => {
    const sf = { locations: ['San Francisco, CA'] };
    expect(checkVisa(eu, postingFacts({ ...sf, visaSponsorship: 'offered' }))?.status).toBe(
      'partial',
    );
    expect(worded(checkVisa(eu, postingFacts({ ...sf, visaSponsorship: 'not_offered' })))).toEqual({
      topic: 'visa',
      status: 'unmet',
      reason: 'It is in the United States, where you would need a visa; it offers no sponsorship.',
    });
    expect(checkVisa(eu, postingFacts(sf))?.status).toBe('unknown');
    const strict: Profile = { ...eu, dealbreakers: ['no_sponsorship'] };
    expect(
      checkVisa(strict, postingFacts({ ...sf, visaSponsorship: 'not_offered' }))?.dealbreaker,
    ).toBe(true);
  });

  it('says nothing when neither side knows', () => {
    expect(checkVisa({}, postingFacts({ locations: ['Dublin, Ireland'] }))).toBeNull();
    expect(checkVisa({}, postingFacts({ visaSponsorship: 'offered' }))?.status).toBe('unknown');
  });
});

describe('checkAuthorization', () => {
  it('uses the named country, or the posting location', () => {
    const us = req('work_authorization', { country: 'US' });
    expect(worded(checkAuthorization(us, { workAuthorization: ['US'] }, postingFacts()))).toEqual({
      status: 'met',
      reason: 'It asks for authorization to work in the United States, and you have it.',
    });
    expect(checkAuthorization(us, { workAuthorization: ['FR'] }, postingFacts()).status).toBe(
      'unmet',
    );
    const unnamed = req('work_authorization', { country: null });
    const dublin = postingFacts({ locations: ['Dublin, Ireland'] });
    expect(checkAuthorization(unnamed, { workAuthorization: ['IE'] }, dublin).status).toBe('met');
    expect(checkAuthorization(unnamed, { workAuthorization: ['IE'] }, postingFacts()).status).toBe(
      'unknown',
    );
    expect(checkAuthorization(us, {}, postingFacts()).status).toBe('unknown');
  });

  it('counts an authorization to work in the EU in each member state, and the other way round', () => {
    const eu = req('work_authorization', { country: 'EU' });
    expect(worded(checkAuthorization(eu, { workAuthorization: ['PT'] }, postingFacts()))).toEqual({
      status: 'met',
      reason: 'It asks for authorization to work in the European Union, and you have it.',
    });
    expect(checkAuthorization(eu, { workAuthorization: ['NO'] }, postingFacts()).status).toBe(
      'met',
    );
    expect(checkAuthorization(eu, { workAuthorization: ['GB', 'US'] }, postingFacts()).status).toBe(
      'unmet',
    );
    const france = req('work_authorization', { country: 'FR' });
    expect(checkAuthorization(france, { workAuthorization: ['EU'] }, postingFacts()).status).toBe(
      'met',
    );
    const us = req('work_authorization', { country: 'US' });
    expect(checkAuthorization(us, { workAuthorization: ['EU'] }, postingFacts()).status).toBe(
      'unmet',
    );
  });

  it('is partial when the posting sponsors', () => {
    const us = req('work_authorization', { country: 'US' });
    const item = checkAuthorization(
      us,
      { workAuthorization: ['FR'] },
      postingFacts({ visaSponsorship: 'offered' }),
    );
    expect(item.status).toBe('partial');
  });
});
