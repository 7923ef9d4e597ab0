import { describe, expect, it } from 'vitest';
import { detectLanguage } from './lang';

/** Short postings, where a few shared words decide: each in its own language. */
describe('the language of a short posting', () => {
  it.each([
    [
      'fr',
      "Stage - Assistant(e) Chef de Projet (6 mois)\nProfil recherché : Étudiant(e) en école de commerce. Maîtrise d'Excel. Gratification : 1 400 € brut mensuel",
    ],
    [
      'fr',
      "Vendeur(se) en boutique\nExpérience de la vente ou d'un poste similaire. CDI à temps plein.",
    ],
    [
      'pt',
      'Assistente administrativo\nExperiência com rotinas de escritório e atendimento ao cliente. Salário a combinar.',
    ],
    [
      'es',
      'Ayudante de cocina\nExperiencia de un año en cocina. Jornada completa de lunes a viernes.',
    ],
    [
      'it',
      'Addetto/a alle vendite\nEsperienza di almeno un anno nella vendita al dettaglio. Contratto a tempo pieno.',
    ],
    [
      'nl',
      'Medewerker magazijn\nJe hebt ervaring met orderpicken en een rijbewijs B. Fulltime, vast contract.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
