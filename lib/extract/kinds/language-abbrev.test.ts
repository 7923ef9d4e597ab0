import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractLanguages } from './language';

function langs(text: string, section: Sentence['section'] = 'required') {
  return extractLanguages({ text, start: 0, end: text.length, heading: null, section }).map((f) =>
    f.kind === 'language' ? [f.language, f.cefr] : [],
  );
}

/** An abbreviation's full stop between a language and its level does not end the level's window. */
describe('a level after an abbreviation', () => {
  it.each([
    ['Sehr gute Deutschkenntnisse (mind. C1)', [['de', 'C1']]],
    [
      'Englischkenntnisse (mind. B2), Französisch von Vorteil',
      [
        ['en', 'B2'],
        ['fr', null],
      ],
    ],
    ['Strong written English (min. C1)', [['en', 'C1']]],
    ['Conocimientos de inglés (aprox. B2)', [['en', 'B2']]],
  ])('%s', (text, expected) => {
    expect(langs(text)).toEqual(expected);
  });

  it('still ends the window at a full stop of the sentence', () => {
    expect(langs('Fluent English. Our office language is C1 level')).toEqual([['en', null]]);
  });
});
