import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (Swiss job-market fragments, an Austrian AMS record,
 * Belgian association pages, a Dutch company's vacancies). Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const languages = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => (r.kind === 'language' ? [r.language, r.level, r.required] : []));
const years = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears] : []));

describe('French "maîtriser" written without its circumflex', () => {
  it.each([
    ['Vendeuse\n\nProfil\n- Vous maitrisez le néerlandais et le français.', ['nl', 'fr']],
    ['Réceptionniste\n\nProfil\n- Maitriser l’anglais est indispensable.', ['en']],
  ])('%s', (text, codes) => {
    const found = languages(text);
    for (const code of codes) expect(found).toContainEqual([code, 'fluent', true]);
  });
});

describe('German "in deutscher Schrift und Sprache"', () => {
  it('names German through the adjective before "Schrift und Sprache"', () => {
    expect(
      languages(
        'Pflegefachperson\n\nWir erwarten\n• Sehr gute Kenntnisse in deutscher Schrift und Sprache',
      ),
    ).toContainEqual(['de', 'fluent', true]);
  });

  it('a German customer is still no language', () => {
    expect(languages('Verkäufer\n\nSie betreuen deutscher Kunden aus der Region.')).toEqual([]);
  });
});

describe('the Swiss "Stellenart" field', () => {
  it.each([
    ['Maurer\n\nStellenart: Temporär', 'temporary'],
    ['Maurer\n\nStellenart: \nTemporär\n', 'temporary'],
  ])('%s', (text, type) => {
    expect(posting(text).employmentType).toBe(type);
  });

  it('"temporär" in prose is no contract type', () => {
    expect(
      posting('Maurer\n\nDie Baustelle ist temporär gesperrt, Sie arbeiten in Vollzeit.')
        .employmentType,
    ).toBe('full_time');
  });
});

describe('a French fixed-term contract with the participle agreed to "contrat"', () => {
  it('is temporary even with full-time hours in the same sentence', () => {
    expect(
      posting('Animateur\n\nNous proposons un contrat à durée déterminé de 4 mois à temps plein.')
        .employmentType,
    ).toBe('temporary');
  });
});

describe('years that belong to someone else', () => {
  it.each([
    'Moniteur\n\nNos stages accueillent les enfants de **3 ans à 12 ans** chaque été.',
    'Moniteur\n\nDes activités pour les jeunes de 6 ans à 15 ans.',
    'Monteur\n\n- Je werkt in een familiebedrijf met ruim 40 jaar ervaring.',
    'Monteur\n\n- Een solide organisatie met meer dan 30 jaar ervaring in de bouw.',
  ])('%s', (text) => {
    expect(years(text)).toEqual([]);
  });

  it('the candidate’s own years are still read', () => {
    expect(years('Monteur\n\n- Minimaal 4 jaar ervaring als monteur.')).toEqual([[4, null]]);
  });
});

describe('an Austrian legal minimum the employer may pay above', () => {
  it.each([
    ['Lagerist (m/w/d)\n\nDas Mindestentgelt beträgt 2.600 EUR brutto pro Monat.', 2600],
    [
      'Lagerist (m/w/d)\n\nWir bieten € 2.900 brutto monatlich, Bereitschaft zur Überzahlung je nach Erfahrung.',
      2900,
    ],
  ])('%s', (text, min) => {
    expect(posting(text).salary).toMatchObject({
      min,
      max: null,
      currency: 'EUR',
      period: 'month',
    });
  });

  it('a plain monthly figure keeps its maximum', () => {
    expect(
      posting('Lagerist (m/w/d)\n\nDas Gehalt beträgt 2.600 EUR brutto pro Monat.').salary,
    ).toMatchObject({ min: 2600, max: 2600 });
  });
});

describe('trips that come with the work model (es, pt)', () => {
  const travels = (text: string) => read(text).requirements.some((r) => r.kind === 'travel');
  it.each([
    'Analista\n\n### Detalles\n* Presencial o remoto con viajes\n* Tiempo completo',
    'Consultor\n\n## Local\nRemoto com viagens ao cliente.',
  ])('%s', (text) => {
    expect(travels(text)).toBe(true);
  });

  it('a travel agency is still no demand', () => {
    expect(travels('Vendedor\n\nTrabajarás en una agencia de viajes del centro.')).toBe(false);
  });
});

describe('a French degree or a convincing first experience', () => {
  it('accepts the experience instead of the bachelor', () => {
    const edu = read(
      'Gestionnaire\n\nProfil\n- Vous êtes titulaire d’un bachelier ou avez une première expérience professionnelle probante ;',
    ).requirements.find((r) => r.kind === 'education');
    expect(edu?.kind === 'education' ? [edu.level, edu.equivalentAccepted] : null).toEqual([
      'bachelor',
      true,
    ]);
  });
});

describe('"Home Office" beside a remote statement in a Spanish posting', () => {
  it('is the remote work itself, not a perk beside an office post', () => {
    expect(
      posting(
        'Desarrollador web\n\nBuscamos una persona para el equipo de datos abiertos del gobierno.\n\n' +
          '### Detalles\n* 🏢 remoto\n* 🕐 Tiempo completo\n\n### Beneficios\n* Home Office\n* Equipo con buen ambiente',
      ).workplace,
    ).toBe('remote');
  });
});
