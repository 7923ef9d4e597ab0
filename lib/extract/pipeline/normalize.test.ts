import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

describe('normalize: entities', () => {
  it('decodes an entity whose ";" comes within its ten characters, and keeps the way back', () => {
    const src = 'Salaire&nbsp;: 40&#160;000&nbsp;€ &amp; primes';
    const n = normalize(src);
    expect(n.text).toBe('Salaire : 40 000 € & primes');
    const amp = n.text.indexOf('&');
    expect(src.slice(n.map[amp], n.ends[amp])).toBe('&amp;');
  });

  it('leaves an "&" without a near ";" as it is ("Forschung & Entwicklung; Vertrieb")', () => {
    const src = 'Forschung & Entwicklung; Vertrieb &verylongname; I+D';
    expect(normalize(src).text).toBe(src);
  });

  it('stays linear on a long run of "&" with no ";" after them', () => {
    const src = `${'& '.repeat(200_000)};`;
    const start = performance.now();
    expect(normalize(src).text).toBe(src);
    // Quadratic (every '&' searching to the end) would take minutes here.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('normalize: special characters side by side', () => {
  it('reads each of several neighbours once, escapes and entities included', () => {
    const src = '\\*\\*Gehalt\\*\\*&nbsp;&amp;&amp;\r\n\r\n’Télétravail’\u200b\u00a0\\\\x\\';
    const n = normalize(src);
    expect(n.text).toBe("**Gehalt** &&\n\n'Télétravail' \\x\\");
    // Every character still leads back to where it started in the source.
    expect(src.slice(n.map[0], n.ends[0])).toBe('\\*');
    const amp = n.text.indexOf('&');
    expect(src.slice(n.map[amp], n.ends[amp + 1])).toBe('&amp;&amp;');
    expect(n.map[n.text.length]).toBe(src.length);
  });

  it('maps a text without any special character one to one', () => {
    const src = 'Entwickler:in (m/w/d) – Python, 5 ans d’expérience'.replace('’', 'e');
    const n = normalize(src);
    expect(n.text).toBe(src);
    expect(Array.from(n.map)).toEqual(Array.from({ length: src.length + 1 }, (_, i) => i));
  });
});
