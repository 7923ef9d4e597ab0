import { containment, jaccard, shingles, tokens } from './similarity';

/**
 * Likely duplicates: the same job saved from two places (LinkedIn and the company's Greenhouse board,
 * or a repost under a new id). Pure: the dashboard offers the pairs, the user decides; nothing here
 * merges anything.
 */

/** What duplicate detection reads from a posting row. */
export interface DuplicateInput {
  jobKey: string;
  site: string;
  title: string | null;
  company: string | null;
  location: string | null;
  text: string;
}

export type DuplicateReasonKind = 'company' | 'title' | 'location' | 'text';

export interface DuplicateReason {
  kind: DuplicateReasonKind;
  /** 0..1 */
  similarity: number;
  /** Short English sentence for the UI. */
  label: string;
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
function locationSimilarity(a: Place | null, b: Place | null): number | null {
  if (!a || !b) return null;
  if (a.remote && b.remote) return 1;
  return containment(a.words, b.words) > 0 ? 1 : 0;
}

interface Prepared {
  input: DuplicateInput;
  order: number;
  company: Set<string>;
  /** The block a pair is compared in: the first word (in sort order) of the shorter name. */
  companyKey: string;
  title: Set<string>;
  place: Place | null;
  shingles: Set<string> | null;
}

/** "Meta" and "Meta Platforms" are one employer: all of the shorter name is in the longer one. */
function companyMatches(a: Set<string>, b: Set<string>): boolean {
  return containment(a, b) === 1;
}

const TITLE_MIN = 0.75;
/** Same title, same city but mostly different text: two openings (shared boilerplate gets ~0.3). */
const TEXT_MIN = 0.5;
const WEIGHTS = { title: 0.35, text: 0.5, location: 0.15 };

function scorePair(p: Prepared, q: Prepared): DuplicatePair | null {
  const titleSim = jaccard(p.title, q.title);
  if (titleSim < TITLE_MIN) return null;
  const loc = locationSimilarity(p.place, q.place);
  // Same title, different city: the same role hired in two places is two jobs.
  if (loc === 0) return null;

  p.shingles ??= shingles(p.input.text);
  q.shingles ??= shingles(q.input.text);
  const textSim = Math.max(jaccard(p.shingles, q.shingles), containment(p.shingles, q.shingles));
  if (textSim < TEXT_MIN) return null;

  // Unknown location is neutral: spread its weight over title and text.
  const locWeight = loc === null ? 0 : WEIGHTS.location;
  const total = WEIGHTS.title + WEIGHTS.text + locWeight;
  const score =
    (WEIGHTS.title * titleSim + WEIGHTS.text * textSim + locWeight * (loc ?? 0)) / total;

  const company = p.input.company ?? '';
  const reasons: DuplicateReason[] = [
    { kind: 'company', similarity: 1, label: `Same company (${company})` },
    {
      kind: 'title',
      similarity: titleSim,
      label: titleSim === 1 ? 'Same title' : `Titles ${Math.round(titleSim * 100)}% alike`,
    },
  ];
  if (loc === 1) reasons.push({ kind: 'location', similarity: 1, label: 'Same location' });
  reasons.push({
    kind: 'text',
    similarity: textSim,
    label: `Descriptions ${Math.round(textSim * 100)}% alike`,
  });
  const [a, b] = p.order < q.order ? [p, q] : [q, p];
  return { a: a.input.jobKey, b: b.input.jobKey, score, reasons };
}

/**
 * Candidate duplicate pairs, best first. Postings are only compared when their company names share a
 * word (blocking), so 10,000 postings don't cost 50 million comparisons.
 */
export function findDuplicates(
  postings: readonly DuplicateInput[],
  options: FindDuplicatesOptions = {},
): DuplicatePair[] {
  const minScore = options.minScore ?? 0.7;
  const blocks = new Map<string, Prepared[]>();
  postings.forEach((input, order) => {
    const company = new Set(companyTokens(input.company ?? ''));
    if (company.size === 0 || !input.title) return;
    const prepared: Prepared = {
      input,
      order,
      company,
      companyKey: [...company].sort()[0] as string,
      title: titleTokens(input.title),
      place: place(input.location),
      shingles: null,
    };
    for (const word of company) {
      const block = blocks.get(word);
      if (block) block.push(prepared);
      else blocks.set(word, [prepared]);
    }
  });

  const pairs: DuplicatePair[] = [];
  for (const [word, block] of blocks) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const p = block[i] as Prepared;
        const q = block[j] as Prepared;
        // Matching names share every word of the shorter one: compare the pair in one block only.
        const shorter = p.company.size <= q.company.size ? p : q;
        if (word !== shorter.companyKey || p.input.jobKey === q.input.jobKey) continue;
        if (!companyMatches(p.company, q.company)) continue;
        if (options.dismissed?.has(pairKey(p.input.jobKey, q.input.jobKey))) continue;
        const pair = scorePair(p, q);
        if (pair && pair.score >= minScore) pairs.push(pair);
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a));
}
