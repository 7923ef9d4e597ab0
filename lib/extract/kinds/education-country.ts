import type { Requirement } from '../../schema';
import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { DegreeLevel } from '../lexicon/types';
import { warmLater } from '../pipeline/gate';
import { RANK } from './education';

/**
 * Degree names that stand for another level in one country (lexicon `education.byCountry`):
 * Québec's bare "Baccalauréat" is the university degree, where France's is the school-leaving
 * diploma. A sentence is read alone, without its posting's country; once the posting is read, an
 * education item whose quote names such a word is given the country's level when the posting's
 * country (read as for the currency of its pay) is that country.
 */
interface ByCountry {
  country: string;
  level: DegreeLevel;
  /** The word as a whole, not a grade after it ("Bac+3", "bac pro" are France's own). */
  pattern: RegExp;
}

const BY_COUNTRY: readonly ByCountry[] = LEXICONS.flatMap((l) =>
  l.education.byCountry.map(({ country, level, words }) => ({
    country,
    level,
    pattern: caseless(
      `(?<![\\p{L}\\p{N}])(?:${alternation(() => words)})(?![\\p{L}\\p{N}])(?!\\s?\\+)`,
      'iu',
    ),
  })),
);

/**
 * Raises, in place, the level of each education item that names a word of `byCountry` when the
 * posting's country is the word's. `country` is asked only when such an item is found.
 */
export function levelsByCountry(items: Requirement[], country: () => string | null): void {
  let known: string | null | undefined;
  for (const item of items) {
    if (item.kind !== 'education') continue;
    for (const entry of BY_COUNTRY) {
      if (RANK[entry.level] <= RANK[item.level]) continue;
      if (!entry.pattern.test(item.evidence.text)) continue;
      known ??= country();
      if (known === entry.country) item.level = entry.level;
    }
  }
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(BY_COUNTRY.map((e) => e.pattern));
