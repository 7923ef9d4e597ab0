import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alternation,
  LEXICONS,
  mergedRecord,
  rankedAlternation,
  wordSource,
  wordsRegex,
} from './build';
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
    expect(source).toBe('ein(?:e(?:m|)|)');
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

  it('writes a shared beginning once, so a pattern tests one branch per first letter', () => {
    const source = rankedAlternation(['remotely', 'remote first', 'remote', 'hybrid']);
    expect(source).toBe('remote(?:ly|\\s{1,3}first|)|hybrid');
  });

  it('keeps a word in two cases apart, the longer word first when case is ignored', () => {
    const ranked = ["bachelor's degree", "Bachelor's", "bachelor's"];
    const source = rankedAlternation(ranked);
    const flat = ranked.map(wordSource).join('|');
    for (const flags of ['i', '']) {
      for (const text of ["Bachelor's degree", "bachelor's degree in law", "Bachelor's"]) {
        expect(new RegExp(source, flags).exec(text)?.[0]).toBe(
          new RegExp(flat, flags).exec(text)?.[0],
        );
      }
    }
    expect(new RegExp(source, 'i').exec("Bachelor's degree")?.[0]).toBe("Bachelor's degree");
  });

  it('stays a ranked list where no order of the cases keeps the ranking', () => {
    const ranked = ['Freelancer', 'freelancer', 'Freelance', 'freelance'];
    expect(rankedAlternation(['freelancer', 'Freelance'])).toBe('freelancer|Freelance');
    const source = rankedAlternation(ranked);
    for (const flags of ['i', '']) {
      for (const text of ['a Freelancer', 'freelance work', 'FREELANCE', 'Freelance']) {
        const flat = ranked.map(wordSource).join('|');
        expect(new RegExp(source, flags).exec(text)?.[0]).toBe(
          new RegExp(flat, flags).exec(text)?.[0],
        );
      }
    }
  });

  it('matches exactly as the flat ranked list over every section of the lexicons', () => {
    const dir = join(__dirname, '..', 'fixtures');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const lists = new Map<string, Set<string>>();
    const collect = (section: string, value: unknown): void => {
      if (typeof value === 'string') {
        if (value.trim()) lists.get(section)?.add(value.trim());
      } else if (Array.isArray(value)) for (const v of value) collect(section, v);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          collect(section, k);
          collect(section, v);
        }
      }
    };
    for (const lexicon of LEXICONS) {
      for (const [section, value] of Object.entries(lexicon)) {
        if (!lists.has(section)) lists.set(section, new Set());
        collect(section, value);
      }
    }
    for (const [section, set] of lists) {
      if (set.size === 0) continue;
      const ranked = [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
      const flat = ranked.map(wordSource).join('|');
      const factored = rankedAlternation(ranked);
      for (const flags of ['gi', 'g']) {
        const all = (source: string) =>
          [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, `${flags}u`))].map(
            (m) => `${m.index}:${m[0]}`,
          );
        expect(all(factored), `${section} /${flags}`).toEqual(all(flat));
      }
    }
  });

  it('gives one key to letters that match each other when case is ignored, with or without u', () => {
    const letters = new Set<string>();
    for (const lexicon of LEXICONS) for (const c of JSON.stringify(lexicon)) letters.add(c);
    const all = [...letters].filter((c) => /\p{L}/u.test(c));
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const same = new RegExp(`^${a}$`, 'iu').test(b) || new RegExp(`^${a}$`, 'i').test(b);
        if (!same) continue;
        // Were their keys apart, "axyz|ax" would be tried before "bxy" and return "bx".
        const ranked = [`${a}xyz`, `${b}xy`, `${a}x`];
        const source = rankedAlternation(ranked);
        expect(new RegExp(source, 'iu').exec(`${b}xy`)?.[0], `${a}/${b}`).toBe(`${b}xy`);
      }
    }
  });
});
