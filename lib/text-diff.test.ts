import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, hasChanges } from './text-diff';

const rebuild = (diff: ReturnType<typeof diffLines>, side: 'before' | 'after') =>
  diff
    .filter((l) => l.type === 'same' || l.type === (side === 'before' ? 'removed' : 'added'))
    .map((l) => l.text);

describe('diffLines', () => {
  it('marks a changed salary line in an edited French posting', () => {
    const before = [
      'Chargé de communication (H/F)',
      'Salaire : 38 000 € brut annuel',
      'Anglais courant exigé.',
    ].join('\n');
    const after = [
      'Chargé de communication (H/F)',
      'Salaire : 42 000 € brut annuel',
      'Anglais courant exigé.',
    ].join('\n');
    expect(diffLines(before, after)).toEqual([
      { type: 'same', text: 'Chargé de communication (H/F)' },
      { type: 'removed', text: 'Salaire : 38 000 € brut annuel' },
      { type: 'added', text: 'Salaire : 42 000 € brut annuel' },
      { type: 'same', text: 'Anglais courant exigé.' },
    ]);
  });

  it('finds an inserted requirement in the middle of a German posting', () => {
    const before = 'Ihr Profil:\n- Abgeschlossenes Studium\n- Sehr gute Deutschkenntnisse\nKontakt';
    const after =
      'Ihr Profil:\n- Abgeschlossenes Studium\n- 3 Jahre Erfahrung im Vertrieb\n- Sehr gute Deutschkenntnisse\nKontakt';
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.type !== 'same')).toEqual([
      { type: 'added', text: '- 3 Jahre Erfahrung im Vertrieb' },
    ]);
    expect(hasChanges(diff)).toBe(true);
  });

  it('reports a removed line and treats CRLF like LF', () => {
    const before = 'Requisitos:\r\nInglés B2\r\nCarnet de conducir';
    const after = 'Requisitos:\nInglés B2';
    expect(diffLines(before, after)).toEqual([
      { type: 'same', text: 'Requisitos:' },
      { type: 'same', text: 'Inglés B2' },
      { type: 'removed', text: 'Carnet de conducir' },
    ]);
  });

  it('says nothing changed for identical texts', () => {
    const text = 'Senior Data Analyst\nSQL and Tableau required';
    expect(hasChanges(diffLines(text, text))).toBe(false);
  });

  it('handles empty sides', () => {
    expect(diffLines('', 'New posting')).toEqual([{ type: 'added', text: 'New posting' }]);
    expect(diffLines('Old posting', '')).toEqual([{ type: 'removed', text: 'Old posting' }]);
    expect(diffLines('', '')).toEqual([]);
  });

  it('stays correct when the changed middle is too large for the LCS table', () => {
    const before = Array.from({ length: 2500 }, (_, i) => `old line ${i}`).join('\n');
    const after = Array.from({ length: 2500 }, (_, i) => `new line ${i}`).join('\n');
    const diff = diffLines(before, after);
    expect(rebuild(diff, 'before').join('\n')).toBe(before);
    expect(rebuild(diff, 'after').join('\n')).toBe(after);
  });

  it('always rebuilds both sides exactly (property)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'Remote', 'SQL', ''), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const before = a.join('\n');
        const after = b.join('\n');
        const diff = diffLines(before, after);
        expect(rebuild(diff, 'before').join('\n')).toBe(before);
        expect(rebuild(diff, 'after').join('\n')).toBe(after);
      }),
    );
  });
});
