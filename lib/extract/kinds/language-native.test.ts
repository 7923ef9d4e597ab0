import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../fit/language';
import { extract } from '../index';

const languages = (text: string) =>
  extract({ text }).requirements.flatMap((r) => (r.kind === 'language' ? [r] : []));

describe('a native-speaker demand', () => {
  it.each([
    ['Account Manager\n\nRequirements\n- Native German speaker\n', 'de'],
    ['Kundenberater (m/w/d)\n\nIhr Profil\n- Deutsch als Muttersprache\n', 'de'],
    ['Chargé de clientèle\n\nProfil\n- Français langue maternelle\n', 'fr'],
    ['Asesor comercial\n\nRequisitos\n- Español nativo\n', 'es'],
  ])('is the scale’s fluent, marked native: %j', (text, language) => {
    const [req] = languages(text);
    expect(req).toMatchObject({ language, level: 'fluent', native: true });
  });

  it('is no native demand where the posting asks fluency', () => {
    const [req] = languages('Account Manager\n\nRequirements\n- Fluent German\n');
    expect(req).toMatchObject({ language: 'de', level: 'fluent' });
    expect(req?.native).toBeUndefined();
  });

  it('still asks a native level of fit', () => {
    const [req] = languages('Account Manager\n\nRequirements\n- Native German speaker\n');
    if (!req) throw new Error('no language read');
    const fluent = checkLanguage(req, { languages: [{ language: 'de', level: 'fluent' }] });
    expect(fluent.status).toBe('partial');
    const native = checkLanguage(req, { languages: [{ language: 'de', level: 'native' }] });
    expect(native.status).toBe('met');
  });
});
