import { describe, expect, it } from 'vitest';
import type { KeyNode, LexEntry } from './dictionary';
import { getLexicon, keyTree } from './dictionary';
import {
  AMBIGUOUS,
  CAPITAL,
  EVERYDAY,
  HAS_ENTRY,
  HAS_NEXT,
  KeyTable,
  ROOT,
  UPPER,
} from './key-table';
import { foldedHash, JOIN_SLASH, JOIN_SPACE } from './tokens';

const entry = (name: string, extra: Partial<LexEntry> = {}): LexEntry => ({
  name,
  kind: 'skill',
  capital: false,
  upper: false,
  ambiguous: false,
  ...extra,
});
const node = (e?: LexEntry, next?: [string, [string, KeyNode][]][]): KeyNode => ({
  entry: e,
  next: next ? new Map(next.map(([sep, words]) => [sep, new Map(words)])) : null,
});

/** A small tree: "kotlin", "ci/cd", "microsoft excel", "déjà vu", "straße", "go" (everyday). */
const KOTLIN = entry('Kotlin');
const CICD = entry('CI/CD', { upper: true });
const EXCEL = entry('Microsoft Excel', { capital: true });
const DEJA = entry('Déjà Vu');
const STRASSE = entry('Straße');
const GO = entry('Go', { ambiguous: true, capital: true });
const tree = new Map<string, KeyNode>([
  ['kotlin', node(KOTLIN)],
  ['ci', node(undefined, [['/', [['cd', node(CICD)]]]])],
  ['microsoft', node(undefined, [[' ', [['excel', node(EXCEL)]]]])],
  ['déjà', node(undefined, [[' ', [['vu', node(DEJA)]]]])],
  ['vu', node()],
  ['straße', node(STRASSE)],
  ['go', node(GO)],
]);
const table = new KeyTable(tree, (word) => word === 'go');
const at = (text: string, start = 0, end = text.length) => foldedHash(text, start, end);
const first = (text: string) => table.first(text, 0, text.length, at(text));
const flag = (id: number): number => table.flags[id] ?? 0;

describe('KeyTable', () => {
  it('finds a first word in any case, straight from the text', () => {
    for (const written of ['kotlin', 'Kotlin', 'KOTLIN']) {
      expect(table.entries[first(written)]).toBe(KOTLIN);
    }
    const sentence = 'I write Kotlin daily';
    expect(table.entries[table.first(sentence, 8, 14, at(sentence, 8, 14))]).toBe(KOTLIN);
    expect(first('Kotlinx')).toBe(-1);
    expect(first('Java')).toBe(-1);
  });

  it('walks on only by the separator and word of a key', () => {
    const ci = first('CI');
    expect(flag(ci) & HAS_NEXT).toBe(HAS_NEXT);
    expect(flag(ci) & HAS_ENTRY).toBe(0);
    const cd = table.child(ci, JOIN_SLASH, 'CD', 0, 2, at('CD'));
    expect(table.entries[cd]).toBe(CICD);
    expect(flag(cd) & (UPPER | HAS_ENTRY)).toBe(UPPER | HAS_ENTRY);
    expect(table.child(ci, JOIN_SPACE, 'CD', 0, 2, at('CD'))).toBe(-1);
    expect(table.child(first('microsoft'), JOIN_SLASH, 'excel', 0, 5, at('excel'))).toBe(-1);
    const excel = table.child(first('Microsoft'), JOIN_SPACE, 'Excel', 0, 5, at('Excel'));
    expect(flag(excel) & CAPITAL).toBe(CAPITAL);
    // The same word under another parent is another node: "vu" alone names nothing.
    expect(flag(first('vu')) & HAS_ENTRY).toBe(0);
  });

  it('lowercases words with other than ASCII letters', () => {
    const deja = table.first('DÉJÀ', 0, 4, -1);
    expect(deja).toBeGreaterThanOrEqual(0);
    expect(table.entries[table.child(deja, JOIN_SPACE, 'Vu', 0, 2, at('Vu'))]).toBe(DEJA);
    expect(table.entries[table.first('STRAßE', 0, 6, -1)]).toBe(STRASSE);
    // The Kelvin sign lowercases to an ASCII "k".
    expect(table.entries[table.first('\u212Aotlin', 0, 6, -1)]).toBe(KOTLIN);
  });

  it('marks everyday first words and ambiguous names', () => {
    const go = first('Go');
    expect(flag(go) & (EVERYDAY | AMBIGUOUS)).toBe(EVERYDAY | AMBIGUOUS);
    expect(flag(first('kotlin')) & EVERYDAY).toBe(0);
  });

  it('reaches every entry of the real lexicon by its key', () => {
    const { entries } = getLexicon();
    const real = new KeyTable(keyTree(entries), () => false);
    const JOINS: Record<string, number> = { ' ': JOIN_SPACE, '/': JOIN_SLASH, '&': 3, "'": 4 };
    for (const [key, e] of entries) {
      const parts = key.split(/([ /&'])/);
      const head = parts[0] as string;
      let id = real.first(head, 0, head.length, at(head));
      for (let i = 1; id >= 0 && i < parts.length; i += 2) {
        const word = parts[i + 1] as string;
        id = real.child(id, JOINS[parts[i] as string] as number, word, 0, word.length, at(word));
      }
      expect(real.entries[id], key).toBe(e);
    }
    expect(ROOT).toBe(-1);
  });
});
