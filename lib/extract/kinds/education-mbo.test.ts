import { describe, expect, it } from 'vitest';
import { extractEducation } from './education';

function levels(text: string) {
  return extractEducation({
    text,
    start: 0,
    end: text.length,
    heading: null,
    section: null,
  }).flatMap((f) => (f.kind === 'education' ? [f.level] : []));
}

/** Dutch care diplomas give their MBO level in brackets, without "mbo". */
describe('an MBO level in brackets', () => {
  it.each([
    'Een afgeronde opleiding Verzorgende IG (niveau 3)',
    'Diploma Helpende Zorg en Welzijn (niveau 2)',
    'Je hebt de opleiding MBO-Verpleegkunde afgerond (niveau 4)',
  ])('%s', (text) => {
    expect(levels(text)).toEqual(['vocational']);
  });

  it('leaves a level that is no diploma’s', () => {
    expect(levels('Je spreekt Engels op niveau 3')).toEqual([]);
  });
});
