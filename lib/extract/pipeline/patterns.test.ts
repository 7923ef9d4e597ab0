import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../index';
import { splitSentences } from './text';

/**
 * Speed guards without timing: the engine builds its patterns once, at module load, and its work
 * grows with the text, not faster. Counts and ratios, so a loaded machine cannot fail them.
 */

const dir = join(__dirname, '..', 'fixtures');
const postings = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const Original = globalThis.RegExp;
afterEach(() => {
  globalThis.RegExp = Original;
});

/** How many patterns `new RegExp` builds while `fn` runs. */
function patternsBuilt(fn: () => void): number {
  let built = 0;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args);
    },
  });
  try {
    fn();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

describe('engine patterns', () => {
  it('builds no pattern per sentence: reading every fixture at once builds a handful at most', () => {
    for (const text of postings) extract({ text });
    const all = postings.join('\n\n');
    const sentences = splitSentences(all).length;
    const built = patternsBuilt(() => extract({ text: all }));
    expect(sentences).toBeGreaterThan(300);
    // A few patterns made from the posting itself (its company's name) are fine; one per
    // sentence, or one per reader call, is not.
    expect(built).toBeLessThan(sentences / 10);
  });

  it('builds no more patterns for a posting written twice than for the posting once', () => {
    const text = postings[0] as string;
    extract({ text });
    const once = patternsBuilt(() => extract({ text }));
    const twice = patternsBuilt(() => extract({ text: `${text}\n\n${text}` }));
    expect(twice).toBeLessThanOrEqual(once + 1);
  });
});
