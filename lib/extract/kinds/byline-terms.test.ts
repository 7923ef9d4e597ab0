import { describe, expect, it } from 'vitest';
import { parseByline, WORK_WORDS } from './byline';

/** A byline's work-model and contract parts (lexicon posting.bylineTerms), whole words only. */

describe('byline terms', () => {
  it.each([
    'Full-time',
    'Hybrid',
    'Vollzeit',
    'Homeoffice möglich',
    'CDI',
    'Télétravail partiel',
    'Tiempo completo',
    'Smart working',
    'Híbrido',
    'Vast',
    'Parttime',
    '40 uur',
  ])('"%s" is a work model or contract', (part) => {
    expect(WORK_WORDS.test(part)).toBe(true);
  });

  it.each([
    'Contractors United',
    'Permanente Medical',
    'Remotely',
    'Stagecoach',
    'Vastgoed Partners',
  ])('"%s" opens with such a word but is a name', (part) => {
    expect(WORK_WORDS.test(part)).toBe(false);
  });

  it('keeps a company whose name opens with a contract word', () => {
    expect(parseByline('Contractors United · Austin, TX · Contract')).toEqual({
      company: 'Contractors United',
      location: 'Austin, TX',
    });
    expect(parseByline('Remotely · Berlin · Vollzeit')).toEqual({
      company: 'Remotely',
      location: 'Berlin',
    });
  });

  it('skips the terms after a place', () => {
    expect(parseByline('Utrecht · Vast · 40 uur')).toEqual({ company: null, location: 'Utrecht' });
    expect(parseByline('Lyon · CDI · Télétravail partiel')).toEqual({
      company: null,
      location: 'Lyon',
    });
  });
});
