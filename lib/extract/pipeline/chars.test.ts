import { describe, expect, it } from 'vitest';
import { escapeRegex, flatSlice, isSpaceCode } from './chars';
import { splitSentences } from './text';

describe('sentences point into the text', () => {
  it('keeps every sentence equal to its slice of the text', () => {
    const text = [
      'Anforderungen',
      '• Mindestens 3 Jahre Erfahrung – idealerweise im Vertrieb',
      '• Gehalt: 4.000 € pro Monat',
      'Requirements: 5+ years of Go; fluent English.',
    ].join('\n');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(2);
    for (const s of sentences) expect(s.text).toBe(text.slice(s.start, s.end));
  });
});

describe('isSpaceCode', () => {
  it('agrees with \\s on every code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('flatSlice', () => {
  it('gives the same characters as a slice, short or long, one or two bytes a character', () => {
    const text = 'Erfahrung mit Kubernetes • gute Deutschkenntnisse, idealerweise Französisch';
    for (const [start, end] of [
      [0, 0],
      [0, 5],
      [3, 40],
      [10, text.length],
      [0, text.length],
    ] as const) {
      expect(flatSlice(text, start, end)).toBe(text.slice(start, end));
    }
  });
});

describe('escapeRegex', () => {
  it('makes a name with regex characters match itself and nothing wider', () => {
    for (const name of ['C++ (R&D)', 'S.p.A.', 'Node.js', '[Acme] $5*', 'a|b?']) {
      const re = new RegExp(`^${escapeRegex(name)}$`);
      expect(re.test(name)).toBe(true);
    }
    expect(new RegExp(escapeRegex('S.p.A.')).test('SxpxAx')).toBe(false);
  });
});
