import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../lexicon/build';
import { detectLanguage } from './lang';

/** The plain reading detectLanguage must agree with: a regex over the lower-cased text. */
function byRegex(text: string): string {
  const langsOf = new Map<string, string[]>();
  for (const { code, stopwords } of LEXICONS) {
    for (const w of stopwords) langsOf.set(w, [...(langsOf.get(w) ?? []), code]);
  }
  const score: Record<string, number> = {};
  for (const m of text
    .slice(0, 10_000)
    .toLowerCase()
    .matchAll(/[a-zß-öø-ÿ]+/g)) {
    const langs = langsOf.get(m[0]);
    if (!langs) continue;
    for (const lang of langs) score[lang] = (score[lang] ?? 0) + 1 / langs.length;
  }
  let best = 'en';
  let bestScore = 0;
  for (const [lang, s] of Object.entries(score)) {
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  return best;
}

describe('detectLanguage', () => {
  it.each([
    ['We are hiring a nurse for our night team, and you will work with the ward.', 'en'],
    ['Nous cherchons une infirmière pour notre équipe de nuit, avec des horaires fixes.', 'fr'],
    ['Wir suchen eine Pflegekraft für unser Team und bieten dir einen festen Vertrag.', 'de'],
    ['Buscamos una enfermera para el turno de noche en nuestro hospital y con contrato.', 'es'],
    ['Cerchiamo un infermiere per il turno di notte nella nostra clinica e con contratto.', 'it'],
    ['Procuramos um enfermeiro para o turno da noite no nosso hospital e com contrato.', 'pt'],
    [
      'Wij zoeken een verpleegkundige voor het nachtteam van onze kliniek en je krijgt een contract.',
      'nl',
    ],
    ['', 'en'],
    ['12345 — ★★★', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
    expect(detectLanguage(text)).toBe(byRegex(text));
  });

  it('reads upper case, and the characters whose lower case is a Latin letter, as the regex does', () => {
    const texts = [
      'THE TEAM AND YOU WILL WORK WITH US',
      'DİE AND THE İN İL',
      'UND DIE DER ẞ ŸOU \u212Aen \u212Bnd STRAẞE',
      'Ünd dIe DER für Über',
    ];
    for (const t of texts) expect(detectLanguage(t)).toBe(byRegex(t));
    // "İ" lower-cases to "i" and a combining dot: "İl" is the words "i" and "l", not "il".
    expect(detectLanguage('İl İl İl, the and')).toBe('en');
    expect(detectLanguage('FÜR ÜNS FÜR FÜR, the and')).toBe('de');
  });

  it('agrees with the regex on random text of stopword pieces, marks and odd letters', () => {
    const stop = LEXICONS.flatMap((l) => l.stopwords);
    const extras = [
      ' ',
      ' ',
      '\n',
      '-',
      "'",
      'İ',
      'Ÿ',
      'ẞ',
      '\u212A',
      '\u212B',
      'é',
      'É',
      'ß',
      'Σ',
      '中',
      '1',
    ];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 300; k++) {
      let t = '';
      for (let j = 0; j < 40; j++) {
        const w = stop[rand(stop.length)] as string;
        t += rand(3) === 0 ? w.toUpperCase() : w;
        t += extras[rand(extras.length)];
      }
      expect(detectLanguage(t)).toBe(byRegex(t));
    }
  });

  it('reads only the first 10,000 characters', () => {
    const text = `${'x '.repeat(5_000)}und die der das`;
    expect(detectLanguage(text)).toBe(byRegex(text));
    expect(detectLanguage(text)).toBe('en');
  });

  it('knows every code unit whose lower case starts with a letter of the class', () => {
    const letter = /^[a-zß-öø-ÿ]/;
    for (let c = 0x100; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!letter.test(ch.toLowerCase())) continue;
      // Each such character alone between stopwords reads as the regex reads it.
      const t = `und ${ch}nd die ${ch} der`;
      expect(detectLanguage(t), c.toString(16)).toBe(byRegex(t));
    }
  });
});
