/**
 * `npm run eval`: scores the engine on the labelled postings in ../shared/postings (per-field
 * accuracy or precision/recall/F1, plus each posting's mismatches), then the skill matcher's span
 * scores on SkillSpan. Exits 1 when any posting is not exact on every field.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../lib/extract';
import { compare, Expected, type FieldResult } from './eval-compare';
import { type DevScores, scoreDir } from './eval-dev';
import { PAGE_FIELDS, type PageScores, scorePages } from './eval-pages';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '..', 'shared');
const postingsDir = join(shared, 'postings');
const devDir = join(shared, 'postings-dev');
const pagesDir = join(shared, 'pages-dev');
const floorsPath = join(repoRoot, 'scripts', 'eval-floors.json');

/** Floors that may only rise: `npm run eval -- --raise-floors` writes today's figures where higher. */
interface Floors {
  dev: Record<string, number>;
  pages: Record<string, number>;
}

function readFloors(): Floors {
  if (!existsSync(floorsPath)) return { dev: {}, pages: {} };
  return JSON.parse(readFileSync(floorsPath, 'utf8')) as Floors;
}

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

/** Compares a figure with its floor (rounded down to 0.1 %); returns the field's name when below. */
function checkFloor(table: Record<string, number>, key: string, value: number, raise: boolean) {
  const rounded = Math.floor(value * 1000) / 1000;
  const floor = table[key];
  if (raise && (floor === undefined || rounded > floor)) table[key] = rounded;
  return floor !== undefined && rounded < floor ? [key] : [];
}

function reportDev(s: DevScores, floors: Floors, raise: boolean, verbose: boolean): string[] {
  console.log(`\nReal postings (../shared/postings-dev, ${s.postings}): per-field scores`);
  if (verbose) {
    for (const m of s.misses) {
      console.log(`DIFF ${m.name}`);
      for (const r of m.wrong) console.log(`        ${r.field}: ${r.detail}`);
    }
  }
  console.log('field              precision  recall      F1   floor');
  const below: string[] = [];
  for (const [field, f] of Object.entries(s.fields)) {
    const floor = floors.dev[field];
    console.log(
      `${field.padEnd(18)} ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)} ${floor === undefined ? '' : pct(floor)}`,
    );
    below.push(...checkFloor(floors.dev, field, f.f1, raise).map((k) => `dev ${k}`));
  }
  console.log(`${s.exact}/${s.postings} exact on every field (misses: npm run eval -- --misses)`);
  return below;
}

function reportPages(
  s: PageScores,
  floors: Floors,
  raise: boolean,
  verbose: boolean,
  dir = '../shared/pages-dev',
): string[] {
  console.log(`\nReal saved pages (${dir}): detection, then the facts of each posting`);
  for (const r of s.results) {
    if (
      !verbose &&
      r.isPosting === r.detected &&
      (!r.isPosting || Object.values(r.right).every(Boolean))
    )
      continue;
    const wrong = PAGE_FIELDS.filter((f) => r.isPosting && r.detected && !r.right[f]);
    const what = r.isPosting
      ? !r.detected
        ? 'NOT DETECTED'
        : wrong.length > 0
          ? `wrong ${wrong.map((f) => `${f}=${JSON.stringify(r.got[f])}`).join(' ')}`
          : 'ok'
      : r.detected
        ? 'TAKEN (not a posting)'
        : 'ok';
    console.log(`  ${r.file}: ${what}`);
  }
  console.log(
    `postings detected ${s.detected}/${s.postings}; non-postings taken ${s.falsePositives}/${s.nonPostings}`,
  );
  console.log(PAGE_FIELDS.map((f) => `${f} ${s.right[f]}/${s.postings}`).join(', '));
  const below: string[] = [];
  below.push(...checkFloor(floors.pages, 'detected', s.detected, raise).map((k) => `pages ${k}`));
  for (const f of PAGE_FIELDS)
    below.push(...checkFloor(floors.pages, f, s.right[f], raise).map((k) => `pages ${k}`));
  // Non-postings taken: a ceiling, not a floor.
  const ceiling = floors.pages.falsePositivesMax;
  if (raise && (ceiling === undefined || s.falsePositives < ceiling))
    floors.pages.falsePositivesMax = s.falsePositives;
  if (ceiling !== undefined && s.falsePositives > ceiling) below.push('pages falsePositives');
  return below;
}

/** `--pages <dir>`: score only that folder of labelled pages (same manifest format), no floors. */
function otherPagesDir(): string | null {
  const i = process.argv.indexOf('--pages');
  const dir = i >= 0 ? process.argv[i + 1] : undefined;
  return dir ? resolve(dir) : null;
}

async function main(): Promise<void> {
  const own = otherPagesDir();
  if (own) {
    const verbose = process.argv.includes('--misses');
    reportPages(scorePages(own), { dev: {}, pages: {} }, false, verbose, own);
    return;
  }
  if (!existsSync(postingsDir)) {
    console.log(`No labelled postings at ${postingsDir}; nothing to evaluate.`);
    return;
  }
  const exact = scorePostings();
  await scoreSkillSpan();
  const floors = readFloors();
  const raise = process.argv.includes('--raise-floors');
  const verbose = process.argv.includes('--misses');
  let below: string[] = [];
  if (existsSync(devDir)) below = below.concat(reportDev(scoreDir(devDir), floors, raise, verbose));
  if (existsSync(join(pagesDir, 'manifest.json')))
    below = below.concat(reportPages(scorePages(pagesDir), floors, raise, verbose));
  if (raise) writeFileSync(floorsPath, `${JSON.stringify(floors, null, 2)}\n`);
  if (below.length > 0) console.log(`\nBELOW FLOOR: ${below.join(', ')}`);
  if (!exact || below.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
