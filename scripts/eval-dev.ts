/**
 * The dev set's scores (`npm run eval`): the engine on the hand-labelled real postings in
 * ../shared/postings-dev, per-field precision/recall/F1 and each posting's misses. Skills and
 * locations are scored by overlap (the labels keep the posting's wording; the engine names a skill
 * canonically and keeps the words it read in `mention`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../lib/extract';
import { compareDev, Expected, type FieldResult } from './eval-compare';

export interface FieldScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface DevScores {
  fields: Record<string, FieldScore>;
  postings: number;
  exact: number;
  misses: { name: string; wrong: FieldResult[] }[];
}

export function f1Of(t: { expected: number; actual: number; correct: number }): FieldScore {
  const precision = t.actual === 0 ? (t.expected === 0 ? 1 : 0) : t.correct / t.actual;
  const recall = t.expected === 0 ? (t.actual === 0 ? 1 : 0) : t.correct / t.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Scalar facts score as information retrieval: a value the label has and the engine gives is a
 * true positive; a wrong value counts against both precision and recall; a value the label lacks
 * counts against precision only. Nulls on both sides count for nothing.
 */
export function scoreDir(dir: string): DevScores {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
  const totals = new Map<string, { expected: number; actual: number; correct: number }>();
  const misses: DevScores['misses'] = [];
  let exact = 0;
  for (const file of files) {
    const name = file.replace(/\.expected\.json$/, '');
    const textPath = join(dir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const expected = Expected.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const results = compareDev(expected, extract({ text: readFileSync(textPath, 'utf8') }));
    for (const r of results) {
      const t = totals.get(r.field) ?? { expected: 0, actual: 0, correct: 0 };
      t.expected += r.expected;
      t.actual += r.actual;
      t.correct += r.correct;
      totals.set(r.field, t);
    }
    const wrong = results.filter((r) => r.detail !== null);
    if (wrong.length === 0) exact++;
    else misses.push({ name, wrong });
  }
  const fields: Record<string, FieldScore> = {};
  for (const [field, t] of totals) fields[field] = f1Of(t);
  return { fields, postings: files.length, exact, misses };
}
