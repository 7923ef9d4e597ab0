import { describe, expect, it } from 'vitest';
import { gated, warmLater, warmPatterns, withoutLeadingLookbehind } from './gate';

describe('withoutLeadingLookbehind', () => {
  it('drops every opening lookbehind, classes and nested groups included', () => {
    expect(withoutLeadingLookbehind('(?<![\\p{L}\\p{N}])(?:cat|dog)')).toBe('(?:cat|dog)');
    expect(withoutLeadingLookbehind('(?<!(?:not|no)[\\s-]{1,2})(?<![)\\]])x')).toBe('x');
    expect(withoutLeadingLookbehind('(?<=\\()y')).toBe('y');
  });

  it('keeps patterns it cannot safely shorten', () => {
    expect(withoutLeadingLookbehind('(?:cat)(?<!x)')).toBeNull();
    expect(withoutLeadingLookbehind('(?<!x)')).toBeNull();
    // A group captured inside the lookbehind may be referred to later.
    expect(withoutLeadingLookbehind('(?<!(a))b\\1')).toBeNull();
    expect(withoutLeadingLookbehind('(?<!(?<k>a))b')).toBeNull();
    expect(withoutLeadingLookbehind('(?<!a')).toBeNull();
  });
});

describe('gated', () => {
  const sources: [string, string][] = [
    ['(?<![\\p{L}\\p{N}])(?:télétravail|Homeoffice|remoto)(?![\\p{L}\\p{N}])', 'iu'],
    ['(?<!(?:kein|pas de|sin)\\s)(?<![\\p{L}])(?:Umzug|déménagement|mudanza)', 'iu'],
    ['(?<![A-Za-z])(?<level>bachelor|licence|grado)\\s(\\w+)', 'i'],
  ];
  const texts = [
    'Télétravail possible deux jours par semaine',
    'teletravail sans accent',
    'Wir bieten Homeoffice an',
    'Kein Homeoffice, aber Umzug bezahlt',
    'pas de déménagement prévu',
    'Aiuto per la mudanza e lavoro da remoto',
    'unremoto ist kein Wort',
    'Bachelor of Science oder Licence professionnelle',
    'sin mudanza',
    '',
  ];

  it('answers exactly as the pattern it wraps, for test, exec, match and replace', () => {
    for (const [source, flags] of sources) {
      const plain = new RegExp(source, flags);
      const fast = gated(new RegExp(source, flags));
      expect(fast).not.toBe(plain);
      expect(fast.source).toBe(plain.source);
      expect(fast.flags).toBe(plain.flags);
      for (const t of texts) {
        expect(fast.test(t)).toBe(plain.test(t));
        expect(fast.exec(t)).toEqual(plain.exec(t));
        expect(t.match(fast)).toEqual(t.match(plain));
        expect(t.replace(fast, '<$&>')).toBe(t.replace(plain, '<$&>'));
        expect(t.search(fast)).toBe(t.search(plain));
        expect(t.split(fast)).toEqual(t.split(plain));
      }
    }
  });

  it('leaves global, sticky and lookbehind-free patterns as they are', () => {
    for (const re of [/(?<!a)b/g, /(?<!a)b/y, /b(?<!a)/, /^(?<!a)b/]) expect(gated(re)).toBe(re);
  });
});

describe('warmPatterns', () => {
  it('runs registered patterns (in lists and records too) without changing what they match', () => {
    const sticky = /Gehalt/y;
    sticky.lastIndex = 4;
    const global = /sueldo/gi;
    const table = [['salaire', /salaire/i]] as const;
    warmLater(sticky, { global }, table, 'not a pattern', null);
    warmPatterns();
    warmPatterns();
    expect(sticky.lastIndex).toBe(4);
    expect(global.lastIndex).toBe(0);
    expect('Sueldo bruto y sueldo neto'.match(global)).toEqual(['Sueldo', 'sueldo']);
    expect(table[0][1].test('Un SALAIRE fixe')).toBe(true);
  });
});
