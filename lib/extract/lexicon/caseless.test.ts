import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { registeredPatterns } from '../pipeline/gate';
import { CASED_CLASS, caseless, LETTER_CLASS, withoutUnicodeClasses } from './caseless';

/** Both ways of compiling a pattern, for comparing what they match. */
function both(source: string, flags = 'iu'): [RegExp, RegExp] {
  return [new RegExp(source, flags), caseless(source, flags)];
}

describe('caseless', () => {
  it('compiles a case-insensitive pattern with \\p{L} / \\p{N} boundaries without the u flag', () => {
    const re = caseless(String.raw`(?<![\p{L}\p{N}])(?:télétravail|home office)(?![\p{L}])`, 'iu');
    expect(re.flags).toBe('i');
    expect(re.source).not.toContain('\\p{');
  });

  it('matches what the Unicode pattern matches in the languages postings are written in', () => {
    const [unicode, plain] = both(
      String.raw`(?<![\p{L}\p{N}])(?:remote|télétravail|Homeoffice|teletrabajo|smart working)(?![\p{L}\p{N}])`,
    );
    const texts = [
      'Full remote, with a monthly meetup.',
      'Fully-remote role', // hyphen is no letter
      'Télétravail possible deux jours par semaine.',
      'TÉLÉTRAVAIL partiel',
      'Homeoffice-Möglichkeit nach Absprache',
      'Wir bieten HOMEOFFICE an.',
      'Posibilidad de teletrabajo parcial.',
      'Smart working al 50%.',
      'remoteness is not a word we use', // a letter after: no match
      'unremote', // a letter before: no match
      'ςremote', // a Greek letter before: no match either way
      'Жremote', // a Cyrillic one
      '2remote', // a digit before: \p{N}
      '²remote', // a superscript digit is \p{N} too
      'ºremote', // º (ordinal indicator) is a letter
      'ẞremote', // Latin Extended Additional
    ];
    for (const text of texts) expect(plain.test(text), text).toBe(unicode.test(text));
  });

  it('reads \\p{Lu} and \\p{Ll} under i as every cased letter', () => {
    const [unicode, plain] = both(String.raw`^[\p{Lu}][\p{Ll}]+ GmbH$`);
    for (const text of ['Müller GmbH', 'müller GmbH', 'ÉCOLE GmbH', 'Ωmega GmbH', '1Müller GmbH']) {
      expect(plain.test(text), text).toBe(unicode.test(text));
    }
  });

  it('writes the classes inside a class as ranges and outside as a class of their own', () => {
    expect(withoutUnicodeClasses(String.raw`[\p{L}\d-]+`)).toBe(`[${LETTER_CLASS}\\d-]+`);
    expect(withoutUnicodeClasses(String.raw`(?<!\p{L})x`)).toBe(`(?<![${LETTER_CLASS}])x`);
    expect(withoutUnicodeClasses(String.raw`[^\p{Lu}]`)).toBe(`[^${CASED_CLASS}]`);
    // An escaped backslash before "p{L}" is no class: never rewritten.
    expect(withoutUnicodeClasses(String.raw`\\p{L}+`) ?? '').not.toContain(LETTER_CLASS);
  });

  it('keeps the u flag where the pattern still needs it', () => {
    expect(caseless(String.raw`\p{Script=Greek}+`, 'iu').flags).toBe('iu');
    expect(caseless(String.raw`\u{1F680}`, 'iu').flags).toBe('iu');
    expect(caseless('🚀 launch', 'iu').flags).toBe('iu');
    // Without both flags there is nothing to do.
    expect(caseless(String.raw`\p{Lu}`, 'u').flags).toBe('u');
    expect(caseless('abc', 'gi').flags).toBe('gi');
  });

  it('leaves no engine pattern with both i and u that could do without u', () => {
    extract({ text: 'Senior engineer, Berlin. 3 years of experience with Python.' });
    const patterns = registeredPatterns();
    expect(patterns.length).toBeGreaterThan(300);
    const avoidable = patterns
      .filter((re) => re.flags.includes('i') && re.flags.includes('u'))
      .filter((re) => withoutUnicodeClasses(re.source) !== null)
      .map((re) => re.source.slice(0, 80));
    expect(avoidable).toEqual([]);
  });
});
