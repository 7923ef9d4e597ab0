/**
 * Matching fields of work ("customer support" ~ "customer service" ~ "support operations") by the
 * words they share. Postings list alternatives ("marketing, advertising, digital"): a field matches
 * when it matches any one of them.
 */

/** Words that say nothing about the field itself. */
const STOP = new Set([
  'a',
  'an',
  'and',
  'area',
  'areas',
  'at',
  'based',
  'environment',
  'equivalent',
  'experience',
  'field',
  'fields',
  'for',
  'function',
  'ideally',
  'in',
  'industry',
  'junior',
  'lead',
  'of',
  'on',
  'or',
  'position',
  'preferably',
  'professional',
  'related',
  'relevant',
  'role',
  'roles',
  'senior',
  'setting',
  'similar',
  'the',
  'to',
  'with',
  'work',
  'working',
  'year',
  'years',
]);

/** Word families and near-synonyms, folded to one word. */
const FAMILY: Record<string, string> = {
  accountant: 'accounting',
  admin: 'administration',
  administrator: 'administration',
  analysis: 'analytics',
  analyst: 'analytics',
  analytic: 'analytics',
  analytical: 'analytics',
  ads: 'advertising',
  consultant: 'consulting',
  designer: 'design',
  dev: 'development',
  develop: 'development',
  developer: 'development',
  engineer: 'engineering',
  manage: 'management',
  manager: 'management',
  marketer: 'marketing',
  nurse: 'nursing',
  operation: 'operations',
  operational: 'operations',
  ops: 'operations',
  recruiter: 'recruiting',
  recruitment: 'recruiting',
  researcher: 'research',
  sale: 'sales',
  seller: 'sales',
  selling: 'sales',
  teacher: 'teaching',
  writer: 'writing',
};

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
  const direct = FAMILY[word];
  if (direct) return direct;
  // Plurals: "services" -> "service" -> "support"; keep "sales", "operations", "analytics" whole.
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    const singular = word.slice(0, -1);
    if (FAMILY[singular]) return FAMILY[singular];
  }
  return word;
}

/** Phrases that mean support work; "service" alone does not ("Service Cloud", "public service"). */
const SUPPORT_PHRASE =
  /\b(customer|client|user|guest)\s(?:services?|care)\b|\b(?:help|service)\s?desk\b/g;

export function fieldWords(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(SUPPORT_PHRASE, (_, who: string | undefined) => `${who ?? ''} support`)
    .split(/[^a-z0-9+#]+/);
  return new Set(words.filter((w) => w.length > 0 && !STOP.has(w)).map(fold));
}

/** "marketing, advertising, digital" -> three alternatives; "sales and marketing" -> two. */
export function fieldAlternatives(text: string): Set<string>[] {
  return text
    .split(/,|;|\/|&|\band\b|\bor\b/i)
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

/** Whether the profile's field `have` is the same as, or related to, the posting's field `asked`. */
export function fieldMatches(asked: string, have: string): boolean {
  const haveWords = fieldWords(have);
  if (haveWords.size === 0) return false;
  return fieldAlternatives(asked).some((alt) => related(alt, haveWords));
}
