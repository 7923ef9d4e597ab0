import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const places = (text: string) => extract({ text }).posting.locations;

describe('a location field holding the work model beside the place', () => {
  it('reads the place and leaves the work model to its own field', () => {
    const hybrid = extract({ text: 'Data Engineer\nLocation: Hybrid - Leeds\nAbout the role' });
    expect(hybrid.posting.locations).toEqual(['Leeds']);
    expect(hybrid.posting.workplace).toBe('hybrid');
    expect(places('Analista de Sistemas\nLocal: Híbrido - Recife\nSobre a vaga')).toEqual([
      'Recife',
    ]);
    expect(places('Entwickler\nStandort: Hybrid – Köln\nÜber uns')).toEqual(['Köln']);
    expect(places('Développeur\nLieu : Lille - télétravail partiel\nLe poste')).toEqual(['Lille']);
  });

  it('keeps a place written with a dash as one', () => {
    expect(places('Analista\nLocal: Curitiba - PR\nSobre a vaga')).toEqual(['Curitiba - PR']);
  });
});
