import { z } from 'zod';
import dictionary from '../../data/skills.json';
import { warmLater } from '../../pipeline/gate';
import { ALIASES, AMBIGUOUS, CERTIFICATIONS, EXTRA_SKILLS, NOT_SKILLS } from './alias-table';
import { ANY_CASE, MODERN_TOOLS } from './modern-tools';
import { nameKey } from './tokens';

/** What one written form of a name resolves to, and how strictly it must be written to count. */
export interface LexEntry {
  name: string;
  kind: 'skill' | 'certification';
  /** Must start with a capital ("Excel", not "excel" the verb). */
  capital: boolean;
  /** Short acronym: must be written in capitals ("SAS", "CIA", "SEO"). */
  upper: boolean;
  /** An everyday word too ("Go", "Swift", "R"): needs a tech context (skills.ts). */
  ambiguous: boolean;
}

export const MAX_NGRAM = 5;

/** "^" marks an everyday word: it needs a capital. */
const MARK = /^\^/;
const Dictionary = z.object({ entries: z.array(z.array(z.string()).min(1)) });
/** Hand-written acronyms up to five letters must be written in capitals ("SOAP", "ELISA"). */
const SHORT_ACRONYM = /^[A-Z0-9]{1,5}$/;
const LETTERS_ONLY = /^\p{L}{1,2}$/u;

/** "Service Cloud", "Design Thinking": everyday words that name a thing only when capitalised. */
function isTitlePhrase(form: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u.test(form);
}

/**
 * `strictCaps`: an all-capitals catalogue form ("ENFORCE", "BASIC", "FAST" are O*NET product
 * names) only counts written in capitals; hand-written forms only when they are short acronyms.
 */
function entryFor(
  form: string,
  name: string,
  kind: LexEntry['kind'],
  capital: boolean,
  strictCaps: boolean,
  everyday = false,
): [string, LexEntry] | null {
  const key = nameKey(form);
  if (!key) return null;
  const ambiguous = everyday || AMBIGUOUS.has(key) || LETTERS_ONLY.test(key);
  const allCaps = /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);
  const upper = allCaps && (strictCaps || SHORT_ACRONYM.test(form));
  return [key, { name, kind, capital: capital || ambiguous, upper, ambiguous }];
}

/** The generated O*NET part: key → entry, "^" forms wanting a capital. */
function dictionaryEntries(): Map<string, LexEntry> {
  const map = new Map<string, LexEntry>();
  for (const entry of Dictionary.parse(dictionary).entries) {
    const [first, ...others] = entry;
    if (!first) continue;
    const display = first.replace(MARK, '');
    for (const marked of [first, ...others]) {
      const form = marked.replace(MARK, '');
      // "Front Desk": capitalised everyday words name a product only when written that way.
      const capital = marked !== form || isTitlePhrase(form);
      const pair = entryFor(form, display, 'skill', capital, true);
      if (pair && !map.has(pair[0])) map.set(pair[0], pair[1]);
    }
  }
  return map;
}

function build(): Map<string, LexEntry> {
  const generated = dictionaryEntries();
  const map = new Map<string, LexEntry>();
  // The hand-written table wins on a shared key, but keeps the dictionary's verdict that a form is
  // an everyday word ("tableau" is French for a table).
  const add = (
    form: string,
    name: string,
    kind: LexEntry['kind'],
    capital: boolean,
    everyday = false,
  ) => {
    const pair = entryFor(form, name, kind, capital, false, everyday);
    if (!pair || map.has(pair[0])) return;
    const [key, entry] = pair;
    if (generated.get(key)?.capital) entry.capital = true;
    map.set(key, entry);
  };
  for (const names of CERTIFICATIONS) {
    const [canonical, ...others] = names;
    if (!canonical) continue;
    for (const form of [canonical, ...others]) {
      add(form, canonical, 'certification', isTitlePhrase(form));
    }
  }
  for (const [alias, canonical] of Object.entries(ALIASES)) {
    add(alias, canonical, 'skill', isTitlePhrase(alias));
    add(canonical, canonical, 'skill', isTitlePhrase(canonical));
  }
  for (const name of EXTRA_SKILLS) add(name, name, 'skill', isTitlePhrase(name));
  for (const { forms, everyday } of MODERN_TOOLS) {
    // A name the tables above already know keeps its canonical form ("Dynamics 365").
    const known = forms.map((f) => map.get(nameKey(f) ?? '')?.name).find((n) => n !== undefined);
    const canonical = known ?? (forms[0] as string);
    // "Square" is a word, "Square POS" is only the product.
    for (const form of forms) {
      add(form, canonical, 'skill', isTitlePhrase(form), everyday && !form.includes(' '));
    }
  }
  for (const [key, entry] of generated) if (!map.has(key)) map.set(key, entry);
  for (const key of NOT_SKILLS) map.delete(key);
  for (const key of ANY_CASE) {
    const entry = map.get(key);
    if (entry && !entry.ambiguous) map.set(key, { ...entry, upper: false, capital: false });
  }
  return map;
}

export interface Lexicon {
  /** `keyOf` key → entry. */
  entries: ReadonlyMap<string, LexEntry>;
}

/** A node of the key tree (`keyTree`): the entry whose key ends here, and the keys that go on. */
export interface KeyNode {
  entry: LexEntry | undefined;
  /** Separator (' ', '/', '&', "'") → next token's lowercase form → node; null when no key goes on. */
  next: Map<string, Map<string, KeyNode>> | null;
}

/**
 * The keys as a tree of tokens: the first token's lowercase form, then for each further token its
 * separator and its lowercase form; each key split at its separators (tokens never contain one).
 * The matcher reads it flattened (`KeyTable`); built on demand, not kept.
 */
export function keyTree(entries: ReadonlyMap<string, LexEntry>): Map<string, KeyNode> {
  const root = new Map<string, KeyNode>();
  const child = (map: Map<string, KeyNode>, word: string): KeyNode => {
    let node = map.get(word);
    if (!node) {
      node = { entry: undefined, next: null };
      map.set(word, node);
    }
    return node;
  };
  for (const [key, entry] of entries) {
    const parts = key.split(/([ /&'])/);
    let node = child(root, parts[0] as string);
    for (let i = 1; i < parts.length; i += 2) {
      node.next ??= new Map();
      const sep = parts[i] as string;
      let bySep = node.next.get(sep);
      if (!bySep) {
        bySep = new Map();
        node.next.set(sep, bySep);
      }
      node = child(bySep, parts[i + 1] as string);
    }
    node.entry = entry;
  }
  return root;
}

let lexicon: Lexicon | null = null;

/** The skill lexicon; built on first use (the dictionary is ~6k names). */
export function getLexicon(): Lexicon {
  if (!lexicon) {
    lexicon = { entries: build() };
  }
  return lexicon;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(MARK, SHORT_ACRONYM, LETTERS_ONLY);
