import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode as isSpace } from '../../pipeline/chars';
import { foldedHash, scanTokens, TokenBuffer, tokenize } from './tokens';

/** The pattern the hand-written scanner stands for (see tokens.ts), and its gap rules. */
const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{N}_+#]*(?:\.[\p{L}\p{N}][\p{L}\p{N}_+#]*){0,4}|\.[\p{L}][\p{L}\p{N}]{0,9}/gu;
const SPACE_GAP = /^[\s\-–]{1,6}$/;
const SLASH_GAP = /^\s{0,2}\/\s{0,2}$/;
const AMP_GAP = /^\s{0,2}&\s{0,2}$/;
const APOSTROPHE_GAP = /^['\u2019\u02bc]$/;

function byPattern(text: string) {
  const out: { text: string; start: number; end: number; join: string | null }[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const gap = prevEnd < 0 ? null : text.slice(prevEnd, start);
    let join: string | null = null;
    if (gap !== null && SPACE_GAP.test(gap)) join = ' ';
    else if (gap !== null && SLASH_GAP.test(gap)) join = '/';
    else if (gap !== null && AMP_GAP.test(gap)) join = '&';
    else if (gap !== null && APOSTROPHE_GAP.test(gap)) join = "'";
    out.push({ text: m[0], start, end: start + m[0].length, join });
    prevEnd = start + m[0].length;
  }
  return out;
}

describe('tokenize', () => {
  it.each([
    'Solid Node.js and ASP.NET Core, a bit of C++ / C# and .NET 8 (CI/CD, T-SQL).',
    'Gute Kenntnisse in SAP S/4HANA & MS-Office – Führerschein Klasse B.',
    'Maîtrise de Python; connaissance de R&D et Git–GitHub appréciée.',
    'Experiencia con Node.js v18.2.1.4.5.6 y scikit-learn: imprescindible.',
    'Conoscenza di Excel  /  Power BI, 𝐏𝐲𝐭𝐡𝐨𝐧 e 😀 emoji.',
    'Ervaring met .abcdefghijklmnop en a.b.c.d.e.f.g',
    "A cook's permit, l’expérience d'Excel and Analyst\u02bcs Notebook; ' lone '' quotes.",
  ])('cuts %s as the token pattern does', (text) => {
    expect(tokenize(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on any text', () => {
    const piece = fc.constantFrom(
      ..."aZé5٣./&-–'’ \u00a0\u2003\t\n_+#,İK𝐀😀ß中\u0301(\ud800\udc00".split(''),
      'Go',
      'Node.js',
      ' and ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows white space as the language does', () => {
    for (let c = 0; c < 0x10000; c++) {
      expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    }
  });
});

describe('TokenBuffer', () => {
  it('holds each token with its folded hash, taken while cutting', () => {
    const piece = fc.constantFrom(
      ...'aZé5٣./&-– \u00a0_+#,İK𝐀😀ß(\ud800'.split(''),
      'Node.js',
      'A.b.C.d.E.f',
      '.NET',
    );
    const buffer = new TokenBuffer();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        scanTokens(text, buffer);
        for (let i = 0; i < buffer.count; i++) {
          const start = buffer.starts[i] as number;
          const end = buffer.ends[i] as number;
          expect(buffer.hashes[i]).toBe(foldedHash(text, start, end));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a short sentence right after a huge one, and gives the memory back', () => {
    const buffer = new TokenBuffer();
    scanTokens('Go, Rust and C++ '.repeat(40_000), buffer);
    expect(buffer.count).toBe(160_000);
    scanTokens('Kotlin or Java', buffer);
    expect(buffer.starts.length).toBe(64);
    expect([...buffer.starts.slice(0, buffer.count)]).toEqual([0, 7, 10]);
    expect([...buffer.ends.slice(0, buffer.count)]).toEqual([6, 9, 14]);
  });
});
