import { containment, jaccard, shingles, tokens } from './similarity';

/**
 * Likely duplicates: the same job saved from two places (LinkedIn and the company's Greenhouse board,
 * or a repost under a new id). Pure: the dashboard offers the pairs, the user decides; nothing here
 * merges anything.
 */

/** What duplicate detection reads from a posting row. */
export interface DuplicateMeta {
  jobKey: string;
  title: string | null;
  company: string | null;
  location: string | null;
}

/** A posting row with its text (from the posting's body). */
export interface DuplicateInput extends DuplicateMeta {
  text: string;
}

export type DuplicateReasonKind = 'company' | 'title' | 'location' | 'text';

export interface DuplicateReason {
  kind: DuplicateReasonKind;
  /** 0..1 */
  similarity: number;
  /** The company both name (kind `company`); components/text writes each reason out. */
  company?: string;
}

export interface DuplicatePair {
  /** The two jobKeys, in the order they appear in the input. */
  a: string;
  b: string;
  /** 0..1; pairs are returned best first. */
  score: number;
  reasons: DuplicateReason[];
}

export interface FindDuplicatesOptions {
  /** Pairs the user said are not duplicates, as `pairKey(a, b)`. */
  dismissed?: ReadonlySet<string>;
  /** Minimum score to report (default 0.7). */
  minScore?: number;
}

/** Order-independent key of a pair, for remembering "not a duplicate" answers. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

const LEGAL_FORMS = new Set(
  'inc incorporated llc llp ltd limited plc corp corporation co company gmbh ag kg se sa sas sarl sl srl spa bv nv ab as oy pty the group'.split(
    ' ',
  ),
);

export function companyTokens(company: string): string[] {
  return tokens(company).filter((t) => !LEGAL_FORMS.has(t));
}

/** "(m/w/d)", "(H/F)", "f/m/x", "(all genders)": gender markers that German and French boards add. */
const GENDER_MARKER =
  /[([]?\s{0,2}\b[mwfhdx]\s{0,2}\/\s{0,2}[mwfhdx*](?:\s{0,2}\/\s{0,2}[mwfhdx*]){0,2}\b\s{0,2}[)\]]?|\((?:gn|all genders|alle geschlechter)\)/giu;

const TITLE_ABBREVIATIONS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  mktg: 'marketing',
  assoc: 'associate',
  asst: 'assistant',
  ii: '2',
  iii: '3',
  iv: '4',
};

const TITLE_NOISE = new Set(
  'a an the of and for in at de du des la le et und der die y en'.split(' '),
);

export function titleTokens(title: string): Set<string> {
  const words = tokens(title.replace(GENDER_MARKER, ' '));
  return new Set(words.map((w) => TITLE_ABBREVIATIONS[w] ?? w).filter((w) => !TITLE_NOISE.has(w)));
}

const REMOTE = new Set(['remote', 'anywhere', 'teletravail', 'homeoffice', 'remoto']);

interface Place {
  words: Set<string>;
  remote: boolean;
}

function place(location: string | null): Place | null {
  const words = new Set(tokens(location ?? ''));
  return words.size === 0 ? null : { words, remote: [...words].some((t) => REMOTE.has(t)) };
}

/**
 * Location agreement: null when either side is unknown (no evidence either way), 1 when they share
 * a place name ("Paris" vs "Paris, Île-de-France, France"), 0 when they name different places.
 */
function locationSimilarity(a: Place | null, b: Place | null): 0 | 1 | null {
  if (!a || !b) return null;
  if (a.remote && b.remote) return 1;
  return containment(a.words, b.words) > 0 ? 1 : 0;
}

interface Prepared<T extends DuplicateMeta> {
  input: T;
  order: number;
  company: Set<string>;
  /** The block a pair is compared in: the first word (in sort order) of the shorter name. */
  companyKey: string;
  title: Set<string>;
  place: Place | null;
}

/** "Meta" and "Meta Platforms" are one employer: all of the shorter name is in the longer one. */
function companyMatches(a: Set<string>, b: Set<string>): boolean {
  return containment(a, b) === 1;
}

const TITLE_MIN = 0.75;
/** Same title, same city but mostly different text: two openings (shared boilerplate gets ~0.3). */
const TEXT_MIN = 0.5;
const WEIGHTS = { title: 0.35, text: 0.5, location: 0.15 };

interface GatedPair<T extends DuplicateMeta> {
  p: Prepared<T>;
  q: Prepared<T>;
  titleSim: number;
  /** null: at least one location unknown. */
  loc: 1 | null;
}

/**
 * Pairs that pass the cheap gates (same employer, near-identical title, no conflicting place),
 * without reading any text. Postings are only compared when their company names share a word
 * (blocking), so 10,000 postings don't cost 50 million comparisons.
 */
function gatedPairs<T extends DuplicateMeta>(
  postings: readonly T[],
  dismissed: ReadonlySet<string> | undefined,
): GatedPair<T>[] {
  const blocks = new Map<string, Prepared<T>[]>();
  postings.forEach((input, order) => {
    const company = new Set(companyTokens(input.company ?? ''));
    if (company.size === 0 || !input.title) return;
    const prepared: Prepared<T> = {
      input,
      order,
      company,
      companyKey: [...company].sort()[0] as string,
      title: titleTokens(input.title),
      place: place(input.location),
    };
    for (const word of company) {
      const block = blocks.get(word);
      if (block) block.push(prepared);
      else blocks.set(word, [prepared]);
    }
  });

  const out: GatedPair<T>[] = [];
  for (const [word, block] of blocks) {
    for (const [i, j] of similarTitlePairs(block)) {
      const first = block[i] as Prepared<T>;
      const second = block[j] as Prepared<T>;
      // Matching names share every word of the shorter one: compare the pair in one block only.
      const shorter = first.company.size <= second.company.size ? first : second;
      if (word !== shorter.companyKey || first.input.jobKey === second.input.jobKey) continue;
      if (!companyMatches(first.company, second.company)) continue;
      const titleSim = jaccard(first.title, second.title);
      if (titleSim < TITLE_MIN) continue;
      const loc = locationSimilarity(first.place, second.place);
      // Same title, different city: the same role hired in two places is two jobs.
      if (loc === 0) continue;
      if (dismissed?.has(pairKey(first.input.jobKey, second.input.jobKey))) continue;
      const [p, q] = first.order < second.order ? [first, second] : [second, first];
      out.push({ p, q, titleSim, loc });
    }
  }
  return out;
}

/**
 * Index pairs (i < j) of a block whose titles may reach TITLE_MIN, by prefix filtering: with the
 * words of each title sorted, two sets with Jaccard >= t must share a word among the first
 * |A| - ceil(t * |A|) + 1 of either. A large employer's hundreds of openings then cost a few
 * comparisons per title instead of every pair.
 */
function similarTitlePairs(block: readonly { title: Set<string> }[]): [number, number][] {
  const byWord = new Map<string, number[]>();
  block.forEach(({ title }, index) => {
    const words = [...title].sort();
    const prefix = words.length - Math.ceil(TITLE_MIN * words.length) + 1;
    for (const word of words.slice(0, prefix)) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of byWord.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a] as number;
        const j = list[b] as number;
        const id = i * block.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/**
 * The postings that could be in a duplicate pair, judged without their texts: the caller reads the
 * texts of these only, not of the whole tracker.
 */
export function duplicateCandidates(
  postings: readonly DuplicateMeta[],
  options: Pick<FindDuplicatesOptions, 'dismissed'> = {},
): string[] {
  const keys = new Set<string>();
  for (const { p, q } of gatedPairs(postings, options.dismissed)) {
    keys.add(p.input.jobKey);
    keys.add(q.input.jobKey);
  }
  return [...keys];
}

function describe(pair: GatedPair<DuplicateInput>, textSim: number, score: number): DuplicatePair {
  const { p, q, titleSim, loc } = pair;
  const reasons: DuplicateReason[] = [
    { kind: 'company', similarity: 1, company: p.input.company ?? '' },
    { kind: 'title', similarity: titleSim },
  ];
  if (loc === 1) reasons.push({ kind: 'location', similarity: 1 });
  reasons.push({ kind: 'text', similarity: textSim });
  return { a: p.input.jobKey, b: q.input.jobKey, score, reasons };
}

/** Candidate duplicate pairs, best first, each with its score and reasons. */
export function findDuplicates(
  postings: readonly DuplicateInput[],
  options: FindDuplicatesOptions = {},
): DuplicatePair[] {
  const minScore = options.minScore ?? 0.7;
  const shingleCache = new Map<string, Set<string>>();
  const shinglesOf = (input: DuplicateInput) => {
    let set = shingleCache.get(input.jobKey);
    if (!set) {
      set = shingles(input.text);
      shingleCache.set(input.jobKey, set);
    }
    return set;
  };
  const pairs: DuplicatePair[] = [];
  for (const pair of gatedPairs(postings, options.dismissed)) {
    const a = shinglesOf(pair.p.input);
    const b = shinglesOf(pair.q.input);
    const textSim = Math.max(jaccard(a, b), containment(a, b));
    if (textSim < TEXT_MIN) continue;
    // Unknown location is neutral: its weight is spread over title and text.
    const locWeight = pair.loc === null ? 0 : WEIGHTS.location;
    const score =
      (WEIGHTS.title * pair.titleSim + WEIGHTS.text * textSim + locWeight * (pair.loc ?? 0)) /
      (WEIGHTS.title + WEIGHTS.text + locWeight);
    if (score >= minScore) pairs.push(describe(pair, textSim, score));
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a));
}
