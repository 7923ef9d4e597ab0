import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A short form's dot ("Kat. B", "mind. 3 Jahre") ends no clause: the cue after it still qualifies
 * the item; the Swiss "Fahrausweis" is a driving licence. Sentences in our own words.
 */
const items = (...lines: string[]) =>
  extract({ text: lines.join('\n') }).requirements.map((r) => ({
    kind: r.kind,
    name: 'name' in r ? r.name : null,
    required: r.required,
  }));

describe('the Swiss driving licence', () => {
  it.each([['Fahrausweis Kat. B'], ['Autofahrausweis'], ['Fahrausweis der Kategorie B']])(
    'reads %s',
    (line) => {
      const got = items('Hauswart (m/w/d)', '', 'Ihr Profil', `- ${line}`);
      expect(got.some((i) => i.kind === 'license')).toBe(true);
    },
  );
});

describe("a short form's dot inside an item", () => {
  it.each([
    ['Führerausweis Kat. B von Vorteil'],
    ['Führerschein Kat. B wünschenswert'],
    ['Fahrausweis Kat. B ist ein Plus'],
  ])('keeps "%s" preferred', (line) => {
    const got = items(
      'Hauswart (m/w/d)',
      '',
      'Ihr Profil',
      `- ${line}`,
      '- Handwerkliches Geschick',
    );
    expect(got.find((i) => i.kind === 'license')?.required).toBe(false);
  });

  it('still ends the clause after "etc."', () => {
    const got = items(
      'Backend Developer',
      '',
      'Requirements',
      '- You know Java, Go etc. Kotlin is a plus.',
    );
    expect(got.find((i) => i.name === 'Java')?.required).toBe(true);
    expect(got.find((i) => i.name === 'Kotlin')?.required).toBe(false);
  });
});
