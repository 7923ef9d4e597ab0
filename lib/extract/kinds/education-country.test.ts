import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const levels = (text: string, jsonLd?: Record<string, unknown>) =>
  extract({ text, jsonLd })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? r.level : null));

describe('a degree name whose level depends on the country', () => {
  it('reads a bare "Baccalauréat" in a Québec posting as the university degree', () => {
    const text =
      'Conseillère en ressources humaines\nCaisse du Plateau\nMontréal, QC\n\n' +
      'Ce que nous recherchons :\n- Baccalauréat\n- Trois ans d’expérience en dotation';
    expect(levels(text)).toEqual(['bachelor']);
  });

  it('takes the country from the structured data too', () => {
    const text = 'Technicien comptable\n\nExigences :\n- Baccalauréat\n- Maîtrise d’Excel';
    const jsonLd = { jobLocation: { address: { addressLocality: 'Laval', addressCountry: 'CA' } } };
    expect(levels(text, jsonLd)).toEqual(['bachelor']);
  });

  it('keeps it the school-leaving diploma in France', () => {
    const text =
      'Assistant administratif\nMairie de Tours\nTours\n\nProfil :\n- Baccalauréat exigé\n- Permis B';
    expect(levels(text)).toEqual(['high_school']);
  });

  it('leaves the French grades alone in Canada ("Bac+2" is no Québec degree)', () => {
    const text =
      'Analyste\nGroupe Nordique\nQuébec, QC\n\nExigences :\n- Bac+2 en gestion\n- Anglais courant';
    expect(levels(text)).not.toContain('bachelor');
  });
});
