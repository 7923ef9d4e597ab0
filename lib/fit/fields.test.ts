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

describe('fields written in other languages', () => {
  it.each([
    ['développement de logiciels', 'software development'],
    ["rôles liés à l'informatique ou au développement web", 'software engineering'],
    ['desenvolvimento de sistemas', 'software development'],
    ['Softwareentwicklung', 'backend development'],
    ['webontwikkelaar', 'software development'],
    ['Informatik', 'computer science'],
    ['Ciência da Computação', 'computer science'],
    ['funciones de ventas', 'B2B sales'],
    ['vendite e marketing', 'digital marketing'],
    ['Enfermería', 'nursing'],
    ['soins infirmiers en milieu hospitalier', 'nursing'],
    ['Lohnbuchhaltung', 'accounting'],
    ['contabilità', 'bookkeeping'],
    ['service client', 'customer support'],
    ['Kundenservice', 'help desk'],
    ['gestion de projets', 'project management'],
    ['recursos humanos', 'recruiting'],
    ['Análise e Desenvolvimento de Sistemas', 'computer science'],
  ])('"%s" is met by a profile field "%s"', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(true);
  });

  it.each([
    ['ventes', 'customer support'],
    ['comptabilité', 'software development'],
    ['Krankenpflege', 'accounting'],
    ['gestion de projets', 'product management'],
    ['e-commerce', 'computer science'],
    ['Civil Engineering', 'computer science'],
    ['génie civil', 'software development'],
    ['Análise e Desenvolvimento de Sistemas', 'statistics'],
  ])('"%s" is not met by "%s"', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(false);
  });

  it("splits alternatives at each language's 'and' and 'or', between spaces only", () => {
    expect(fieldAlternatives('ventas y marketing').map((s) => [...s])).toEqual([
      ['sales'],
      ['marketing'],
    ]);
    expect(fieldAlternatives('e-commerce').map((s) => [...s])).toEqual([['ecommerce']]);
  });
});

describe('words that are also names of object properties', () => {
  it('reads them as words', () => {
    expect([...fieldWords('constructor work')]).toEqual(['constructor']);
    expect(fieldMatches('constructor', 'software development')).toBe(false);
  });
});
