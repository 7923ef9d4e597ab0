import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { seatTown } from './seat-town';

describe('seatTown: the employer’s own town when the posting names no job location', () => {
  it('reads the town an English description joins to "based" or "headquartered"', () => {
    expect(seatTown('We are a small Glasgow-based charity helping tenants.')).toBe('Glasgow');
    expect(seatTown('Join a Manchester-headquartered logistics group.')).toBe('Manchester');
    expect(seatTown('Join a fast-growing, London-based fintech.')).toBe('London');
  });

  it('ignores compounds whose first part is no town', () => {
    expect(seatTown('A Cloud-based platform for small shops.')).toBeNull();
    expect(seatTown('Our Evidence-based approach to care.')).toBeNull();
  });

  it('reads the town of the postal address a German, Dutch or French posting signs with', () => {
    expect(seatTown('Schreib uns!\n\nMusterfirma GmbH\nLindenallee 14a\n04109 Leipzig\n')).toBe(
      'Leipzig',
    );
    expect(
      seatTown('Solliciteer via de site.\n\nVoorbeeld BV\nHoofdstraat 7\n3511 AB Utrecht'),
    ).toBe('Utrecht');
    expect(
      seatTown('Envoyez votre CV.\n\nExemple SARL\n8 rue des Tanneurs\n67000 Strasbourg'),
    ).toBe('Strasbourg');
  });

  it('wants the street line above the postcode: a reference number and a figure are no address', () => {
    expect(seatTown('Referenz\n12345 Leipzig')).toBeNull();
    expect(seatTown('Gehalt 45000\n12345 Leipzig')).toBeNull();
    expect(seatTown('Lindenallee 14a\n04109 Nirgendwoheim')).toBeNull();
  });
});

describe('extract: the seat is the last place read', () => {
  it('gives the address town to a posting that names no other place', () => {
    const text =
      'Softwareentwickler (m/w/d)\n\nWir suchen Verstärkung für unser Team.\n\n' +
      'Dein Profil\n- Erfahrung mit TypeScript\n\nBeispiel GmbH\nLindenallee 14a\n04109 Leipzig\n';
    expect(extract({ text }).posting.locations).toEqual(['Leipzig']);
  });

  it('keeps the place a posting gives for the job over its employer’s seat', () => {
    const text =
      'Support Engineer\nLocation: Bristol\n\nWe are a Glasgow-based software house.\n' +
      'You will answer customer tickets.';
    expect(extract({ text }).posting.locations).toEqual(['Bristol']);
  });
});
