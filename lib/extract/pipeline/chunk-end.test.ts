import { describe, expect, it } from 'vitest';
import { chunkEnd } from './chunk-end';

describe('chunkEnd', () => {
  it('cuts before a field label rather than at the last space', () => {
    const text = 'Schedule: Day shift Evening shift Experience: total work: 2 years (Required)';
    const cut = chunkEnd(text, 0, text.indexOf('years') + 2);
    expect(text.slice(cut + 1)).toBe('Experience: total work: 2 years (Required)');
  });

  it('prefers the end of an item (";") or a heading mark ("#")', () => {
    const text = 'gestire la contabilità; redigere il bilancio annuale e le note ### Requisiti';
    expect(text.slice(0, chunkEnd(text, 0, text.length - 4))).toMatch(
      /bilancio annuale e le note$/,
    );
    const items = 'gestire la contabilità generale del gruppo; redigere il bilancio annuale';
    expect(items.slice(0, chunkEnd(items, 0, items.length - 3))).toBe(
      'gestire la contabilità generale del gruppo;',
    );
  });

  it('falls back to the last space, then to the bound', () => {
    const text = 'una frase lunga senza etichette né punti e virgola fino alla fine';
    const cut = chunkEnd(text, 0, 40);
    expect(text[cut]).toBe(' ');
    expect(cut).toBeLessThanOrEqual(40);
    expect(chunkEnd('x'.repeat(100), 0, 40)).toBe(40);
  });
});
