/**
 * From a job title on a résumé to the field of work it stands for: "Senior Support Specialist" →
 * "Support", "Data Analyst" → "Data Analysis", "Chargée de communication" → "Communication",
 * "Développeur Java" → "Développement Java", "Vertriebsmitarbeiter" → "Vertrieb". A posting asks
 * for years *in a field* ("5 years in customer support"), so the profile keeps fields, not titles;
 * roles in one field add up. The words come from the per-language tables in role-words.ts.
 */
import { ROLE_WORDS } from './role-words';

const TABLES = Object.values(ROLE_WORDS);

const RANK = new Set(TABLES.flatMap((t) => t.rank));
const FRAME = new Set(TABLES.flatMap((t) => t.frame));
const LINK = new Set(TABLES.flatMap((t) => t.link));
/** The first language listing a noun gives its field. */
const OWN_FIELD = new Map<string, string>();
for (const t of TABLES)
  for (const [noun, field] of Object.entries(t.ownField))
    if (!OWN_FIELD.has(noun)) OWN_FIELD.set(noun, field);
const FEMININE = [...new Set(TABLES.flatMap((t) => (t.feminine ? [t.feminine] : [])))];
/** Endings of one-word titles, longest first ("sachbearbeiter" before "bearbeiter"). */
const COMPOUND = TABLES.flatMap((t) => Object.entries(t.compound ?? {})).sort(
  (a, b) => b[0].length - a[0].length,
);
/** A one-word title keeps this much before its role noun ("Projekt" in "Projektleiter"). */
const MIN_COMPOUND_START = 3;

/** A manager of these manages them: "Project Manager" → "Project Management". */
const MANAGED = new Set(
  'project projects product products program programme account accounts office property case'.split(
    ' ',
  ),
);

/** A gender mark written onto the noun: "Leiter(in)", "Chargé(e)", "Développeur(se)". */
const GENDER_MARK = /\((?:in|innen|e|se|euse|a)\)/;

const strip = (word: string) =>
  word
    .toLowerCase()
    .replace(GENDER_MARK, '')
    .replace(/^[(]+|[),.:;]+$/g, '');

/** The word itself, or its masculine form when a feminine suffix is written onto it. */
function forms(key: string): string[] {
  const found = [key];
  for (const f of FEMININE)
    if (key.endsWith(f) && key.length > f.length) found.push(key.slice(0, -f.length));
  return found;
}

const inFrame = (key: string) => forms(key).some((k) => FRAME.has(k));
const ownField = (key: string) =>
  forms(key)
    .map((k) => OWN_FIELD.get(k))
    .find((f) => f !== undefined);

/** "Vertriebs" → "Vertrieb": the joining s of a compound is not part of its first word. */
const withoutJoiningS = (start: string) => start.replace(/(?<=[bcdfghklmnprtz])s$/, '');

/**
 * The field a one-word title stands for: "Softwareentwickler" → "Softwareentwicklung",
 * "Vertriebsmitarbeiterin" → "Vertrieb"; null when the word ends in no known role noun.
 */
function compoundField(word: string): string | null {
  const bare = word.replace(GENDER_MARK, '').replace(/^[(]+|[),.:;]+$/g, '');
  for (const key of forms(bare.toLowerCase())) {
    for (const [noun, field] of COMPOUND) {
      if (!key.endsWith(noun) || key.length - noun.length < MIN_COMPOUND_START) continue;
      const start = bare.slice(0, key.length - noun.length);
      return field === null ? withoutJoiningS(start) : start + field;
    }
  }
  return null;
}

function trimLinks(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && LINK.has(strip(words[from] ?? ''))) from++;
  while (to > from && LINK.has(strip(words[to - 1] ?? ''))) to--;
  return words.slice(from, to);
}

/** Whether a word is a role noun a title ends in ("Developer", "Manager", "nurse"). */
export function isRoleNoun(word: string): boolean {
  const key = strip(word);
  return inFrame(key) || ownField(key) !== undefined;
}

/**
 * Whether a line names a role by a noun that stands for its own field, in any language of the
 * tables ("Desarrolladora Backend", "Ingénieur qualité", "Softwareentwicklerin"): a title, not a
 * company or a place.
 */
export function namesOwnFieldRole(line: string): boolean {
  return line
    .split(/[\s,–—/|]+/)
    .some((w) => w !== '' && (ownField(strip(w)) !== undefined || compoundField(w) !== null));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const startsLower = (word: string) =>
  word !== '' && word.charAt(0) !== word.charAt(0).toUpperCase();

/** The field a job title stands for, or the title itself when no field can be told apart. */
export function fieldOfTitle(title: string): string {
  // "Manager, Customer Success" and "Manager – Sales": the field is the part after the role.
  const words = title
    .replace(/[,–—/]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^\d/.test(w))
    .slice(0, 12);
  const kept: string[] = [];
  let managed = false;
  for (const word of words) {
    const key = strip(word);
    if (RANK.has(key)) continue;
    if (key === 'manager' || key === 'management') managed = true;
    if (inFrame(key)) continue;
    const own = ownField(key);
    if (own) {
      // The field takes the role noun's place: "Data Analyst", "Analista de datos".
      const before = kept.at(-1) ?? '';
      kept.push(kept.length > 0 && startsLower(before) ? own.toLowerCase() : own);
      continue;
    }
    kept.push(compoundField(word) ?? word.replace(/[,.:;]+$/, ''));
  }
  const rest = trimLinks(kept);
  if (rest.length === 0) return title.trim();
  const onlyWord = rest.length === 1 ? strip(rest[0] ?? '') : '';
  const field = managed && MANAGED.has(onlyWord) ? [...rest, 'management'] : rest;
  return capitalised(field.join(' '));
}
