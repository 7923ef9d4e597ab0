import { describe, expect, it } from 'vitest';
import { leadClass, withLeadLook } from './lead';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('leadClass', () => {
  it('collects the first character of every branch, past assertions and into groups', () => {
    expect(leadClass(String.raw`\b(?:Canada|Ontario)\b|, (?:AB|BC)`)).toBe('[CO,]');
    expect(leadClass('(?<!New )(?<x>Mexico|[Jj]alisco)')).toBe('[MJj]');
    expect(leadClass(String.raw`(?<![\p{L}])\d+ ans|\p{Lu}x`)).toBe(String.raw`[\d\p{Lu}]`);
    expect(leadClass(String.raw`\(k\)|a-b|\]x|\^y`)).toBe(String.raw`[\(a\]\^]`);
  });

  it('keeps a written code point whole', () => {
    expect(leadClass(String.raw`\u00C9cole|\x41b|\u{1F600}`)).toBe(
      String.raw`[\u00C9\x41\u{1F600}]`,
    );
  });

  it('gives up where a match may start anywhere or be empty', () => {
    for (const source of [
      '(?:a|)b',
      '.x',
      'a?b',
      'a*',
      String.raw`\1a`,
      '[^a]b',
      '(?:ab)?c',
      'x{0,2}y',
      '',
    ]) {
      expect(leadClass(source), source).toBeNull();
    }
  });
});

describe('withLeadLook', () => {
  const patterns = [
    /(?<US>\b(?:United States|USA|US|401\(k\))(?![A-Za-z])|(?<!, (?:ON|QC)), (?:CA|NY)\b)|(?<BR>\b(?:Brasil|[Vv]ale[- ]transporte))/g,
    /(?<![\p{L}])(?:télétravail|home ?office|remote)/giu,
    /\b(?:\d{1,2}\+?\s?(?:years|ans|Jahre))/g,
  ];
  const texts = [
    'Based in Toronto, ON, CA; 401(k) match. Remote within the USA, US-only; Plano, TX or Albany, NY.',
    'Vale-transporte e vale transporte; Brasil. Télétravail 2 jours, HOME OFFICE möglich, homeoffice.',
    '5+ years, 3 ans, 10 Jahre; USAF, Austin, CAx, , CA',
  ];

  it('finds exactly what the pattern alone finds', () => {
    for (const re of patterns) {
      const fast = withLeadLook(re);
      expect(fast.source).not.toBe(re.source);
      expect(fast.flags).toBe(re.flags);
      for (const text of texts) expect(all(fast, text), `${re} on ${text}`).toEqual(all(re, text));
    }
  });

  it('keeps a pattern it cannot tell the start of as it is', () => {
    const re = /(?:x|)y/g;
    expect(withLeadLook(re)).toBe(re);
  });
});
