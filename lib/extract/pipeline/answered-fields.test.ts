import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { normalize } from './normalize';

describe('answeredFields: a yes or no on the line under its label', () => {
  it.each([
    ['Telecommute:\nyes\n', 'Telecommute: yes\n'],
    ['Homeoffice:\n  ja\n', 'Homeoffice:   ja\n'],
    ['Télétravail :\nnon', 'Télétravail : non'],
    ['Trabajo remoto:\nsí\n', 'Trabajo remoto: sí\n'],
  ])('%j', (text, joined) => {
    expect(normalize(text).text).toBe(joined);
  });

  it('leaves a heading over its content and a long label alone', () => {
    expect(normalize('Requirements:\nno agencies please').text).toBe(
      'Requirements:\nno agencies please',
    );
    expect(normalize('Skills:\nJava\n').text).toBe('Skills:\nJava\n');
  });

  it('keeps the map to the original, one character for one', () => {
    const n = normalize('Telecommute:\nyes');
    expect(n.map.length).toBe(n.text.length + 1);
  });

  it('lets the work model of a field table read as its one-line form does', () => {
    const table = 'Java Developer\nLocation:\nHuntsville, AL\nTelecommute:\nyes\n\nYou build APIs.';
    expect(extract({ text: table }).posting.workplace).toBe('remote');
    const de = 'Entwickler\nOrt:\nKöln\nHomeoffice:\nja\n\nDu baust APIs.';
    expect(extract({ text: de }).posting.workplace).toBe('remote');
  });
});
