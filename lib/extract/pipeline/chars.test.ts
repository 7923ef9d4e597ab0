import { describe, expect, it } from 'vitest';
import { isSpaceCode, ownCopy } from './chars';
import { splitSentences } from './text';

describe('ownCopy', () => {
  it('gives back the same characters, whatever they are', () => {
    const samples = [
      '',
      'plain words',
      'Quotes "inside", a back\\slash and a tab\there',
      'Lignes\net retours\r\nà la ligne',
      'Gehalt ab 50.000 € brutto – Vollzeit',
      'emoji 🧑‍💻 and a lone high surrogate \ud83d and a lone low one \ude00',
      '\u0000\u001f control characters \u2028\u2029',
    ];
    for (const s of samples) {
      const copy = ownCopy(s);
      expect(copy).toBe(s);
      expect(copy.length).toBe(s.length);
    }
  });

  it('copies a slice of a longer text that holds wide characters', () => {
    const text = `Salaire : 45 000 € par an.\nMaîtrise de l'anglais requise.`;
    const cut = text.slice(text.indexOf('Maîtrise'));
    expect(ownCopy(cut)).toBe("Maîtrise de l'anglais requise.");
  });
});

describe('sentences are own copies that still point into the text', () => {
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
