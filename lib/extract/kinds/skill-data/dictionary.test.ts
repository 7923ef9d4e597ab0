import { describe, expect, it } from 'vitest';
import { getLexicon, keyTree } from './dictionary';

/**
 * The matcher walks the key tree token by token; it is a shortcut over `entries`, so every entry
 * key must be reached by it, and nothing else.
 */
describe('key tree', () => {
  it('reach every entry by its key, split at its separators', () => {
    const { entries } = getLexicon();
    const first = keyTree(entries);
    expect(entries.size).toBeGreaterThan(1000);
    let reached = 0;
    for (const [key, entry] of entries) {
      const parts = key.split(/([ /&'])/);
      const head = parts[0] as string;
      let node = first.get(head);
      for (let i = 1; node && i < parts.length; i += 2) {
        node = node.next?.get(parts[i] as string)?.get(parts[i + 1] as string);
      }
      expect(node?.entry, key).toBe(entry);
      reached++;
    }
    expect(reached).toBe(entries.size);
  });

  it('holds no entry that is not in the table', () => {
    const { entries } = getLexicon();
    const first = keyTree(entries);
    const walk = (node: ReturnType<typeof first.get>, key: string): number => {
      if (!node) return 0;
      if (node.entry) expect(entries.get(key), key).toBe(node.entry);
      let n = node.entry ? 1 : 0;
      for (const [sep, words] of node.next ?? []) {
        for (const [word, next] of words) n += walk(next, `${key}${sep}${word}`);
      }
      return n;
    };
    let total = 0;
    for (const [word, node] of first) total += walk(node, word);
    expect(total).toBe(entries.size);
  });
});
