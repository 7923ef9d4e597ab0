import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { extractLanguages } from './language';

const codes = (text: string) =>
  extractLanguages({ text, start: 0, end: text.length, heading: null, section: null }).map((f) =>
    f.kind === 'language' ? f.language : null,
  );

describe("a translator's or an interpreter's language pair", () => {
  it.each([
    ['Interpreter: Spanish to English or Spanish to Portuguese', ['es', 'en', 'pt']],
    ['Technical translator (German to English)', ['de', 'en']],
    ['You translate user guides from Italian into French.', ['it', 'fr']],
    ['Traducteur technique anglais vers allemand', ['en', 'de']],
    ['Übersetzer Französisch-Deutsch (m/w/d)', ['fr', 'de']],
    ['Buscamos intérprete inglés-francés para congresos', ['en', 'fr']],
    ['Traduttore dal tedesco all’italiano', ['de', 'it']],
    ['Tolk Nederlands-Turks voor ziekenhuizen', ['nl', 'tr']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('interpreting data for markets names no language', () => {
    expect(codes('You interpret sales data for our German and Dutch markets.')).toEqual([]);
  });

  it('reads the pair in a posting’s title line, as required', () => {
    const text = 'Interpreter: Korean to English\n\nOur clinic serves visitors from abroad.';
    const found = extract({ text }).requirements.filter((r) => r.kind === 'language');
    expect(found.map((r) => (r.kind === 'language' ? [r.language, r.required] : null))).toEqual([
      ['ko', true],
      ['en', true],
    ]);
  });
});
