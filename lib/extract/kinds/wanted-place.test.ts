import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { unwanted } from './title-trim';

describe('a want-ad word between the title and its place', () => {
  it.each([
    ['Barista wanted in Bristol', 'Barista in Bristol'],
    ['Schoonmaker gezocht in Arnhem', 'Schoonmaker in Arnhem'],
    ['Plongeur recherché à Nantes', 'Plongeur à Nantes'],
  ])('%s', (title, expected) => {
    expect(unwanted(title)).toBe(expected);
  });

  it('leaves a title whose word is the want-ad word alone', () => {
    expect(unwanted('Wanted in Bristol')).toBe('Wanted in Bristol');
  });

  it.each([
    ['Barista wanted in Bristol\n\nWe roast our own beans.', 'Barista', 'Bristol'],
    ['Schoonmaker gezocht in Arnhem\n\nWij maken kantoren schoon.', 'Schoonmaker', 'Arnhem'],
  ])('reads the title and the place of %j', (text, title, town) => {
    const { posting } = extract({ text });
    expect(posting.title).toBe(title);
    expect(posting.locations).toEqual([town]);
  });
});
