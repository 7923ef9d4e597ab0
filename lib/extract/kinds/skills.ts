import { LEXICONS } from '../lexicon/build';
import { warmLater } from '../pipeline/gate';
import type { Found, SentenceExtractor } from '../types';
import { findCredentials } from './credentials';
import { TECH_CUES } from './skill-data/alias-table';
import {
  getLexicon,
  type KeyNode,
  type LexEntry,
  MAX_NGRAM,
  sketchOf,
} from './skill-data/dictionary';
import { listedNames } from './skill-data/skill-lists';
import { type Token, tokenize } from './skill-data/tokens';
import { alternativeGroups } from './skill-groups';

interface Candidate {
  entry: LexEntry;
  /** An everyday word of some language ("Project", "vite", "informatica"): counts only in a list. */
  strict: boolean;
  /** Index of the first token and number of tokens. */
  first: number;
  count: number;
}

/** How far (in tokens) a list neighbour or a cue word vouches for an ambiguous name. */
const NEIGHBOUR_SPAN = 6;
const CUE_BEFORE = 5;
const CUE_AFTER = 3;
const UPPER_START = /^[\p{Lu}\p{N}.]/u;
const HAS_LOWER = /\p{Ll}/u;
/** Every language's ordinary words that catalogue names collide with (lexicon `skills.notTools`). */
const NOT_TOOLS: ReadonlySet<string> = new Set(
  LEXICONS.flatMap((l) => l.skills.notTools.map((w) => w.toLowerCase())),
);

function caseFits(entry: LexEntry, surface: string): boolean {
  if (entry.upper && HAS_LOWER.test(surface)) return false;
  if (entry.capital && !UPPER_START.test(surface)) return false;
  return true;
}

/** "R&D", "C-level", "Go-to-market": a short everyday name glued to more letters is not the tool. */
function glued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return /[-&]/.test(before) || /[-&]/.test(after);
}

/** Longest match first at each token, so "Microsoft SQL Server" wins over "SQL". */
function findCandidates(text: string, tokens: Token[]): Candidate[] {
  const { first: tree, firstSketch } = getLexicon();
  const lower = tokens.map((t) => t.text.toLowerCase());
  const found: Candidate[] = [];
  // The key tree's nodes of the n-grams starting here, grown only while some name starts that way.
  const nodes: KeyNode[] = [];
  let i = 0;
  while (i < tokens.length) {
    nodes.length = 0;
    const word = lower[i] ?? '';
    let node = firstSketch[sketchOf(word)] === 1 ? tree.get(word) : undefined;
    if (node) nodes.push(node);
    for (let j = i + 1; node?.next && j < tokens.length && nodes.length < MAX_NGRAM; j++) {
      const join = tokens[j]?.join;
      if (!join) break;
      node = node.next.get(join)?.get(lower[j] ?? '');
      if (node) nodes.push(node);
    }
    let step = 1;
    for (let n = nodes.length; n >= 1; n--) {
      const entry = nodes[n - 1]?.entry;
      const first = tokens[i];
      const last = tokens[i + n - 1];
      if (!entry || !first || !last) continue;
      if (!caseFits(entry, text.slice(first.start, last.end))) continue;
      if (entry.ambiguous && glued(text, first.start, last.end)) continue;
      found.push({ entry, first: i, count: n, strict: n === 1 && NOT_TOOLS.has(lower[i] ?? '') });
      step = n;
      break;
    }
    i += step;
  }
  return found;
}

/** Lowercase prepositions that put a capitalised name in the role of a tool: "orders on Toast". */
const TOOL_PREPOSITIONS = new Set(
  'in on via with using into through en sur avec dans mit auf con su com em met op'.split(' '),
);
const YEAR = /^\d{4}$/;

/** "escalate via Linear", "write it in Notion" (not "in Spring 2026"). */
function afterPreposition(c: Candidate, tokens: Token[]): boolean {
  const before = tokens[c.first - 1];
  const after = tokens[c.first + c.count];
  if (!before || before.text !== before.text.toLowerCase()) return false;
  return TOOL_PREPOSITIONS.has(before.text) && !(after && YEAR.test(after.text));
}

/** A cue word a few tokens before or after the name ("experience with Go", "Kenntnisse in R"). */
function hasCue(c: Candidate, tokens: Token[]): boolean {
  if (afterPreposition(c, tokens)) return true;
  const from = Math.max(0, c.first - CUE_BEFORE);
  const to = Math.min(tokens.length, c.first + c.count + CUE_AFTER);
  for (let i = from; i < to; i++) {
    if (i >= c.first && i < c.first + c.count) continue;
    const word = tokens[i]?.text.toLowerCase();
    if (word && TECH_CUES.has(word)) return true;
  }
  return false;
}

/**
 * Which candidates count. An ambiguous name counts after a cue word, or next to a name that counts
 * ("tests with Jest and Cypress": the cue vouches for Jest, Jest for Cypress). Two linear passes.
 */
function vouched(text: string, all: Candidate[], tokens: Token[]): boolean[] {
  const anchor = all.map(
    (c, i) => !c.strict && (!c.entry.ambiguous || hasCue(c, tokens) || inTrio(i, all)),
  );
  return all.map((c, index) => {
    if (anchor[index]) return true;
    if (c.strict) return listedNextTo(text, all, tokens, index, anchor);
    for (const step of [-1, 1]) {
      for (let k = index + step; k >= 0 && k < all.length; k += step) {
        const o = all[k];
        if (!o || Math.abs(o.first - c.first) > NEIGHBOUR_SPAN) break;
        if (anchor[k]) return true;
      }
    }
    return false;
  });
}

/** Only a list separator between two names: ", ", " / ", " and ", " oder ". */
const LIST_GAP = /^\s{0,3}(?:[,/|&+]|and|or|und|oder|et|ou|y|o|e|en|of)?\s{0,3}$/i;

/** An everyday word ("Project", "Teams") counts only as an item of a list next to a counted tool. */
function listedNextTo(
  text: string,
  all: Candidate[],
  tokens: Token[],
  index: number,
  anchor: boolean[],
): boolean {
  const c = all[index] as Candidate;
  for (const k of [index - 1, index + 1]) {
    const o = all[k];
    if (!o || !anchor[k]) continue;
    const [a, b] = k < index ? [o, c] : [c, o];
    const end = tokens[a.first + a.count - 1]?.end ?? 0;
    const start = tokens[b.first]?.start ?? 0;
    if (start - end <= 8 && LIST_GAP.test(text.slice(end, start))) return true;
  }
  return false;
}

/** Three everyday-word names close together ("Excel, Word and Outlook") vouch for each other. */
function inTrio(index: number, all: Candidate[]): boolean {
  const c = all[index];
  if (!c) return false;
  let near = 0;
  for (let k = Math.max(0, index - 2); k <= Math.min(all.length - 1, index + 2); k++) {
    const o = all[k];
    if (k !== index && o && Math.abs(o.first - c.first) <= NEIGHBOUR_SPAN) near++;
  }
  return near >= 2;
}

/** ISO 4217 codes that are also catalogue acronyms: "$85/hour (CAD)" is a currency, not CAD. */
const CURRENCY_CODE = /^(?:CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|INR|ZAR|MXN|BRL|SGD|HKD)$/;
const AMOUNT_NEAR = /\d/;

function isCurrency(text: string, start: number, end: number): boolean {
  if (!CURRENCY_CODE.test(text.slice(start, end))) return false;
  return AMOUNT_NEAR.test(text.slice(Math.max(0, start - 16), Math.min(text.length, end + 3)));
}

export interface SkillMatch {
  name: string;
  kind: LexEntry['kind'];
  /** Offsets of the words as written in the text. */
  start: number;
  end: number;
}

/** Every mention of a known skill or certification in a text (one sentence), in order. */
export function matchSkills(text: string): SkillMatch[] {
  const tokens = tokenize(text);
  const candidates = findCandidates(text, tokens);
  const counts = vouched(text, candidates, tokens);
  const out: SkillMatch[] = [];
  // Everyday names without context ("Looker"), kept in case a list of tools vouches for them.
  const unvouched = new Map<number, SkillMatch>();
  for (const [index, c] of candidates.entries()) {
    const first = tokens[c.first];
    const last = tokens[c.first + c.count - 1];
    if (!first || !last || isCurrency(text, first.start, last.end)) continue;
    const m = { name: c.entry.name, kind: c.entry.kind, start: first.start, end: last.end };
    if (counts[index]) out.push(m);
    else unvouched.set(m.start, m);
  }
  if (out.length < 2) return out;
  const listed = listedNames(text, out);
  if (listed.length === 0) return out;
  for (const span of listed) {
    const named = unvouched.get(span.start);
    out.push(
      named?.end === span.end
        ? named
        : { name: text.slice(span.start, span.end), kind: 'skill', ...span },
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Named tools, technologies, methods and certifications in one sentence, each once, with the words
 * the sentence wrote (`mention`, offsets into the sentence: the engine maps them to the text) and a
 * group for alternatives (`anyOf`, local to the sentence: the engine makes it unique).
 */
export const extractSkills: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  const matches = matchSkills(text);
  const groups = alternativeGroups(text, matches);
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const [i, m] of matches.entries()) {
    const id = `${m.kind}:${m.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
    const group = groups[i];
    out.push({
      kind: m.kind,
      name: m.name,
      mention,
      ...(group === undefined ? {} : { anyOf: String(group) }),
      at: m.start,
    });
  }
  for (const f of findCredentials(text, matches)) {
    const id = `${f.kind}:${'name' in f ? f.name : ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(f);
  }
  return out;
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(UPPER_START, HAS_LOWER, YEAR, LIST_GAP, CURRENCY_CODE, AMOUNT_NEAR);
