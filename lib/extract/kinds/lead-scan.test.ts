import { describe, expect, it } from 'vitest';
import { LeadScan } from './lead-scan';

/** Every match of a global pattern, as index, text and groups. */
function allOf(next: { exec(t: string): RegExpExecArray | null; lastIndex: number }, text: string) {
  const out: unknown[] = [];
  next.lastIndex = 0;
  for (let m = next.exec(text); m; m = next.exec(text)) {
    out.push([m.index, [...m], { ...m.groups }, next.lastIndex]);
  }
  out.push(next.lastIndex);
  return out;
}

const TEXTS = [
  '',
  'no word here',
  'Bachelor or master, masters, ABachelor, bachelor',
  'Ausbildung als Elektroniker; eine Ausbildungsstelle',
  '5 years, 3-5 Jahre, 10ans, a5 years, 2.5 years, x,3 years',
  'déjà-vu: écoledoctorat doctorat; Ödoctorat 𝒳doctorat doctorat𝒳',
  'BA BS BAS bBA 𝐁BA BA𝐁 /BA MS',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
];

const PATTERNS = [
  /(?<![a-zà-ÿ])(?:(?<high>master|doctorat)|(?<low>bachelor))(?![a-zà-ÿ])/gi,
  /(?<![a-z])(?:ausbildung)(?:\s{1,2}|(?<=['’]))([a-z]{4,24})(?![a-z])/gi,
  /(?<![a-z\d.,])(\d{1,2}(?:[.,]5)?)(?:\s?-\s?(\d{1,2}))?\s{0,2}(?:(years?|jahre)|(ans))(?![a-z])/gi,
  /(?<![\p{L}/])(BAS|BA|BS|MS)(?![\p{L}\d])/gu,
  /(?<!\p{L})(?<!\d)(?:doctorat)(?!\p{L})/giu,
];

describe('LeadScan', () => {
  it('finds every match of the whole pattern, groups and lastIndex included', () => {
    for (const pattern of PATTERNS) {
      const scan = new LeadScan(new RegExp(pattern.source, pattern.flags));
      for (const text of TEXTS) {
        expect(allOf(scan, text), `${pattern} on ${text}`).toEqual(allOf(pattern, text));
      }
    }
  });

  it('starts where lastIndex says, looking behind it as the pattern does', () => {
    const pattern = /(?<![a-z])(?:bachelor)/gi;
    const scan = new LeadScan(new RegExp(pattern.source, pattern.flags));
    for (const from of [0, 1, 3, 12, 13, 20]) {
      pattern.lastIndex = from;
      scan.lastIndex = from;
      expect(scan.exec('xbachelor  bachelorbachelor')?.index).toBe(
        pattern.exec('xbachelor  bachelorbachelor')?.index,
      );
    }
  });

  it('refuses a pattern it would read differently', () => {
    expect(() => new LeadScan(/(?<!a)b|c/g)).toThrow();
    expect(() => new LeadScan(/bc/g)).toThrow();
    expect(() => new LeadScan(/(?<!a)b/)).toThrow();
  });
});
