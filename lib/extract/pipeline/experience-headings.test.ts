import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const spoken = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'language' ? [[r.language, r.required]] : [],
  );

describe('a heading asking for experience in what its list names', () => {
  it.each([
    ['Desarrollador web\n\nBuscamos experiencia en:\n- PHP\n- MySQL\n- Inglés\n', 'en'],
    ['Web Developer\n\nWe are looking for experience in:\n- PHP\n- MySQL\n- Spanish\n', 'es'],
    ['Développeur web\n\nExpérience en :\n- PHP\n- MySQL\n- Allemand\n', 'de'],
    ['Webentwickler\n\nErfahrung mit:\n- PHP\n- MySQL\n- Französisch\n', 'fr'],
    ['Sviluppatore web\n\nEsperienza con:\n- PHP\n- MySQL\n- Inglese\n', 'en'],
    ['Webontwikkelaar\n\nErvaring met:\n- PHP\n- MySQL\n- Duits\n', 'de'],
  ])('makes a language alone on an item a requirement: %j', (text, language) => {
    expect(spoken(text)).toEqual([[language, true]]);
  });
});
