import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { readsAsProse } from './prose-line';

describe('readsAsProse: a strap line, not a name', () => {
  it.each([
    'Shape the future of secure payments infrastructure',
    'Help us build healthier neighbourhoods together',
    'Make your mark on sustainable travel',
  ])('%s', (line) => {
    expect(readsAsProse(line)).toBe(true);
  });

  it.each([
    'Society for the Prevention of Cruelty to Animals',
    'Department for Environment, Food and Rural Affairs',
    'Bank of the West',
    'Société canadienne d’hypothèques et de logement',
    'dipartimento per la trasformazione digitale',
    'Bundesamt für die Sicherheit in der Informationstechnik',
  ])('%s', (line) => {
    expect(readsAsProse(line)).toBe(false);
  });
});

describe('extract: the strap line under a title', () => {
  it('is neither the employer nor the end of the header', () => {
    const text =
      'Platform Engineer\nShape the future of secure payments infrastructure\nFull-time\n' +
      'Dublin: office, remote, hybrid\n\nYou will run our Kubernetes clusters.';
    const { posting } = extract({ text });
    expect(posting.company).toBeNull();
    expect(posting.locations).toEqual(['Dublin']);
  });
});
