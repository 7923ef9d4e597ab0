import { describe, expect, it } from 'vitest';
import { fieldAlternatives, fieldMatches, fieldWords, whyRelated } from './fields';

describe('fieldMatches', () => {
  it.each([
    ['customer support', 'customer service'],
    ['senior customer support role', 'customer service'],
    ['senior customer support role', 'support operations'],
    ['support operations', 'Customer Care'],
    ['IT support', 'Help Desk'],
    ['marketing, advertising, digital', 'digital marketing'],
    ['marketing', 'Digital Marketing'],
    ['software engineering', 'software engineer'],
    ['data analysis', 'data analytics'],
    ['account management', 'account manager'],
    ['Marketing/Communication', 'communication'],
    ['sales and marketing', 'B2B sales'],
    ['handling user reports and/or high-priority support escalations', 'customer support'],
    ['operational and/or support role', 'Operations Coordinator'],
  ])('"%s" is met by a profile field "%s"', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(true);
  });

  it.each([
    ['customer support', 'customer success'],
    ['product management', 'project management'],
    ['marketing', 'software engineering'],
    ['senior customer support role', 'accounting'],
    ['data engineering', 'data entry'],
    ['working on multiple projects simultaneously', 'digital marketing'],
    ['customer support', 'customer'],
    ['working with Service Cloud', 'customer support'],
    ['public service', 'customer support'],
  ])('"%s" is not met by "%s"', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(false);
  });

  it('ignores accents and filler words', () => {
    expect([...fieldWords('Relevant experience in Télécommunications')]).toEqual([
      'telecommunications',
    ]);
  });

  it('splits a posting field into its alternatives', () => {
    expect(fieldAlternatives('marketing, advertising, digital').map((s) => [...s])).toEqual([
      ['marketing'],
      ['advertising'],
      ['digital'],
    ]);
  });

  it('never matches an empty profile field', () => {
    expect(fieldMatches('marketing', 'the')).toBe(false);
  });
});

describe('kinds of software development', () => {
  it.each([
    ['backend', 'software development'],
    ['Back-end development', 'software engineering'],
    ['front end', 'Software Development'],
    ['full stack', 'software engineering'],
    ['software engineering', 'backend'],
    ['software development', 'Front-End'],
    ['software engineering', 'full-stack'],
  ])('"%s" is related to "%s", with the reason written down', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(true);
    expect(whyRelated(asked, have)).toMatch(/software development/);
  });

  it('keeps sibling kinds apart and unrelated work out', () => {
    expect(fieldMatches('backend', 'frontend')).toBe(false);
    expect(fieldMatches('full stack', 'customer support')).toBe(false);
    expect(whyRelated('frontend', 'accounting')).toBeNull();
  });
});
