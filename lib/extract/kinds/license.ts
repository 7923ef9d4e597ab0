import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { LicenseWords } from '../lexicon/types';
import { warmLater } from '../pipeline/gate';
import { mayStart, startLook } from '../pipeline/starts';
import type { Found, SentenceExtractor } from '../types';

/**
 * Licences and security clearances a posting asks for: a driving licence (with its class when
 * stated), a commercial driver's licence, a nursing licence; Secret / Top Secret / TS/SCI, UK SC
 * and DV. Names are normalised so the same licence from two languages is one item.
 */

/** Every language's words of one key, longest first: "classe" is tried before "class". */
const alt = (key: keyof LicenseWords) => alternation((l) => l.license[key]);

/**
 * The classes a driving licence is issued in (EU categories, with the national T, L and B96), and
 * a commercial licence's A, B, C: codes, not words, the same in every language. Numbered classes
 * (Singapore "Class 3", Canada "Class 5") count only after or before a class word. A class is read
 * only as a token of its own ("C1E" whole, never the "e" of "classe" or the "C" of "C1E").
 */
// "EC" is how French records write CE ("Permis : EC - Poids lourd + remorque"); France's PL (poids
// lourd) and SPL (super poids lourd) are the categories C and CE.
const DRIVING_CLASSES =
  'AM|A1|A2|A|B1|BE|B96|B|C1E|C1|CE|EC|C|D1E|D1|DE|D|T|L|SPL|PL|2A|2B|3A|3C|1|2|3|4|5';
/** Between a licence name and its class: a space, or a record's colon ("Permis : B"). */
const CLASS_GAP = '(?:\\s?:\\s?|\\s)';
const CDL_CLASSES = 'A|B|C';
/** Not an elided article either: "permis d’atteindre" is French for "allowed to reach". */
const classToken = (classes: string, group = true) =>
  `(?<![\\p{L}\\p{N}])(${group ? '' : '?:'}${classes})(?![\\p{L}\\p{N}]|['’]\\p{L})`;

/** A short name right after a class word and its class: "Class 2 licence", "classe B permis". */
const AFTER_CLASS =
  `(?<=(?:${alt('classBefore')})\\s["'“]?(?:${DRIVING_CLASSES})["'”]?\\s` +
  `(?:(?:${alt('adjectives')})\\s)?(?:${alt('drivingShort')}))`;

/**
 * A driving licence, its class before ("Klasse B Führerschein") or after ("permis B", "Führerschein
 * der Klasse C1E"). A short name ("permis", "patente") counts only with its tail ("permis de
 * conduire"), before a class or before a cue. Groups: 1 class before, 2 short name, 3 tail, 4 cue,
 * 5 class word after, 6 class after.
 */
const DRIVING = caseless(
  `(?<![\\p{L}])(?:(?:${alt('classBefore')})\\s["'“]?${classToken(DRIVING_CLASSES)}["'”]?\\s)?` +
    `(?:(?:${alt('adjectives')})\\s)?(?:${alt('driving')}|(${alt('drivingShort')})` +
    `(?:\\s(${alt('drivingShortTails')})(?![\\p{L}])|(?=${CLASS_GAP}(?:(?:${alt('classAfter')})\\s?)?${classToken(DRIVING_CLASSES, false)}|` +
    `\\s(${alt('drivingShortCues')})(?![\\p{L}])|${AFTER_CLASS})))` +
    `(?:${CLASS_GAP}(?:(?:${alt('classArticles')})\\s)?(?:(${alt('classAfter')})\\s?)?${classToken(DRIVING_CLASSES)})?(?![\\p{L}])`,
  'giu',
);
/** A commercial licence, its class after ("CDL Class A", "CDL-A" is not read). Groups: 1 name, 2 class word, 3 class. */
const CDL = caseless(
  `(?<![\\p{L}])(${alt('commercial')})(?:\\s(?:(${alt('commercialClass')})\\s)?${classToken(CDL_CLASSES)})?(?![\\p{L}])`,
  'giu',
);
/**
 * A nursing licence named ("RN license"), or held as the profession with a few words between
 * ("registration in the State of NH as a Registered Nurse"): the gap stops at a sentence's end.
 */
const NURSING = caseless(
  `(?<![\\p{L}])(?:${alt('nursing')}|(?:${alt('nursingHeld')})(?:\\s[^.;\\n]{0,50}?)?` +
    `\\s(?:${alt('nursingAs')}))(?![\\p{L}])`,
  'giu',
);

const CLEARANCE = caseless(
  `(?<![\\p{L}])(?:(${alt('clearanceLevels')})(?: (?:${alt('clearanceSecurity')}))? (?:${alt('clearance')})|` +
    `(?:${alt('clearanceSecurity')}) (?:${alt('clearance')})|(TS\\/SCI)(?: (?:${alt('polygraph')}))?)(?![\\p{L}])`,
  'giu',
);

const CLEARANCE_NAMES: Record<string, string> = {
  'ts/sci': 'TS/SCI',
  'top secret': 'Top Secret',
  secret: 'Secret',
  'public trust': 'Public Trust',
  sc: 'SC',
  dv: 'DV',
  nv1: 'NV1',
  nv2: 'NV2',
  baseline: 'Baseline',
};

/** Cheap gate: the stems every pattern above needs. */
const GATE = new RegExp(
  alternation((l) => l.license.stems),
  'i',
);

/**
 * The words one of the patterns above holds at a word start in every match (a licence name, a
 * clearance level or "security"): a sentence with none of them skips the stem scan and the patterns.
 */
const ANY_WORD = startLook([
  ...(
    ['driving', 'drivingShort', 'commercial', 'nursing', 'nursingHeld', 'clearanceLevels'] as const
  ).flatMap((key) => LEXICONS.flatMap((l) => l.license[key])),
  ...LEXICONS.flatMap((l) => l.license.clearanceSecurity),
  'TS/SCI',
]);

/**
 * More classes after a licence's class, as written in capitals ("C/CE", "B, BE und C1", "C et
 * CE"): each is a licence of its own. "B96 oder BE" is one choice, not two: read no further.
 * Sticky, read right where the match ends.
 */
const MORE_CLASSES = new RegExp(
  `(?:\\s?[/,]\\s?|\\s(?:${alt('classJoins')})\\s)` +
    `(${DRIVING_CLASSES.split('|')
      .filter((c) => /^[A-Z]/.test(c))
      .join('|')})(?![\\p{L}\\p{N}])`,
  'uy',
);
/** At most this many classes after the first: a list of codes, not a run of letters. */
const MAX_MORE_CLASSES = 4;

/** The classes listed after a match's own class, each as a licence item. */
function moreClasses(text: string, m: RegExpExecArray, first: string, at: number): Found[] {
  const out: Found[] = [];
  let end = m.index + m[0].length;
  MORE_CLASSES.lastIndex = end;
  for (let c = MORE_CLASSES.exec(text); c && out.length < MAX_MORE_CLASSES; ) {
    const written = c[1] as string;
    end = c.index + c[0].length;
    const name = `Driving licence (${classCode(written)})`;
    if (name !== first && !out.some((f) => f.kind === 'license' && f.name === name)) {
      const mention = { text: written, start: end - written.length, end };
      out.push({ kind: 'license', name, mention, at });
    }
    MORE_CLASSES.lastIndex = end;
    c = MORE_CLASSES.exec(text);
  }
  return out;
}

/** The words of a match as the sentence wrote them. */
function mentionOf(m: RegExpExecArray) {
  return { text: m[0], start: m.index, end: m.index + m[0].length };
}

/**
 * Whether a class read after a licence name stands: after a class word ("Klasse b") any case does;
 * bare, it must be written in capitals, or be one lowercase letter that is no word of its own
 * ("permis b", but not the "de" of "permis de travail" or the "a" of "licence a plus").
 */
function classStands(token: string, classWord: string | undefined): boolean {
  // A number is a class only with its class word ("Class 3"), never "licence 2 years".
  if (String.prototype.charCodeAt.call(token, 0) < 65) return classWord !== undefined;
  if (classWord || token === token.toUpperCase()) return true;
  return token.length === 1 && !BARE_LOWER_WORDS.has(token);
}
/** Lowercase single letters that are words ("a", "e") and never a bare class. */
const BARE_LOWER_WORDS = new Set(['a', 'e']);

/** Acronyms among the commercial names ("CDL"): read only as written, in capitals. */
const COMMERCIAL_ACRONYMS = new Set(
  LEXICONS.flatMap((l) => l.license.commercial).filter((w) => w === w.toUpperCase()),
);

/** The match up to `end` characters in, as a mention without trailing spaces. */
function mentionUpTo(m: RegExpExecArray, end: number) {
  const text = m[0].slice(0, end).trimEnd();
  return { text, start: m.index, end: m.index + text.length };
}

/** A class as the EU writes it: French "EC" and "SPL" are the category CE, "PL" is C. */
const EU_CLASS: Readonly<Record<string, string>> = { EC: 'CE', SPL: 'CE', PL: 'C' };
function classCode(written: string | undefined): string | undefined {
  const code = written?.toUpperCase();
  return code === undefined ? undefined : (EU_CLASS[code] ?? code);
}

const DRIVING_LICENCE = 'Driving licence';

function drivingLicence(m: RegExpExecArray): Found | null {
  const [whole, before, shortName, tail, cue, classWord, after] = m;
  const short = shortName !== undefined && !tail && !cue;
  if (after && !classStands(after, classWord)) {
    // "Permis de travail": a short name whose only cue was no class is no licence.
    if (short) return null;
    const mention = mentionUpTo(m, whole.length - after.length);
    const name = before ? `Driving licence (${before.toUpperCase()})` : DRIVING_LICENCE;
    return { kind: 'license', name, mention, at: m.index };
  }
  const level = classCode(after ?? before);
  const name = level ? `Driving licence (${level})` : DRIVING_LICENCE;
  return { kind: 'license', name, mention: mentionOf(m), at: m.index };
}

export const extractLicenses: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  if (!mayStart(text, ANY_WORD) || !GATE.test(text)) return [];
  const driving: Found[] = [];
  DRIVING.lastIndex = 0;
  for (let m = DRIVING.exec(text); m && driving.length < 4; m = DRIVING.exec(text)) {
    const licence = drivingLicence(m);
    if (licence) driving.push(licence);
    // "Führerausweis Kategorie C/CE": the classes after the first, when it stood as a class.
    if (licence?.kind === 'license' && licence.name.endsWith(')') && m[6] !== undefined) {
      driving.push(...moreClasses(text, m, licence.name, licence.at));
    }
  }
  // "Fahrerlaubnis der Führerscheinklasse B": the licence named twice, once with its class.
  const classed = driving.filter((f) => f.kind === 'license' && f.name !== DRIVING_LICENCE);
  const found: Found[] = classed.length > 0 ? classed : driving;
  CDL.lastIndex = 0;
  for (let m = CDL.exec(text); m && found.length < 4; m = CDL.exec(text)) {
    const [, written, classWord, level] = m;
    if (
      written &&
      COMMERCIAL_ACRONYMS.has(written.toUpperCase()) &&
      written !== written.toUpperCase()
    )
      continue;
    if (level && !classStands(level, classWord)) {
      const mention = mentionUpTo(m, m[0].length - level.length);
      found.push({ kind: 'license', name: 'CDL', mention, at: m.index });
      continue;
    }
    const name = level ? `CDL (class ${level.toUpperCase()})` : 'CDL';
    found.push({ kind: 'license', name, mention: mentionOf(m), at: m.index });
  }
  NURSING.lastIndex = 0;
  for (let m = NURSING.exec(text); m && found.length < 4; m = NURSING.exec(text)) {
    // "RN licensure through the Nurse Licensure Compact": one licence, named twice.
    if (found.some((f) => f.kind === 'license' && f.name === 'Nursing licence')) break;
    found.push({ kind: 'license', name: 'Nursing licence', mention: mentionOf(m), at: m.index });
  }
  CLEARANCE.lastIndex = 0;
  for (let m = CLEARANCE.exec(text); m && found.length < 4; m = CLEARANCE.exec(text)) {
    const level = (m[1] ?? m[2])?.toLowerCase();
    // "SC"/"DV" alone are too short to trust in lower case.
    if (level && (level === 'sc' || level === 'dv') && !/^(?:SC|DV)/.test(m[0])) continue;
    const name = level ? (CLEARANCE_NAMES[level] ?? level) : 'Security clearance';
    found.push({ kind: 'clearance', name, at: m.index });
  }
  return found;
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(DRIVING, CDL, NURSING, CLEARANCE, GATE, MORE_CLASSES);
