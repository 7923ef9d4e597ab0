import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { PROFILE_SITES } from '../lexicon/words';
import { gated, warmLater } from '../pipeline/gate';
import type { Found, SentenceExtractor } from '../types';
import { coveredBy, findCredentials } from './credentials';
import { isCity } from './places';
import { getLexicon, keyTree, type LexEntry, MAX_NGRAM } from './skill-data/dictionary';
import {
  AMBIGUOUS,
  CAPITAL,
  EVERYDAY,
  HAS_ENTRY,
  HAS_NEXT,
  KeyTable,
  UPPER as UPPER_ONLY,
} from './skill-data/key-table';
import { listedNames } from './skill-data/skill-lists';
import {
  classAt,
  JOIN_NONE,
  joinAt,
  LOWER,
  NUMBER,
  nameKey,
  scanTokens,
  TokenBuffer,
  TokenWords,
  UPPER,
} from './skill-data/tokens';
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
/** Every language's ordinary words that catalogue names collide with (lexicon `skills.notTools`). */
const NOT_TOOLS: ReadonlySet<string> = new Set(
  LEXICONS.flatMap((l) => l.skills.notTools.map((w) => w.toLowerCase())),
);

let table: KeyTable | null = null;

/** The key tree as flat arrays (built once). */
function getTable(): KeyTable {
  table ??= new KeyTable(keyTree(getLexicon().entries), (word) => NOT_TOOLS.has(word));
  return table;
}

/** The words of the sentence being read, as offsets (one buffer, reused). */
const TOKENS = new TokenBuffer();

/** "Hong Kong", "Santa Clara": a tool's name that ends a city's name with the word before it. */
function endsPlaceName(text: string, tokens: TokenBuffer, i: number, start: number, end: number) {
  const before = wordOf(text, tokens, i - 1);
  return /^\p{Lu}/u.test(before) && isCity(`${before} ${text.slice(start, end)}`);
}

function wordOf(text: string, tokens: TokenBuffer, i: number): string {
  return text.slice(tokens.starts[i], tokens.ends[i]);
}

/** `^[\p{Lu}\p{N}.]`: starts with a capital, a digit or a dot. */
function upperStart(text: string, at: number): boolean {
  return (
    String.prototype.charCodeAt.call(text, at) === 46 ||
    (classAt(text, at) & (UPPER | NUMBER)) !== 0
  );
}

/** `\p{Ll}` anywhere in text[start..end). */
function hasLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = String.prototype.charCodeAt.call(text, i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return true;
    } else if (classAt(text, i) & LOWER) return true;
  }
  return false;
}

/** `flags`: the key table's flags of the entry's node. */
function caseFits(flags: number, text: string, start: number, end: number): boolean {
  if (flags & UPPER_ONLY && hasLower(text, start, end)) return false;
  if (flags & CAPITAL && !upperStart(text, start)) return false;
  return true;
}

/** `\p{L}` with no lower case in text[start..end), at least four letters: a shouted word. */
function shouted(text: string, tokens: TokenBuffer, i: number): boolean {
  if (i < 0 || i >= tokens.count) return false;
  const start = tokens.starts[i] as number;
  const end = tokens.ends[i] as number;
  if (end - start < 4 || hasLower(text, start, end)) return false;
  for (let k = start; k < end; k++) if ((classAt(text, k) & UPPER) === 0) return false;
  return true;
}

/**
 * "BASIC QUALIFICATIONS:", "REMOTE FIRST COMPANY": a catalogue name written in capitals that is
 * also a word (five letters or more), inside a run of shouted words, is the heading's word, not
 * the product. Short acronyms ("SQL SERVER", "AWS") are left alone.
 */
function inShoutedRun(
  text: string,
  tokens: TokenBuffer,
  i: number,
  start: number,
  end: number,
): boolean {
  if (end - start < 5) return false;
  const near = (j: number) =>
    shouted(text, tokens, j) &&
    String.prototype.charCodeAt.call(text, j < i ? (tokens.ends[j] as number) : start - 0) !== 10;
  return (
    (i > 0 && tokens.ends[i - 1] === start - 1 && near(i - 1)) ||
    (i + 1 < tokens.count && tokens.starts[i + 1] === end + 1 && near(i + 1))
  );
}

/** "-" or "&". */
function isGlue(c: number): boolean {
  return c === 45 || c === 38;
}

/** "R&D", "C-level", "Go-to-market": a short everyday name glued to more letters is not the tool. */
function glued(text: string, start: number, end: number): boolean {
  return (
    isGlue(String.prototype.charCodeAt.call(text, start - 1)) ||
    isGlue(String.prototype.charCodeAt.call(text, end))
  );
}

/** Nouns that make an everyday name before them an ordinary compound (lexicon `compoundNouns`). */
const COMPOUND_NOUNS = new TokenWords(
  LEXICONS.flatMap((l) => l.skills.compoundNouns.map((w) => w.toLowerCase())),
);

/** "Access control", "Access Management": the name's next token, after one space, is such a noun. */
function compounded(text: string, tokens: TokenBuffer, next: number): boolean {
  if (next >= tokens.count) return false;
  const from = tokens.starts[next] as number;
  if (String.prototype.charCodeAt.call(text, from - 1) !== 32 || tokens.ends[next - 1] !== from - 1)
    return false;
  return COMPOUND_NOUNS.has(text, tokens, next);
}

/** A team's name: "our Data Science team", "the Business Intelligence department" (lexicon `unitNouns`). */
const UNIT_NOUNS = new TokenWords(
  LEXICONS.flatMap((l) => l.skills.unitNouns.map((w) => w.toLowerCase())),
);
const UNIT_OWNERS = new TokenWords(
  LEXICONS.flatMap((l) => l.skills.unitOwners.map((w) => w.toLowerCase())),
);

/**
 * The name stands between an owner word and a unit noun, one space each side ("our Data Science
 * team"); or after them, as Dutch and Romance languages write it ("ons team Business
 * Intelligence", "la nostra divisione Data Governance"); or a hyphen joins the unit noun to it
 * ("de vijf DevOps-teams").
 */
function unitName(text: string, tokens: TokenBuffer, first: number, next: number): boolean {
  if (next < tokens.count && UNIT_NOUNS.has(text, tokens, next)) {
    const gap = String.prototype.charCodeAt.call(text, (tokens.starts[next] as number) - 1);
    const joined = tokens.ends[next - 1] === (tokens.starts[next] as number) - 1;
    if (gap === 45 && joined) return true;
    if (gap === 32 && first > 0 && UNIT_OWNERS.has(text, tokens, first - 1)) return true;
  }
  if (first < 2 || !UNIT_NOUNS.has(text, tokens, first - 1)) return false;
  const before = tokens.starts[first] as number;
  if (
    String.prototype.charCodeAt.call(text, before - 1) !== 32 ||
    tokens.ends[first - 1] !== before - 1
  )
    return false;
  return UNIT_OWNERS.has(text, tokens, first - 2);
}

/** A capitalised word with lower case in it: "Patrick", "McGovern". */
function properWord(text: string, tokens: TokenBuffer, i: number): boolean {
  const start = tokens.starts[i] as number;
  const end = tokens.ends[i] as number;
  return end - start >= 2 && (classAt(text, start) & UPPER) !== 0 && hasLower(text, start, end);
}

/**
 * A one-letter name between two proper words is a person's middle initial: "Patrick J McGovern",
 * "Mary C. Brown" (not the J or C language).
 */
function middleInitial(text: string, tokens: TokenBuffer, i: number): boolean {
  if (i === 0 || i + 1 >= tokens.count) return false;
  const start = tokens.starts[i] as number;
  const end = tokens.ends[i] as number;
  if (end - start !== 1 || tokens.ends[i - 1] !== start - 1) return false;
  if (String.prototype.charCodeAt.call(text, start - 1) !== 32) return false;
  const gap = text.slice(end, tokens.starts[i + 1] as number);
  if (gap !== ' ' && gap !== '. ') return false;
  return properWord(text, tokens, i - 1) && properWord(text, tokens, i + 1);
}

/** An e-mail address's domain, spaced out or not: "jobs@gmail.com", "hr @ gmail . com". */
function mailDomain(text: string, start: number): boolean {
  const c = String.prototype.charCodeAt.call(text, start - 1);
  return c === 64 || (c === 32 && String.prototype.charCodeAt.call(text, start - 2) === 64);
}

/** The key table's nodes of the n-grams starting at a token (reused). */
const NODES = new Int32Array(MAX_NGRAM);

/** Longest match first at each token, so "Microsoft SQL Server" wins over "SQL". */
function findCandidates(text: string, tokens: TokenBuffer): Candidate[] {
  const found: Candidate[] = [];
  const nodes = NODES;
  const { count, starts, ends, hashes } = tokens;
  const keys = getTable();
  const flags = keys.flags;
  let i = 0;
  while (i < count) {
    const head = keys.first(text, starts[i] as number, ends[i] as number, hashes[i] as number);
    if (head < 0) {
      i++;
      continue;
    }
    // The n-grams starting here, grown only while some name starts that way.
    let node = head;
    nodes[0] = node;
    let depth = 1;
    for (let j = i + 1; (flags[node] as number) & HAS_NEXT && j < count && depth < MAX_NGRAM; j++) {
      const join = joinAt(text, ends[j - 1] as number, starts[j] as number);
      if (join === JOIN_NONE) break;
      node = keys.child(
        node,
        join,
        text,
        starts[j] as number,
        ends[j] as number,
        hashes[j] as number,
      );
      if (node < 0) break;
      nodes[depth++] = node;
    }
    let step = 1;
    for (let n = depth; n >= 1; n--) {
      const at = nodes[n - 1] as number;
      const f = flags[at] as number;
      if ((f & HAS_ENTRY) === 0) continue;
      const start = starts[i] as number;
      const end = ends[i + n - 1] as number;
      if (!caseFits(f, text, start, end)) continue;
      if (n === 1 && end - start === 1 && middleInitial(text, tokens, i)) continue;
      if (n === 1 && f & UPPER_ONLY && inShoutedRun(text, tokens, i, start, end)) continue;
      if (mailDomain(text, start)) continue;
      if (i > 0 && endsPlaceName(text, tokens, i, start, end)) continue;
      if (f & AMBIGUOUS && (glued(text, start, end) || compounded(text, tokens, i + n))) continue;
      if (f & AMBIGUOUS && labelAlone(text, start, end)) continue;
      const entry = keys.entries[at] as LexEntry;
      if (unitName(text, tokens, i, i + n)) {
        step = n;
        break;
      }
      found.push({
        entry,
        first: i,
        count: n,
        strict: n === 1 && ((flags[head] as number) & EVERYDAY) !== 0,
      });
      step = n;
      break;
    }
    i += step;
  }
  return found;
}

/** "Notes:", "Project:" alone on a line: a heading or a field's label, no tool asked for. */
function labelAlone(text: string, start: number, end: number): boolean {
  return /^[\s\-•*]*$/.test(text.slice(0, start)) && /^\s*:\s*$/.test(text.slice(end));
}

/** Lowercase prepositions that put a capitalised name in the role of a tool: "orders on Toast". */
const TOOL_PREPOSITIONS = new TokenWords(
  'in on via with using into through en sur avec dans mit auf con su com em met op'.split(' '),
);
/** Words near an everyday name that make it the tool (lexicon `skills.toolCues`), by token. */
const CUES = new TokenWords(LEXICONS.flatMap((l) => l.skills.toolCues));
const YEAR = /^\d{4}$/;

/** "escalate via Linear", "write it in Notion" (not "in Spring 2026"). */
function afterPreposition(text: string, c: Candidate, tokens: TokenBuffer): boolean {
  // The word before is a preposition as written: lower case.
  if (c.first === 0 || !TOOL_PREPOSITIONS.has(text, tokens, c.first - 1)) return false;
  const before = wordOf(text, tokens, c.first - 1);
  if (before !== before.toLowerCase()) return false;
  const after = c.first + c.count < tokens.count ? wordOf(text, tokens, c.first + c.count) : null;
  return !(after !== null && YEAR.test(after));
}

/** A cue word a few tokens before or after the name ("experience with Go", "Kenntnisse in R"). */
function hasCue(text: string, c: Candidate, tokens: TokenBuffer): boolean {
  if (afterPreposition(text, c, tokens)) return true;
  const from = Math.max(0, c.first - CUE_BEFORE);
  const to = Math.min(tokens.count, c.first + c.count + CUE_AFTER);
  for (let i = from; i < to; i++) {
    if (i >= c.first && i < c.first + c.count) continue;
    if (CUES.has(text, tokens, i)) return true;
  }
  return false;
}

/** An anchor within NEIGHBOUR_SPAN tokens of `index`, walking one way (`step` -1 or 1). */
function anchoredNear(all: Candidate[], anchor: boolean[], index: number, step: number): boolean {
  const first = (all[index] as Candidate).first;
  for (let k = index + step; k >= 0 && k < all.length; k += step) {
    if (Math.abs((all[k] as Candidate).first - first) > NEIGHBOUR_SPAN) return false;
    if (anchor[k]) return true;
  }
  return false;
}

/**
 * Which candidates count. An ambiguous name counts after a cue word, or next to a name that counts
 * ("tests with Jest and Cypress": the cue vouches for Jest, Jest for Cypress). Two linear passes.
 */
function vouched(text: string, all: Candidate[], tokens: TokenBuffer, item: boolean): boolean[] {
  const anchor: boolean[] = [];
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as Candidate;
    // An item under a heading that is the name alone ("- Excel", "• Outlook") names the tool.
    const alone = item && c.first === 0 && c.count === tokens.count;
    anchor.push(
      !c.strict && (!c.entry.ambiguous || alone || hasCue(text, c, tokens) || inTrio(i, all)),
    );
  }
  const out: boolean[] = [];
  for (let index = 0; index < all.length; index++) {
    const c = all[index] as Candidate;
    out.push(
      anchor[index] === true ||
        (c.strict
          ? listedNextTo(text, all, tokens, index, anchor)
          : anchoredNear(all, anchor, index, -1) || anchoredNear(all, anchor, index, 1)),
    );
  }
  return out;
}

/** Only a list separator between two names: ", ", " / ", " and ", " oder ". */
const LIST_GAP = /^\s{0,3}(?:[,/|&+]|and|or|und|oder|et|ou|y|o|e|en|of)?\s{0,3}$/i;

/** An everyday word ("Project", "Teams") counts only as an item of a list next to a counted tool. */
function listedNextTo(
  text: string,
  all: Candidate[],
  tokens: TokenBuffer,
  index: number,
  anchor: boolean[],
): boolean {
  const c = all[index] as Candidate;
  for (let k = index - 1; k <= index + 1; k += 2) {
    const o = all[k];
    if (!o || !anchor[k]) continue;
    const [a, b] = k < index ? [o, c] : [c, o];
    const end = tokens.ends[a.first + a.count - 1] as number;
    const start = tokens.starts[b.first] as number;
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

/** A code standing alone as a field's value: "Currency: CAD", "Devise : CHF". */
const LABEL_BEFORE = /:\s{0,3}$/;
const LINE_END_AFTER = /^\s*(?:\n|$)/;

/**
 * Codes that are also skill names ("PHP" is the peso and the language) count as money only
 * before a pay-sized figure: "PHP 40,000" and "Php 25,000" are pay, "5 years of PHP 7" is the
 * language.
 */
const SKILL_CODES: ReadonlySet<string> = new Set(['PHP']);
const PAY_FIGURE_AFTER = /^\s{0,2}\d{1,3}(?:[,.]\d{3})|^\s{0,2}\d{4,}/;

function isCurrency(text: string, start: number, end: number): boolean {
  if (end - start !== 3) return false;
  // As written in any case: "Php 25,000" is the peso too.
  if (SKILL_CODES.has(text.slice(start, end).toUpperCase()))
    return PAY_FIGURE_AFTER.test(text.slice(end, end + 12));
  if (!CURRENCY_CODE.test(text.slice(start, end))) return false;
  if (AMOUNT_NEAR.test(text.slice(Math.max(0, start - 16), Math.min(text.length, end + 3))))
    return true;
  return (
    LABEL_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
    LINE_END_AFTER.test(text.slice(end, end + 4))
  );
}

/** "£30,000 + DOE", "€45k DOE": "depending on experience" after a pay figure, not design of experiments. */
function isPayNote(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || text.slice(start, end) !== 'DOE') return false;
  return AMOUNT_NEAR.test(text.slice(Math.max(0, start - 12), start));
}

/** A short acronym as written: "MDM", "EMR". */
const ACRONYM = /^[A-Z]{2,6}$/;
/** Words of a spelled-out name: letters, digits, inner hyphens and apostrophes. */
const SPELLED_WORD = /[\p{L}\d][\p{L}\d'’]*/gu;

/** The initials of a phrase's words, lower-cased ("Mobile Device Management" → "mdm"). */
function initials(phrase: string): string {
  let out = '';
  SPELLED_WORD.lastIndex = 0;
  for (let m = SPELLED_WORD.exec(phrase); m; m = SPELLED_WORD.exec(phrase)) {
    out += m[0].charAt(0).toLowerCase();
  }
  return out;
}

/**
 * "MDM (Mobile Device Management)", "electronic medical record (EMR)": the text spells the acronym
 * out, and not as the catalogue's name for it (Master data management, Amazon EMR): another thing.
 * A catalogue name that is the acronym itself ("SEO") says nothing either way and stays.
 */
function spelledOutOtherwise(
  text: string,
  start: number,
  end: number,
  name: string,
): string | null {
  if (end - start > 6) return null;
  // Only a bracket right after the name, or round it, can spell it out.
  const after = String.prototype.charCodeAt.call(text, end);
  const bracketAfter = after === 40 || (after === 32 && text.startsWith(' (', end));
  if (!bracketAfter && !(after === 41 && String.prototype.charCodeAt.call(text, start - 1) === 40))
    return null;
  // A catalogue name that is the acronym itself counts as spelled out otherwise only when the
  // catalogue spells it with another first word: "Disability Confident Scheme (DCS)" is not DCS,
  // "Distributed Control System"; "Search Engine Optimisation (SEO)" stays SEO.
  const spelledFirst = name.includes(' ') ? null : spelledFirstWord(name);
  if (!name.includes(' ') && spelledFirst === undefined) return null;
  const acronym = text.slice(start, end);
  if (!ACRONYM.test(acronym)) return null;
  let phrase: string | null = null;
  if (bracketAfter) {
    const open = text.indexOf('(', end);
    const close = text.indexOf(')', open);
    if (close > open && close - open <= 80) phrase = text.slice(open + 1, close);
  } else if (
    String.prototype.charCodeAt.call(text, start - 1) === 40 &&
    String.prototype.charCodeAt.call(text, end) === 41
  ) {
    // The words before the bracket, as many as the acronym has letters.
    const words = text.slice(Math.max(0, start - 81), start - 1).match(SPELLED_WORD) ?? [];
    phrase = words.slice(-acronym.length).join(' ');
  }
  if (phrase === null || initials(phrase) !== acronym.toLowerCase()) return null;
  const spelled = phrase.trim().toLowerCase();
  if (spelledFirst) return spelled.startsWith(`${spelledFirst} `) ? null : phrase.trim();
  const own = name.toLowerCase();
  return own.includes(spelled) || spelled.includes(own) ? null : phrase.trim();
}

/** Acronym names → the first word of the catalogue's spelled-out form of them (built once). */
let spelledFirsts: Map<string, string> | null = null;
function spelledFirstWord(name: string): string | undefined {
  if (!spelledFirsts) {
    spelledFirsts = new Map();
    for (const [key, entry] of getLexicon().entries) {
      const space = key.indexOf(' ');
      if (space > 0 && ACRONYM.test(entry.name) && !spelledFirsts.has(entry.name)) {
        spelledFirsts.set(entry.name, key.slice(0, space));
      }
    }
  }
  return spelledFirsts.get(name);
}

/** The catalogue's entry for a spelled-out name, if it knows one ("Mobile device management"). */
function entryNamed(phrase: string): LexEntry | null {
  const key = nameKey(phrase);
  const entry = key ? getLexicon().entries.get(key) : undefined;
  return entry && !entry.ambiguous ? entry : null;
}

/**
 * "Spring Framework/Boot", "Azure Functions/DevOps": after a slash, a name's first word carries
 * over; the item is the known name it makes ("Spring Boot"), if there is one.
 */
function carriedOver(
  text: string,
  item: { start: number; end: number },
  byEnd: ReadonlyMap<number, SkillMatch>,
) {
  if (String.prototype.charCodeAt.call(text, item.start - 1) !== 47) return null;
  const before = byEnd.get(item.start - 1);
  if (!before) return null;
  const firstWord = text.slice(before.start, before.end).split(' ')[0] as string;
  return entryNamed(`${firstWord} ${text.slice(item.start, item.end)}`);
}

export interface SkillMatch {
  name: string;
  kind: LexEntry['kind'];
  /** Offsets of the words as written in the text. */
  start: number;
  end: number;
}

/** Every mention of a known skill or certification in a text (one sentence), in order. */
/** `item`: the text is a line under a heading, where a name alone is a list's item. */
export function matchSkills(text: string, item = false): SkillMatch[] {
  const tokens = TOKENS;
  scanTokens(text, tokens);
  const candidates = findCandidates(text, tokens);
  const out: SkillMatch[] = [];
  if (candidates.length === 0) return out;
  const counts = vouched(text, candidates, tokens, item);
  // Everyday names without context ("Looker"), kept in case a list of tools vouches for them.
  let unvouched: Map<number, SkillMatch> | null = null;
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index] as Candidate;
    const start = tokens.starts[c.first] as number;
    const end = tokens.ends[c.first + c.count - 1] as number;
    if (isCurrency(text, start, end) || isPayNote(text, start, end)) continue;
    const spelled = spelledOutOtherwise(text, start, end, c.entry.name);
    const entry = spelled === null ? c.entry : entryNamed(spelled);
    if (!entry) continue;
    const m: SkillMatch = { name: entry.name, kind: entry.kind, start, end };
    if (counts[index]) out.push(m);
    else {
      unvouched ??= new Map();
      unvouched.set(m.start, m);
    }
  }
  if (out.length < 2) return out;
  const listed = listedNames(text, out);
  if (listed.length === 0) return out;
  // The names known before the list's unknown items, by where they end ("Spring Framework/").
  let byEnd: Map<number, SkillMatch> | null = null;
  for (const span of listed) {
    const named = unvouched?.get(span.start);
    if (
      named?.end !== span.end &&
      String.prototype.charCodeAt.call(text, span.start - 1) === 47 &&
      !byEnd
    ) {
      byEnd = new Map(out.map((m) => [m.end, m]));
    }
    const carried = named?.end === span.end || !byEnd ? null : carriedOver(text, span, byEnd);
    out.push(
      named?.end === span.end
        ? named
        : carried
          ? { name: carried.name, kind: carried.kind, ...span }
          : { name: text.slice(span.start, span.end), kind: 'skill', ...span },
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A search record's source line: the word and one to three names of a board, nothing else ("via
 * LinkedIn", "via Salary.com", "über StepStone"). No digit: "über 5 Jahre SAP" is a requirement.
 */
const FOUND_VIA = caseless(
  `^(?:${alternation((l) => l.skills.foundVia)})\\s(?:[\\p{Lu}][\\p{L}.&'-]*)(?:\\s[\\p{Lu}][\\p{L}.&'-]*){0,2}$`,
  'u',
);

/** "The use of any AI tool, including ChatGPT, … is prohibited": tools forbidden, not asked for. */
const FORBIDDEN = gated(
  caseless(`(?<![\\p{L}])(?:${alternation((l) => l.skills.forbidden)})(?![\\p{L}])`, 'iu'),
  LEXICONS.flatMap((l) => l.skills.forbidden.map((w) => w.trim()).filter((w) => w !== '')),
);

/** "… consenso al trattamento dei dati personali (GDPR)": the applicant's consent, no skill asked. */
const CONSENT = gated(
  caseless(`(?<![\\p{L}])(?:${alternation((l) => l.skills.consent)})(?![\\p{L}])`, 'iu'),
  LEXICONS.flatMap((l) => l.skills.consent.map((w) => w.trim()).filter((w) => w !== '')),
);

/** "a virtual interview via Microsoft Teams": the employer's hiring steps, no skill asked. */
const HIRING_STEP = gated(
  caseless(`(?<![\\p{L}])(?:${alternation((l) => l.skills.hiringSteps)})(?![\\p{L}])`, 'iu'),
  LEXICONS.flatMap((l) => l.skills.hiringSteps.map((w) => w.trim()).filter((w) => w !== '')),
);

/** "a link to your GitHub", "GitHub profile", "[GitHub](https://github.com/acme)": a page, no tool. */
const PROFILE_SITE = new Set(PROFILE_SITES.map((w) => w.toLowerCase()));
const PROFILE_BEFORE = caseless(
  `(?<![\\p{L}])(?:${alternation((l) => l.skills.profileBefore)})\\s{1,2}$`,
  'iu',
);
const PROFILE_AFTER = caseless(
  `^(?:[-\\s]{1,2}(?:${alternation((l) => l.skills.profileAfter)})(?![\\p{L}])|\\]\\(https?:)`,
  'iu',
);

/** Whether a code host's or portfolio site's name stands for the candidate's or firm's page there. */
function profilePage(text: string, m: SkillMatch): boolean {
  if (!PROFILE_SITE.has(m.name.toLowerCase())) return false;
  if (PROFILE_AFTER.test(text.slice(m.end, m.end + 24))) return true;
  return PROFILE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

/** Whether `name` of `kind` is new to `seen` (and now seen). */
function firstOf(
  seen: Partial<Record<Found['kind'], Set<string>>>,
  kind: Found['kind'],
  name: string,
): boolean {
  let names = seen[kind];
  if (names === undefined) {
    names = new Set();
    seen[kind] = names;
  } else if (names.has(name)) return false;
  names.add(name);
  return true;
}

/**
 * Named tools, technologies, methods and certifications in one sentence, each once, with the words
 * the sentence wrote (`mention`, offsets into the sentence: the engine maps them to the text) and a
 * group for alternatives (`anyOf`, local to the sentence: the engine makes it unique).
 */
export const extractSkills: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  const found = matchSkills(text, sentence.heading !== null);
  const out: Found[] = [];
  // "via Greenhouse", "via Salary.com": the line of a search record that names the board.
  if (found.length > 0 && FOUND_VIA.test(text)) return out;
  const credentials = findCredentials(text, found);
  if (found.length === 0 && credentials.length === 0) return out;
  // A licence that names a catalogue thing ("forklift licence") is the licence alone.
  const matches =
    credentials.length === 0 ? found : found.filter((m) => !coveredBy(credentials, m));
  // Tested only where a name was found: most sentences name none.
  if (FORBIDDEN.test(text) || CONSENT.test(text) || HIRING_STEP.test(text)) return out;
  const groups = alternativeGroups(text, matches);
  // Names seen, by kind: no "kind:name" string is built per mention.
  const seen: Partial<Record<Found['kind'], Set<string>>> = {};
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as SkillMatch;
    if (profilePage(text, m) || !firstOf(seen, m.kind, m.name)) continue;
    const mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
    const group = groups[i];
    out.push(
      group === undefined
        ? { kind: m.kind, name: m.name, mention, at: m.start }
        : { kind: m.kind, name: m.name, mention, anyOf: String(group), at: m.start },
    );
  }
  for (const f of credentials) {
    if (firstOf(seen, f.kind, 'name' in f ? f.name : '')) out.push(f);
  }
  return out;
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  PAY_FIGURE_AFTER,
  YEAR,
  LIST_GAP,
  CURRENCY_CODE,
  AMOUNT_NEAR,
  ACRONYM,
  SPELLED_WORD,
  FORBIDDEN,
  CONSENT,
  HIRING_STEP,
  FOUND_VIA,
  PROFILE_BEFORE,
  PROFILE_AFTER,
);
