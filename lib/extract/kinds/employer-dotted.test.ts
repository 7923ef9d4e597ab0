import { describe, expect, it } from 'vitest';
import { employerWithForm } from './employer';

/** "Inc.", "Ltd.", "Corp." keep the dot they are written with, even at a sentence's end. */
describe('a legal form written with its dot', () => {
  it.each([
    [
      'Our sales team at Harbor Tools Inc. is growing. Join Harbor Tools Inc. today.',
      'Harbor Tools Inc.',
    ],
    ['Apply now and join Brightwave Ltd.', 'Brightwave Ltd.'],
    ['Die Stelle ist bei der Kern Holz GmbH angesiedelt.', 'Kern Holz GmbH'],
  ])('%s', (text, name) => {
    expect(employerWithForm(text)).toBe(name);
  });
});
