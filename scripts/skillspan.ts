/**
 * Span-level score of the skill matcher on SkillSpan's test set (Zhang et al., NAACL 2022), KNOWLEDGE
 * spans (tools and technologies): a prediction counts only if it covers exactly the gold tokens.
 * The data measures how the dictionary generalises; nothing in lib/extract is tuned to it.
 *
 * Run alone: npx tsx scripts/skillspan.ts [path/to/skillspan-test.json]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { matchSkills } from '../lib/extract/kinds/skills';

const DEFAULT_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
  'skillspan-test.json',
);

const Row = z.object({ tokens: z.array(z.string()), tags_knowledge: z.array(z.string()) });

export interface SkillSpanScore {
  precision: number;
  recall: number;
  f1: number;
  sentences: number;
  gold: number;
  predicted: number;
  correct: number;
  /** Predictions that overlap a gold span without matching it exactly. */
  partial: number;
}

type Span = `${number}:${number}`;

/** Gold spans from BIO tags, as "first:last" token indexes. */
function goldSpans(tags: string[]): Span[] {
  const spans: Span[] = [];
  let open = -1;
  tags.forEach((tag, i) => {
    if (tag.startsWith('B') || (tag.startsWith('I') && open < 0)) {
      if (open >= 0) spans.push(`${open}:${i - 1}`);
      open = i;
    } else if (!tag.startsWith('I') && open >= 0) {
      spans.push(`${open}:${i - 1}`);
      open = -1;
    }
  });
  if (open >= 0) spans.push(`${open}:${tags.length - 1}`);
  return spans;
}

/** The sentence as text (tokens joined by spaces) and each token's character range. */
function predictedSpans(tokens: string[]): Span[] {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text.length > 0) text += ' ';
    starts.push(text.length);
    text += t;
  }
  const tokenAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= offset) i++;
    return i;
  };
  return matchSkills(text).map((m) => `${tokenAt(m.start)}:${tokenAt(m.end - 1)}` as Span);
}

function overlaps(a: Span, b: Span): boolean {
  const [a0, a1] = a.split(':').map(Number);
  const [b0, b1] = b.split(':').map(Number);
  return (a0 ?? 0) <= (b1 ?? 0) && (b0 ?? 0) <= (a1 ?? 0);
}

export function evalSkillSpan(path: string = DEFAULT_PATH): SkillSpanScore {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  let partial = 0;
  for (const line of lines) {
    const row = Row.parse(JSON.parse(line));
    const g = new Set(goldSpans(row.tags_knowledge));
    const p = new Set(predictedSpans(row.tokens));
    gold += g.size;
    predicted += p.size;
    for (const span of p) {
      if (g.has(span)) correct++;
      else if ([...g].some((s) => overlaps(s, span))) partial++;
    }
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, sentences: lines.length, gold, predicted, correct, partial };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const s = evalSkillSpan(process.argv[2]);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      `SkillSpan KNOWLEDGE (exact span): P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`,
    );
    console.log(
      `  ${s.sentences} sentences, ${s.gold} gold spans, ${s.predicted} predicted, ${s.correct} exact, ${s.partial} partial`,
    );
  } catch (e) {
    console.error(`skillspan: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
