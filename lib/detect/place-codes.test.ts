import { describe, expect, it } from 'vitest';
import { decodeLocality, tidyPlaces } from './place-codes';

describe('ATS location codes', () => {
  it.each([
    ['EMEA - Germany - Bavaria - Munich - 4 Leopoldstraße', 'Germany', 'Munich', 'Bavaria'],
    ['AMER - United States - Texas - Austin', 'United States', 'Austin', 'Texas'],
    ['USA-OR Portland Central', 'United States of America', 'Portland', 'OR'],
    ['FRA-Lyon', 'France', 'Lyon', null],
  ])('%s', (locality, country, city, region) => {
    expect(decodeLocality(locality, country)).toEqual({ city, region });
  });

  it('leaves plain place names alone', () => {
    expect(decodeLocality('Paris - La Défense', 'France')).toBeNull();
    expect(decodeLocality('Saint-Étienne', 'France')).toBeNull();
    expect(decodeLocality('Milano', 'Italy')).toBeNull();
  });

  it('rewrites the posting’s jobLocation, keeping a region it already has', () => {
    const posting = {
      jobLocation: [
        { address: { addressLocality: 'CAN-ON Toronto Office', addressCountry: 'Canada' } },
        { address: { addressLocality: 'Madrid', addressRegion: 'Madrid', addressCountry: 'ES' } },
      ],
    };
    expect(tidyPlaces(posting).jobLocation).toEqual([
      { address: { addressLocality: 'Toronto', addressRegion: 'ON', addressCountry: 'Canada' } },
      { address: { addressLocality: 'Madrid', addressRegion: 'Madrid', addressCountry: 'ES' } },
    ]);
  });

  it('drops a region code where places are not written with one, and keeps it where they are', () => {
    const at = (addressLocality: string, addressRegion: string, addressCountry: unknown) => ({
      address: { addressLocality, addressRegion, addressCountry },
    });
    const posting = {
      jobLocation: [
        at('Manchester', 'MAN', 'GB'),
        at('Eindhoven', 'NB', { '@type': 'Country', name: 'NL' }),
        at('Gdańsk', 'PM', 'PL'),
        at('Lyon', 'Auvergne-Rhône-Alpes', 'FR'),
        at('Denver', 'CO', 'US'),
        at('Calgary', 'AB', 'CA'),
        at('Bologna', 'BO', 'IT'),
      ],
    };
    expect(tidyPlaces(posting).jobLocation).toEqual([
      { address: { addressLocality: 'Manchester', addressCountry: 'GB' } },
      {
        address: {
          addressLocality: 'Eindhoven',
          addressCountry: { '@type': 'Country', name: 'NL' },
        },
      },
      { address: { addressLocality: 'Gdańsk', addressCountry: 'PL' } },
      at('Lyon', 'Auvergne-Rhône-Alpes', 'FR'),
      at('Denver', 'CO', 'US'),
      at('Calgary', 'AB', 'CA'),
      at('Bologna', 'BO', 'IT'),
    ]);
  });
});
