/**
 * `npm run eval`: scores the engine on the labelled postings in ../shared/postings (per-field
 * accuracy or precision/recall/F1, plus each posting's mismatches), then the skill matcher's span
 * scores on SkillSpan. Exits 1 when any posting is not exact on every field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../lib/extract';
import { compare, Expected, type FieldResult } from './eval-compare';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '..', 'shared');
const postingsDir = join(shared, 'postings');

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`.padStart(7);
}

function scorePostings(): boolean {
  const files = readdirSync(postingsDir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
  const totals = new Map<string, { expected: number; actual: number; correct: number }>();
  const failures: string[] = [];
  for (const file of files) {
    const name = file.replace(/\.expected\.json$/, '');
    const textPath = join(postingsDir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const expected = Expected.parse(JSON.parse(readFileSync(join(postingsDir, file), 'utf8')));
    const results: FieldResult[] = compare(
      expected,
      extract({ text: readFileSync(textPath, 'utf8') }),
    );
    for (const r of results) {
      const t = totals.get(r.field) ?? { expected: 0, actual: 0, correct: 0 };
      t.expected += r.expected;
      t.actual += r.actual;
      t.correct += r.correct;
      totals.set(r.field, t);
    }
    const wrong = results.filter((r) => r.detail !== null);
    console.log(`${wrong.length === 0 ? 'EXACT' : 'DIFF '} ${name}`);
    for (const r of wrong) console.log(`        ${r.field}: ${r.detail}`);
    if (wrong.length > 0) failures.push(name);
  }
  console.log('\nfield              precision  recall      F1');
  for (const [field, t] of totals) {
    const p = t.actual === 0 ? (t.expected === 0 ? 1 : 0) : t.correct / t.actual;
    const r = t.expected === 0 ? (t.actual === 0 ? 1 : 0) : t.correct / t.expected;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(`${field.padEnd(18)} ${pct(p)}  ${pct(r)}  ${pct(f1)}`);
  }
  console.log(`\n${files.length - failures.length}/${files.length} postings exact on every field`);
  return failures.length === 0;
}

/** SkillSpan span scores, from the skills engineer's scripts/skillspan.ts when it is present. */
async function scoreSkillSpan(): Promise<void> {
  const modulePath = join(repoRoot, 'scripts', 'skillspan.ts');
  const dataPath = join(shared, 'data', 'skillspan-test.json');
  if (!existsSync(modulePath) || !existsSync(dataPath)) {
    console.log('\nSkillSpan: skipped (scripts/skillspan.ts or its data is missing)');
    return;
  }
  const mod: unknown = await import(pathToFileURL(modulePath).href);
  const run = (mod as { evalSkillSpan?: unknown }).evalSkillSpan;
  if (typeof run !== 'function') {
    console.log('\nSkillSpan: skipped (no evalSkillSpan export)');
    return;
  }
  const s = run(dataPath) as { precision: number; recall: number; f1: number };
  console.log(
    `\nSkillSpan KNOWLEDGE spans: precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`,
  );
  console.log('  (published: fine-tuned models 0.65-0.74 F1, zero-shot LLMs about 0.4)');
}

async function main(): Promise<void> {
  if (!existsSync(postingsDir)) {
    console.log(`No labelled postings at ${postingsDir}; nothing to evaluate.`);
    return;
  }
  const exact = scorePostings();
  await scoreSkillSpan();
  if (!exact) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
