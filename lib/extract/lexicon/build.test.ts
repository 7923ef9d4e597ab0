import { describe, expect, it } from 'vitest';
import { alternation, LEXICONS, mergedRecord, wordSource, wordsRegex } from './build';
import { words } from './words';

describe('lexicon builder', () => {
  it('has one lexicon per language the engine reads, each with its own code', () => {
    expect(LEXICONS.map((l) => l.code)).toEqual(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']);
  });

  it('escapes words and lets a space match a short run of spaces', () => {
    const re = new RegExp(`^(?:${wordSource('C++ (or more)')})$`);
    expect(re.test('C++  (or more)')).toBe(true);
    expect(re.test('CCC (or more)')).toBe(false);
  });

  it('puts longer words first so "eine" wins over "ein"', () => {
    const lex = { ...LEXICONS[0], numbers: {} } as (typeof LEXICONS)[number];
    const source = alternation(() => ['ein', 'eine', 'einem'], [lex]);
    expect(source).toBe('einem|eine|ein');
    expect('eine Stelle'.match(new RegExp(source))?.[0]).toBe('eine');
  });

  it('matches whole words only, in any language of the list', () => {
    const re = wordsRegex((l) => Object.keys(l.numbers));
    expect(re.test('at least five years')).toBe(true);
    expect(re.test('mindestens fünf Jahre')).toBe(true);
    expect(re.test('fivefold')).toBe(false);
  });

  it('never builds an empty alternation', () => {
    expect(new RegExp(alternation(() => [])).test('anything')).toBe(false);
  });

  it('merges records without a later language overriding an earlier one', () => {
    const numbers = mergedRecord((l) => l.numbers);
    expect(numbers.zwei).toBe(2);
    expect(numbers.dos).toBe(2);
    expect(Object.getPrototypeOf(numbers)).toBeNull();
  });

  it('reads a one-line word list', () => {
    expect(words(' years | yrs ||or more ')).toEqual(['years', 'yrs', 'or more']);
  });
});
