import { FIELD_WORDS } from './field-words';
import { folded } from './fold';

/**
 * Matching fields of work ("customer support" ~ "customer service" ~ "support operations") by the
 * words they share. Postings list alternatives ("marketing, advertising, digital"): a field matches
 * when it matches any one of them.
 */

const TABLES = Object.values(FIELD_WORDS);

/** Words that say nothing about the field itself, in every language. */
const STOP = new Set(TABLES.flatMap((t) => t.stop));

/** Word families, near-synonyms and translations, folded to one English word. */
const FAMILY = new Map(TABLES.flatMap((t) => Object.entries(t.family)));

/** Compound heads ("entwicklung" of "softwareentwicklung"), longest first. */
const COMPOUND_HEADS = TABLES.flatMap((t) => Object.entries(t.compoundHeads)).sort(
  (a, b) => b[0].length - a[0].length,
);
/** The part before a compound head must be a word of its own (not "ent" of "entwicklung"). */
const MIN_COMPOUND_PART = 3;

/** Words too broad to make two fields related on their own ("customer success" vs "customer support"). */
const GENERIC = new Set([
  'account',
  'business',
  'client',
  'customer',
  'data',
  'digital',
  'general',
  'global',
  'international',
  'management',
  'online',
  'product',
  'project',
  'technical',
  'user',
]);

function fold(word: string): string {
  const direct = FAMILY.get(word);
  if (direct) return direct;
  // Plurals: "services" -> "service" -> "support"; keep "sales", "operations", "analytics" whole.
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    const singular = word.slice(0, -1);
    const family = FAMILY.get(singular);
    if (family) return family;
  }
  return word;
}

/** "softwareentwicklung" -> software, development; "webontwikkelaar" -> web, development. */
function unglued(word: string): string[] {
  if (FAMILY.has(word)) return [word];
  for (const [head, field] of COMPOUND_HEADS) {
    if (word.length >= head.length + MIN_COMPOUND_PART && word.endsWith(head)) {
      return [word.slice(0, -head.length), field];
    }
  }
  return [word];
}

/** Phrases read as one word, in every language: "business development", "service client". */
const PHRASES = new RegExp(
  `(?<![a-z0-9])(?:${TABLES.flatMap((t) => t.phrases.map(([p]) => p.replace(/ /g, '\\s')))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-z0-9])`,
  'g',
);
const PHRASE_WORD = new Map(TABLES.flatMap((t) => t.phrases.map(([p, w]) => [p, w] as const)));

/** Ways of writing a kind of work that are one word here ("back-end", "front end", "healthcare"). */
const SPELLINGS: [RegExp, string][] = [
  [/\bhealth\s?care\b/g, 'healthcare'],
  [/\bback[\s-]?end\b/g, 'backend'],
  [/\bfront[\s-]?end\b/g, 'frontend'],
  [/\bfull[\s-]?stack\b/g, 'fullstack'],
  [/\be[\s-]?commerce\b/g, 'ecommerce'],
];

/** Support work; "service" alone is not ("Service Cloud", "public service"). */
const SUPPORT_PHRASE =
  /\b(customer|client|user|guest)\s(?:services?|care)\b|\b(?:help|service)\s?desk\b/g;

/** Folded, with each phrase and spelling of one kind of work made one word. */
function phrased(text: string): string {
  const words = folded(text)
    .replace(SUPPORT_PHRASE, (_, who: string | undefined) => `${who ?? ''} support`)
    .replace(PHRASES, (p) => PHRASE_WORD.get(p.replace(/\s+/g, ' ')) ?? p);
  return SPELLINGS.reduce((t, [re, word]) => t.replace(re, word), words);
}

export function fieldWords(text: string): Set<string> {
  return new Set(
    phrased(text)
      .split(/[^a-z0-9+#]+/)
      .filter((w) => w.length > 0 && !STOP.has(w))
      .flatMap(unglued)
      .map(fold),
  );
}

/** Alternatives are split at these, and at each language's "and" and "or" between spaces. */
const ALTERNATIVES = new RegExp(
  `[,;/&]|(?<=\\s|^)(?:${[...new Set(TABLES.flatMap((t) => t.joins))].join('|')})(?=\\s|$)`,
  'i',
);

/** "marketing, advertising, digital" -> three alternatives; "sales and marketing" -> two. */
export function fieldAlternatives(text: string): Set<string>[] {
  // Phrases first: "análise e desenvolvimento de sistemas" is one field, not two.
  return phrased(text)
    .split(ALTERNATIVES)
    .map(fieldWords)
    .filter((words) => words.size > 0);
}

/**
 * Related when everything asked is there, or when they share a specific word that makes up at
 * least half of either side: "support escalations" ~ "customer support", not ~ "customer success".
 */
function related(asked: Set<string>, have: Set<string>): boolean {
  const shared = [...asked].filter((w) => have.has(w));
  if (shared.length > 0 && shared.length === asked.size) return true;
  const half = shared.length * 2 >= Math.min(asked.size, have.size);
  return half && shared.some((w) => !GENERIC.has(w));
}

/**
 * Fields that are one field of work under different names, each with the reason it is written
 * down for. Kept small on purpose: a pair belongs here only when years in one would count, for a
 * hiring manager, as years in the other. Words are as `fieldWords` folds them. A group `within`
 * another holds kinds of that other's work: each relates to it, both ways, but not to its siblings
 * (years of front-end work are software development, not back-end work).
 */
export const RELATED_FIELDS: readonly { words: readonly string[]; why: string; within?: string }[] =
  [
    {
      words: ['support'],
      why: 'customer support, customer service and help desk work answer the same customers',
    },
    {
      words: ['marketing', 'advertising', 'brand', 'communications'],
      why: 'advertising and brand communication are parts of marketing',
    },
    {
      words: ['sales', 'bizdev', 'selling'],
      why: 'business development is selling to new accounts',
    },
    {
      words: ['development', 'engineering', 'programming', 'software', 'computing'],
      why: 'software development, programming, software engineering and computer science are the same work',
    },
    {
      words: ['backend', 'frontend', 'fullstack'],
      within: 'software',
      why: 'back-end, front-end and full-stack development are kinds of software development',
    },
    {
      words: ['analytics', 'bi', 'reporting', 'statistics'],
      why: 'business intelligence and reporting are data analysis',
    },
    {
      words: ['recruiting', 'sourcing', 'staffing', 'hr'],
      why: 'recruiting, talent acquisition and staffing are one function of HR',
    },
    {
      words: ['accounting', 'bookkeeping', 'audit', 'finance'],
      why: 'bookkeeping and audit are accounting work, and accounting is finance',
    },
    { words: ['nursing', 'healthcare', 'clinical'], why: 'nursing is clinical health care' },
    {
      words: ['teaching', 'tutoring', 'training', 'education'],
      why: 'teaching, tutoring and training are education',
    },
  ];

const GROUP_OF = new Map<string, number>();
RELATED_FIELDS.forEach((group, i) => {
  for (const word of group.words) GROUP_OF.set(word, i);
});

/** The word a field is about: its last specific word ("advertising sales" is sales). */
function head(words: Set<string>): string | undefined {
  return [...words].reverse().find((w) => !GENERIC.has(w));
}

/**
 * Why two fields are related through `RELATED_FIELDS`, or null when they are not. Each field is
 * taken by its head word, so "advertising sales" is sales work, not advertising.
 */
function relatedGroup(asked: Set<string>, have: Set<string>): string | null {
  const a = head(asked);
  const h = head(have);
  if (a === undefined || h === undefined) return null;
  const ga = GROUP_OF.get(a);
  const gh = GROUP_OF.get(h);
  if (ga === undefined || gh === undefined) return null;
  const groupA = RELATED_FIELDS[ga];
  const groupH = RELATED_FIELDS[gh];
  if (ga === gh) return groupA?.within !== undefined && a !== h ? null : (groupA?.why ?? null);
  // A kind of work and the work it is a kind of ("backend" ~ "software development").
  if (groupA?.within !== undefined && GROUP_OF.get(groupA.within) === gh) return groupA.why;
  if (groupH?.within !== undefined && GROUP_OF.get(groupH.within) === ga) return groupH.why;
  return null;
}

/** Whether the profile's field `have` is the same as, or related to, the posting's field `asked`. */
export function fieldMatches(asked: string, have: string): boolean {
  const haveWords = fieldWords(have);
  if (haveWords.size === 0) return false;
  return fieldAlternatives(asked).some(
    (alt) => related(alt, haveWords) || relatedGroup(alt, haveWords) !== null,
  );
}

/** The written-down reason two fields are related, or null ("customer service" ~ "help desk"). */
export function whyRelated(asked: string, have: string): string | null {
  const haveWords = fieldWords(have);
  for (const alt of fieldAlternatives(asked)) {
    const why = relatedGroup(alt, haveWords);
    if (why) return why;
  }
  return null;
}
