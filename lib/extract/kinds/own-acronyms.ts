import { LEXICONS } from '../lexicon/build';
import { cleanLine, firstLines } from './posting-words';
import { canonicalSkill } from './skill-data/aliases';

/**
 * Names a posting defines for its own bodies: "Join the Ontario Digital Service (ODS)", "log into
 * Employee Self Service (ESS)", "Office of the Public Guardian (OPG)"; and for the job itself:
 * "Technical Program Manager (TPM)". The acronym and its long form then name the organisation,
 * programme or role, so a skill read from either is dropped
 * (`../index.ts`). A long form counts only when its first or last word is a body noun, none of its
 * other words is a known tool, and no capitalised word runs on before it ("Amazon Simple Queue
 * Service (SQS)" is the vendor's product).
 */

const BODIES: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.skills.ownBodies));
const ROLES: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.skills.ownRoles));
const JOINERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.skills.nameJoiners));
const ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'le', 'el', 'il', 'die', 'der', 'de']);

/**
 * An acronym in brackets: "(ODS)", tried at each "(" (found by indexOf): over a whole posting, a
 * Unicode pattern's own scan for its bracket cost more than the rest of this reader.
 */
const DEFINED = /\((\p{Lu}{2,6})\)/uy;
const WORD = /[\p{L}'’]+/gu;

/** The letters of a name, lower case: "Employee self-service" → "employeeselfservice". */
export function letterKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** Letter keys of the acronyms and long forms the text defines as its own bodies. */
export function ownBodyNames(text: string): Set<string> {
  const out = new Set<string>();
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    DEFINED.lastIndex = at;
    const m = DEFINED.exec(text);
    if (m === null) continue;
    const acronym = m[1] ?? '';
    const before = text.slice(Math.max(0, at - 120), at);
    if (!/[\p{L}]\s{0,2}$/u.test(before)) continue;
    const long = longForm(before, acronym);
    if (long === null) continue;
    out.add(acronym.toLowerCase());
    out.add(letterKey(long.join(' ')));
  }
  return out;
}

/** The words before the brackets whose initials spell the acronym, or null. */
function longForm(before: string, acronym: string): string[] | null {
  const found = [...before.matchAll(WORD)];
  const words = found.map((w) => w[0]);
  const initials: string[] = [];
  let i = words.length - 1;
  for (; i >= 0 && initials.length < acronym.length; i--) {
    const w = words[i] ?? '';
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w)) initials.unshift(...w.split(/[-‐]/u).map((p) => p.charAt(0)));
    else if (!JOINERS.has(lower) || initials.length === 0) return null;
  }
  if (initials.join('') !== acronym) return null;
  const long = words.slice(i + 1);
  const first = (long[0] ?? '').toLowerCase();
  const last = (long[long.length - 1] ?? '').toLowerCase();
  // "Senior Staff Technical Program Manager (TPM)": a job's name runs on from its seniority.
  const role = ROLES.has(first) || ROLES.has(last);
  const prev = found[i];
  if (!role && prev !== undefined && runsOn(before, prev, found[i + 1]?.index ?? 0)) return null;
  if (!BODIES.has(first) && !BODIES.has(last) && !role) return null;
  const tool = long.some((w) => !BODIES.has(w.toLowerCase()) && canonicalSkill(w) !== null);
  return tool ? null : long;
}

/**
 * Whether a name's capitalised words spell an acronym in order, its joining words left out and at
 * most one word unspelled: "Ministry Of Social And Family Development" spells "MSF",
 * "Attorney-General's Chambers" spells "AGC"; the first word always gives the first letter.
 */
export function spellsAcronym(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/u).filter((w) => w !== '' && !JOINERS.has(w.toLowerCase()));
  if (words.length < acronym.length || words.length > acronym.length + 1) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  let at = 0;
  for (const w of words) if (at < acronym.length && w.charAt(0) === acronym.charAt(at)) at++;
  return at === acronym.length && words[0]?.charAt(0) === acronym.charAt(0);
}

/** A capitalised word in the same clause just before the long form: "Amazon Simple Queue …". */
function runsOn(before: string, prev: RegExpMatchArray, next: number): boolean {
  const w = prev[0];
  if (!/^\p{Lu}/u.test(w) || ARTICLES.has(w.toLowerCase())) return false;
  return /^\s{1,3}$/u.test(before.slice((prev.index ?? 0) + w.length, next));
}

/**
 * "At MSF, our mission…" under a header line "Ministry Of Social And Family Development": the
 * acronym's long form from the first lines.
 */
export function spelledOut(text: string, name: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return null;
  for (const raw of firstLines(text, 3)) {
    const line = cleanLine(raw);
    if (line.length <= 80 && spellsAcronym(name, line)) return line;
  }
  return null;
}
