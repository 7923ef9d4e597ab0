import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { asWritten } from './normalize';

describe('a fact given as the posting writes it', () => {
  it('keeps the typographic apostrophes and quotes of the title and the company', () => {
    const fr =
      'Chargé·e d’accueil et d’orientation\nMaison d’Enfants Les Tilleuls\nLyon\n\nMissions\n- Accueil.';
    const { title, company } = extract({ text: fr }).posting;
    expect(title).toBe('Chargé·e d’accueil et d’orientation');
    expect(company).toBe('Maison d’Enfants Les Tilleuls');
    const it = 'Addetto all’accoglienza\n\nRequisiti\n- Diploma.';
    expect(extract({ text: it }).posting.title).toBe('Addetto all’accoglienza');
  });

  it('leaves a value the original writes otherwise, or holds no quote, as read', () => {
    expect(asWritten("Chef d'équipe", 'Chef d&#39;équipe')).toBe("Chef d'équipe");
    expect(asWritten('Data Analyst', 'Data\u00a0Analyst')).toBe('Data Analyst');
    expect(asWritten("Chef d'équipe", 'Chef d\u2019\u00e9quipe')).toBe('Chef d\u2019équipe');
    expect(asWritten(null, 'x')).toBeNull();
  });
});
