import { describe, expect, it } from 'vitest';
import { extract } from '.';
import { extractWorkplace } from './kinds/workplace';
import type { Sentence } from './types';

const workplace = (...texts: string[]) => {
  let start = 0;
  const sentences: Sentence[] = texts.map((text) => {
    const s = { text, start, end: start + text.length, heading: null, section: null };
    start += text.length + 1;
    return s;
  });
  return extractWorkplace(sentences, null);
};

const posting = (text: string) => extract({ text }).posting;

const years = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'experience' ? [{ min: r.minYears, required: r.required, field: r.field }] : [],
  );

describe('a remote field answered on its own line', () => {
  it.each([
    ['Télétravail :', 'Non'],
    ['Homeoffice:', 'Nein'],
    ['Remote work:', 'No'],
  ])('answered no is on site: %j', (...lines) => {
    expect(workplace(...lines)).toBe('onsite');
  });

  it('the field name alone, or answered yes, gives no model by itself', () => {
    expect(workplace('Télétravail :', 'Oui')).toBeNull();
    expect(workplace('Homeoffice:')).toBeNull();
  });

  it('a board record ending in "Télétravail: Non" is an on-site job (fr)', () => {
    const text = [
      'Préparateur de commandes H/F',
      'Entrepôt Delmas',
      'Orléans',
      '',
      'Vous préparez les colis de nos clients et chargez les camions.',
      '',
      "Type d'emploi : Temps plein, CDI",
      '',
      'Télétravail:',
      '',
      'Non',
    ].join('\n');
    expect(posting(text).workplace).toBe('onsite');
  });
});

describe('a share of remote work split over two lines by the page', () => {
  it.each([
    ['- Einsatzart: 60', '% Remote', 'hybrid'],
    ['- Work mode: 30', '% remote', 'hybrid'],
    ['- Einsatzart: 100', '% Remote', 'remote'],
  ])('%j %j reads as one share', (first, second, expected) => {
    expect(workplace(first, second)).toBe(expected);
  });
});

describe('German and French work-model wording from freelance boards', () => {
  it('"Remote-Arbeit möglich" beside the work place is hybrid', () => {
    expect(workplace('Arbeitsort: Raum Ulm - Remote-Arbeit möglich')).toBe('hybrid');
  });

  it('"100% Vor-Ort" is on site', () => {
    expect(workplace('Einsatz 100% Vor-Ort beim Kunden in Kassel')).toBe('onsite');
  });
});

describe('a page block named "Details" under the title', () => {
  it('is no employer, and the title above it stays the title (de)', () => {
    const text = [
      'Technische Dokumentation für Förderanlagen',
      'Details',
      '- Start: ab sofort',
      '- Vertragsart: Freiberuflich',
      '',
      'Beschreibung',
      'Wir suchen Unterstützung bei der Erstellung von Handbüchern.',
    ].join('\n');
    const p = posting(text);
    expect(p.company).not.toBe('Details');
    expect(p.title).toBe('Technische Dokumentation für Förderanlagen');
  });

  it('is no employer on an English page either', () => {
    const text = [
      'Warehouse Operative (m/f/d)',
      'Details',
      '- Start: immediately',
      '- Contract: Freelance',
    ].join('\n');
    expect(posting(text).company).not.toBe('Details');
  });
});

describe('a job board record marking years as optional', () => {
  it('"(Optionnel)" makes the years preferred, "(Exigé)" required (fr)', () => {
    const text = [
      'Expérience:',
      '',
      'Soudure: 2 ans (Optionnel)',
      'Chaudronnerie: 1 an (Exigé)',
    ].join('\n');
    expect(years(text)).toEqual([
      { min: 2, required: false, field: 'Soudure' },
      { min: 1, required: true, field: 'Chaudronnerie' },
    ]);
  });
});
