import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const posting = (text: string) => extract({ text } as never).posting;
const travels = (text: string) =>
  extract({ text } as never).requirements.some((r) => r.kind === 'travel');

describe('French posting facts', () => {
  it('reads a recruiter’s slash range as min and max, in French and English', () => {
    expect(posting('Rémunération : 52/58K€ brut annuel')?.salary).toEqual({
      min: 52000,
      max: 58000,
      currency: 'EUR',
      period: 'year',
    });
    expect(posting('Salary: £40/45k')?.salary).toMatchObject({
      min: 40000,
      max: 45000,
      currency: 'GBP',
    });
    // A per-period slash stays one figure.
    expect(posting('Salaire : 2100€/mois brut')?.salary).toMatchObject({
      min: 2100,
      max: 2100,
      period: 'month',
    });
  });

  it('takes a header line with a city and its arrondissement as the place', () => {
    const p = posting('Chef de projet data\nOrbiteo\nLyon 3\nSalaire : 45-55K€\n\nNous recrutons.');
    expect(p.locations).toEqual(['Lyon 3']);
    expect(p.company).toBe('Orbiteo');
    expect(
      posting('Comptable\nBureau Lemaire\nParis 15, France\n\nPoste en CDI.').locations,
    ).toEqual(['Paris 15, France']);
  });

  it('hears travel "au besoin" and "déplacements possibles", not team trips or expense refunds', () => {
    expect(travels('Conditions particulières :\n- Brefs voyages au Canada, au besoin')).toBe(true);
    expect(travels('Déplacements possibles sur les sites clients de la région.')).toBe(true);
    expect(travels('Chaque printemps, nous partons en voyages d’équipe.')).toBe(false);
    expect(travels('Remboursement des frais de déplacement au besoin.')).toBe(false);
    expect(travels('Occasional travel as needed.')).toBe(true);
  });
});

describe('French work model shorthands', () => {
  it('reads "TT" days a week as hybrid', () => {
    expect(posting('Nantes / jusqu’à 2 jours de TT par semaine').workplace).toBe('hybrid');
    expect(posting('Un jour en TT par semaine, le reste au bureau.').workplace).toBe('hybrid');
  });
});

describe('Francophone Africa and Maghreb pay', () => {
  it('reads CFA francs, dirhams and dinars with their codes', () => {
    expect(posting('Salaire : 300 000 FCFA net par mois')?.salary).toEqual({
      min: 300000,
      max: 300000,
      currency: 'XOF',
      period: 'month',
    });
    expect(posting('Rémunération mensuelle : 520 000 XAF')?.salary).toMatchObject({
      currency: 'XAF',
      period: 'month',
    });
    expect(posting('Salaire : 9 500 dirhams brut par mois')?.salary).toMatchObject({
      min: 9500,
      currency: 'MAD',
    });
    expect(posting('Salary: 12,000 MAD per month')?.salary).toMatchObject({
      min: 12000,
      currency: 'MAD',
    });
  });

  it('tells the Central African franc from the West African one by where the job is', () => {
    const central = [
      'Comptable senior\nDouala, Cameroun\nSalaire : 450 000 FCFA par mois',
      'Chargé de clientèle – Libreville\nRémunération : 600 000 F CFA net mensuel',
      'Field engineer based in Yaoundé.\nPay: 800,000 FCFA per month',
      'Infirmier (H/F) à N’Djamena, Tchad. Salaire : 350 000 francs CFA par mois.',
    ];
    for (const text of central) expect(posting(text)?.salary?.currency, text).toBe('XAF');
    const west = [
      'Développeur web\nDakar, Sénégal\nSalaire : 500 000 FCFA par mois',
      'Assistant logistique à Abidjan (Côte d’Ivoire). Salaire : 250 000 FCFA / mois',
      // No country said: the West African franc, the more common.
      'Salaire : 300 000 FCFA net par mois',
    ];
    for (const text of west) expect(posting(text)?.salary?.currency, text).toBe('XOF');
  });
});
