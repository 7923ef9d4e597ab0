import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalize } from '../pipeline/normalize';
import { splitSentences } from '../pipeline/text';
import type { Sentence } from '../types';
import { extractExperience } from './experience';
import { extractLanguages } from './language';
import { triggerMode } from './signals';

/**
 * The experience and language readers skip a sentence after one cheap look when it holds nothing
 * they read (no experience noun and no unit of time; no language name at a word start). The look
 * must never skip a sentence the reader would read: each reader runs with and without it on every
 * sentence of the project's fixtures and on sentences written for this test, and answers the same.
 */

const root = join(__dirname, '..', 'fixtures');
const dirs = [root, join(root, 'quality-a'), join(root, 'quality-b'), join(root, 'quality-c')];
const fixtureSentences: Sentence[] = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => splitSentences(normalize(readFileSync(join(dir, f), 'utf8')).text)),
);

const sentence = (
  text: string,
  section: Sentence['section'] = null,
  heading: string | null = null,
) => ({ text, start: 0, end: text.length, heading, section }) as Sentence;

/** Written for this test: units glued to their count, names glued to other letters, odd letters. */
const WRITTEN: Sentence[] = [
  sentence('fiveyears of experience in retail, ideally as a shift lead'),
  sentence('Mindestens drei Jahre Berufserfahrung im Vertrieb'),
  sentence('Expérience : 2 ans minimum dans la logistique'),
  sentence('YOE: 3-5'),
  sentence('Dix ans d’expérience en comptabilité'),
  sentence('Twee jaar werkervaring in de zorg is een pré'),
  sentence('Al menos 2 años', null, 'Experiencia mínima'),
  sentence('Esperienza nel ruolo di almeno 3 anni'),
  sentence('Pelo menos um ano de experiência com atendimento'),
  sentence('A decade of experience leading product teams'),
  sentence('Track record of closing enterprise deals', 'required'),
  sentence('Knowledge of the rail system (at least 2 years)', 'required'),
  sentence('Our team has 15 years of experience in payments'),
  sentence('2 Years Required Proficiency in bookkeeping', 'required'),
  sentence('Idiomas: inglés avanzado (C1) y portugués'),
  sentence('Sprachen: ENGLISCH fließend, \u212Aoreanisch von Vorteil'),
  sentence('Gute Deutsch- und Englischkenntnisse'),
  sentence('\u0142English and Polish required'),
  sentence('\u0130ngilizce; English C1'),
  sentence('Bilingue français/anglais, l’espagnol est un plus'),
  sentence('Conhecimentos de inglês e espanhol são um diferencial'),
  sentence('Eng and Hindi spoken at a professional level'),
  sentence('Vloeiend Nederlands en Engels in woord en geschrift'),
  sentence('Deutschlandticket und Sprachkurs'),
];

/** Every reader's answer for each sentence, with the first looks as built or turned off. */
function both(
  read: (s: Sentence) => unknown,
  sentences: readonly Sentence[],
): [unknown[], unknown[]] {
  triggerMode.loose = true;
  const without = sentences.map(read);
  triggerMode.loose = false;
  return [without, sentences.map(read)];
}

afterEach(() => {
  triggerMode.loose = false;
});

describe('the experience and language readers’ first looks', () => {
  it('has fixture sentences to compare', () => {
    expect(fixtureSentences.length).toBeGreaterThan(500);
  });

  for (const [name, read] of [
    ['experience', extractExperience],
    ['language', extractLanguages],
  ] as const) {
    it(`${name}: the same answer for every sentence with and without the look`, () => {
      const all = [...fixtureSentences, ...WRITTEN];
      const [without, withLook] = both(read, all);
      for (const [i, s] of all.entries()) expect(withLook[i], s.text).toEqual(without[i]);
    });
  }

  it('reads the written sentences (the comparison is not between empty answers)', () => {
    const at = (start: string) => WRITTEN.find((s) => s.text.startsWith(start)) as Sentence;
    expect(extractExperience(at('fiveyears'))).toMatchObject([{ minYears: 5 }]);
    expect(extractExperience(at('Mindestens drei'))).toMatchObject([{ minYears: 3 }]);
    expect(extractExperience(at('YOE'))).toMatchObject([{ minYears: 3, maxYears: 5 }]);
    expect(extractExperience(at('Al menos'))).toMatchObject([{ minYears: 2 }]);
    expect(extractExperience(at('A decade'))).toMatchObject([{ minYears: 10 }]);
    expect(extractExperience(at('Our team'))).toEqual([]);
    const codes = (text: string) =>
      extractLanguages(at(text)).map((f) => (f.kind === 'language' ? f.language : null));
    expect(codes('Sprachen')).toEqual(['en', 'ko']);
    expect(codes('Gute Deutsch')).toEqual(['de', 'en']);
    expect(codes('\u0142English')).toEqual(['en', 'pl']);
    expect(codes('Eng and Hindi')).toEqual(['en', 'hi']);
    expect(extractLanguages(at('Deutschlandticket'))).toEqual([]);
  });

  it('skips sentences with nothing to read', () => {
    const plain = sentence('We ship parcels across the city every morning');
    expect(extractExperience(plain)).toEqual([]);
    expect(extractLanguages(plain)).toEqual([]);
  });
});
