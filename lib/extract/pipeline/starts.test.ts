import { describe, expect, it } from 'vitest';
import { LEXICONS, latinWords, wordsRegex } from '../lexicon/build';
import { LATIN } from '../lexicon/letters';
import { forgetPosting } from './memo';
import {
  indexedWholeText,
  indexInOrder,
  keyOf,
  keysOf,
  mayStart,
  startLook,
  textMayStart,
} from './starts';

/**
 * The shared word-start first look may say "maybe" too often, never "no" where a pattern built
 * from the same words matches. Each case runs the pattern with the look and without it.
 */

describe('keyOf', () => {
  it('keys a phrase by its longest piece, so short words do not open every sentence', () => {
    expect(keyOf('a plus')?.chars.join('')).toBe('plus');
    expect(keyOf('von Vorteil')?.chars.join('')).toBe('vorteil');
    expect(keyOf("c'est un avantage")?.chars.join('')).toBe('avantage');
  });

  it('keeps at most eight folded characters of a piece', () => {
    expect(keyOf('Berufserfahrung')?.chars.join('')).toBe('berufser');
    expect(keyOf('ÉCOLE')?.chars.join('')).toBe('école');
  });

  it('starts a piece after any non-letter, a digit or a hyphen included', () => {
    expect(keyOf('3x8')?.chars.join('')).toBe('3x8');
    expect(keyOf('e-mail')?.chars.join('')).toBe('e-mail');
    expect(keyOf('#LI-Remote')?.chars.join('')).toBe('#li-remo');
  });

  it('keys a whole-word list by the last piece, marked to end a word', () => {
    expect(keyOf('a plus', true)).toEqual({ chars: ['p', 'l', 'u', 's'], last: true });
    expect(keyOf('BA', true)).toEqual({ chars: ['b', 'a'], last: true });
    expect(keyOf('Berufserfahrung', true)?.last).toBe(false);
    expect(keyOf('Abschluss als', true)?.chars.join('')).toBe('abschlus');
  });

  it('has no key for a word of spaces only', () => {
    expect(keyOf('   ')).toBeNull();
  });
});

describe('keysOf', () => {
  it('gives a phrase a second key, its longest other piece of three letters or more', () => {
    const keys = (w: string, whole = false) => keysOf(w, whole)?.map((k) => k.chars.join(''));
    expect(keys('work from home')).toEqual(['work', 'from']);
    expect(keys('travail à domicile')).toEqual(['domicile', 'travail']);
    expect(keys('Arbeit im Homeoffice')).toEqual(['homeoffi', 'arbeit']);
    expect(keys('a plus')).toEqual(['plus']);
    expect(keys('Isla de')).toEqual(['isla']);
    expect(keys('Homeoffice')).toEqual(['homeoffi']);
  });

  it('marks the second key whole only when it is the last piece of a whole-word list', () => {
    expect(keysOf('Erfahrung von Vorteil', true)).toEqual([
      { chars: [...'vorteil'], last: true },
      { chars: [...'erfahrun'], last: false },
    ]);
    expect(keysOf('fluent in', true)?.[1]).toBeUndefined();
  });
});

describe('mayStart', () => {
  const look = startLook(['completed degree', 'télétravail', 'a plus', 'Homeoffice']);

  it('says maybe for each word at a word start, whatever its case', () => {
    for (const text of [
      'Candidates with a COMPLETED DEGREE only',
      'Deux jours de Télétravail par semaine',
      'SQL is a plus.',
      '(Homeoffice möglich)',
      '2 Tage/Homeoffice',
    ]) {
      expect(mayStart(text, look), text).toBe(true);
    }
  });

  it('says no where no word starts', () => {
    for (const text of [
      'Our company builds software',
      'We work from the office in Lyon',
      'surplus stock',
      'officeHomeoffice',
    ]) {
      expect(mayStart(text, look), text).toBe(false);
    }
  });

  it('says maybe for a phrase only where both of its keys start a word', () => {
    const phrases = startLook(['work from home', 'travail à domicile', 'remote']);
    expect(mayStart('You may work from home two days a week', phrases)).toBe(true);
    expect(mayStart('Le travail à domicile est possible', phrases)).toBe(true);
    expect(mayStart('Fully REMOTE', phrases)).toBe(true);
    // One key alone is not enough: "work" without "from", "travail" without "domicile".
    expect(mayStart('You will work with our sales team', phrases)).toBe(false);
    expect(mayStart('Un travail passionnant', phrases)).toBe(false);
    // Both keys from two different phrases still say maybe (never a false no).
    expect(mayStart('Work, then travail', phrases)).toBe(true);
  });

  it('with a second list, says maybe only where a word of each starts', () => {
    const days = startLook(['days', 'jours', 'Tage'], true, {
      words: ['in the office', 'au bureau', 'im Büro'],
      whole: true,
    });
    expect(mayStart('Two days a week in the office', days)).toBe(true);
    expect(mayStart('2 Tage pro Woche im Büro', days)).toBe(true);
    expect(mayStart('Deux jours au bureau', days)).toBe(true);
    expect(mayStart('We close the books in days, not weeks', days)).toBe(false);
    expect(mayStart('Our office in Lyon', days)).toBe(false);
  });

  it('answers the same whichever order the texts are asked about in', () => {
    const texts = [
      'Deux jours de télétravail',
      'Our company builds software',
      'SQL is a plus.',
      'surplus stock',
      'Homeoffice möglich',
      ...Array.from({ length: 30 }, (_, i) => `Filler sentence number ${i}`),
      'A completed degree in nursing',
    ];
    const expected = texts.map((t) => /télétravail|a plus|Homeoffice|completed degree/.test(t));
    // In turn, as the readers walk the sentences (indexed first, in their order).
    indexInOrder(texts);
    expect(texts.map((t) => mayStart(t, look))).toEqual(expected);
    // Backwards, skipping far ahead, and asked twice in a row.
    const backwards = [...texts.keys()].reverse();
    expect(backwards.map((i) => mayStart(texts[i] as string, look))).toEqual(
      backwards.map((i) => expected[i]),
    );
    const jumps = [0, 35, 2, 2, 20, 4, 1];
    expect(jumps.map((i) => mayStart(texts[i] as string, look))).toEqual(
      jumps.map((i) => expected[i]),
    );
    // A copy of a text (equal, not the same string) and a text never indexed.
    expect(mayStart(`${'SQL is a'} plus.`, look)).toBe(true);
    expect(mayStart('Never indexed: a plus', look)).toBe(true);
    expect(mayStart('Never indexed either', look)).toBe(false);
  });

  it('answers for each list on its own', () => {
    const other = startLook(['Schichtdienst']);
    expect(mayStart('Schichtdienst am Wochenende', other)).toBe(true);
    expect(mayStart('Schichtdienst am Wochenende', look)).toBe(false);
    expect(mayStart('Homeoffice möglich', other)).toBe(false);
  });
});

/** Texts where the words sit in every position a pattern may find them: cases, marks, runs. */
function variantsOf(word: string): string[] {
  const w = word.trim();
  return [
    w,
    w.toUpperCase(),
    w.toLowerCase(),
    `- ${w}.`,
    `(${w})`,
    `x${w}`,
    `9${w}`,
    `«${w}»`,
    w.replace(/ /g, '   '),
    `“${w.toUpperCase()}”, 2`,
  ];
}

describe('whole-word lists', () => {
  const short = startLook(['BA', 'MSc', 'est un plus'], true);

  it('find a short word only where no letter follows it', () => {
    expect(mayStart('BA or BS', short)).toBe(true);
    expect(mayStart('(MSc)', short)).toBe(true);
    expect(mayStart('ba.', short)).toBe(true);
    expect(mayStart('Le SQL est un plus.', short)).toBe(true);
    expect(mayStart('based in Leeds', short)).toBe(false);
    expect(mayStart('MScs', short)).toBe(false);
    expect(mayStart('plusieurs années', short)).toBe(false);
  });
});

describe('patterns behind the look match as without it', () => {
  const picks = [
    (l: (typeof LEXICONS)[number]) => l.preference.trailing,
    (l: (typeof LEXICONS)[number]) => l.preference.leading,
    (l: (typeof LEXICONS)[number]) => l.education.experienceInstead,
    (l: (typeof LEXICONS)[number]) => l.education.notAsked,
    (l: (typeof LEXICONS)[number]) => l.workplace.remotePhrases,
    (l: (typeof LEXICONS)[number]) => l.employment.partTime,
  ];

  it('latinWords: every lexicon word, in every variant', () => {
    let compared = 0;
    for (const pick of picks) {
      const looked = latinWords(pick);
      const plain = new RegExp(looked.source, looked.flags);
      for (const l of LEXICONS) {
        for (const word of pick(l)) {
          for (const text of variantsOf(word)) {
            expect(looked.test(text), `${text} /${plain.source.slice(0, 40)}`).toBe(
              plain.test(text),
            );
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('wordsRegex: every lexicon word, in every variant', () => {
    for (const pick of picks) {
      const looked = wordsRegex(pick);
      const plain = new RegExp(looked.source, looked.flags);
      for (const l of LEXICONS) {
        for (const word of pick(l)) {
          for (const text of variantsOf(word)) {
            expect(looked.test(text), text).toBe(plain.test(text));
            expect(looked.exec(text)?.index, text).toBe(plain.exec(text)?.index);
          }
        }
      }
    }
  });

  it('keeps the pattern source, flags and lookbehind', () => {
    const looked = latinWords((l) => l.education.notAsked);
    expect(looked.source.startsWith(`(?<![${LATIN}])`)).toBe(true);
    expect(looked.flags).toBe('i');
  });
});

describe('every pattern behind a word-start look', () => {
  it('matches as the same pattern without it, on every fixture sentence and on its own words', async () => {
    await import('../index');
    const { lookedPatterns } = await import('./gate');
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { normalize } = await import('./normalize');
    const { splitSentences } = await import('./text');
    const root = join(__dirname, '..', 'fixtures');
    const dirs = [root, join(root, 'quality-a'), join(root, 'quality-b'), join(root, 'quality-c')];
    const sentences = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .flatMap((f) =>
          splitSentences(normalize(readFileSync(join(dir, f), 'utf8')).text).map((s) => s.text),
        ),
    );
    const patterns = lookedPatterns();
    expect(patterns.length).toBeGreaterThan(40);
    let matched = 0;
    for (const { pattern, words, also } of patterns) {
      const plain = new RegExp(pattern.source, pattern.flags);
      // A pattern with a second list: each word beside a word of it, both ways round.
      const pairs = also?.length
        ? words.flatMap((w, i) => {
            const other = also[i % also.length] as string;
            return [`${w} ${other}`, `${other} ${w}`, `2 ${w} ${other}`];
          })
        : [];
      const texts = [...sentences, ...words.flatMap(variantsOf), ...pairs.flatMap(variantsOf)];
      for (const text of texts) {
        const want = plain.exec(text);
        const got = pattern.exec(text);
        if (want) matched++;
        if (got?.index !== want?.index) {
          expect(`${got?.index} in ${text}`).toBe(`${want?.index} in ${text}`);
        }
      }
    }
    // The comparison saw real matches, not only misses.
    expect(matched).toBeGreaterThan(1000);
  }, 120_000);
});

describe('textMayStart: one look over the whole text', () => {
  it('says "maybe" until every sentence is indexed, then whether any sentence may hold a word', () => {
    const island = startLook(['island of', 'Insel']);
    forgetPosting();
    indexInOrder(['We hire in Leeds.', 'Our team builds software.']);
    // Not yet told that the index covers the text.
    expect(textMayStart(island)).toBe(true);
    indexedWholeText();
    expect(textMayStart(island)).toBe(false);
    forgetPosting();
    indexInOrder(['Our team builds software.', 'You will work on the Island of Skye.']);
    indexedWholeText();
    expect(textMayStart(island)).toBe(true);
    // A new posting starts with no answer.
    forgetPosting();
    expect(textMayStart(island)).toBe(true);
  });
});
