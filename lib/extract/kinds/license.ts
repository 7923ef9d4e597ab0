import { alternation, LEXICONS, rankedAlternation } from '../lexicon/build';
import type { LicenseWords } from '../lexicon/types';
import { warmLater } from '../pipeline/gate';
import type { Found, SentenceExtractor } from '../types';

/**
 * Licences and security clearances a posting asks for: a driving licence (with its class when
 * stated), a commercial driver's licence, a nursing licence; Secret / Top Secret / TS/SCI, UK SC
 * and DV. Names are normalised so the same licence from two languages is one item.
 */

/** Every language's words of one key, in lexicon order: the alternation matches as their flat list. */
const alt = (key: keyof LicenseWords) => rankedAlternation(LEXICONS.flatMap((l) => l.license[key]));

/**
 * A driving licence, its class before ("Klasse B Führerschein") or after ("permis B", "Führerschein
 * der Klasse C"). A short name ("permis", "patente") counts only before a class letter or a cue.
 */
const DRIVING = new RegExp(
  `(?<![\\p{L}])(?:(?:${alt('classBefore')}) ["'“]?([A-E])["'”]? )?(?:(?:${alt('adjectives')}) )?` +
    `(?:${alt('driving')}|(?:${alt('drivingShort')})(?: (?:${alt('drivingShortTails')}))?` +
    `(?= [A-Z]\\b| (?:${alternation((l) => [...l.license.drivingShortTails, ...l.license.drivingShortCues])})))` +
    `(?:\\s(?:(?:${alt('classArticles')})\\s)?(?:${alt('classAfter')})?\\s?([A-E]{1,2}[1E]?))?(?![\\p{L}])`,
  'giu',
);
const CDL = new RegExp(
  `(?<![\\p{L}])(?:${alt('commercial')})(?:\\s(?:(?:${alt('commercialClass')})\\s)?([ABC]))?(?![\\p{L}])`,
  'gu',
);
const NURSING = new RegExp(`(?<![\\p{L}])(?:${alt('nursing')})(?![\\p{L}])`, 'giu');

const CLEARANCE = new RegExp(
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

/** The words of a match as the sentence wrote them. */
function mentionOf(m: RegExpExecArray) {
  return { text: m[0], start: m.index, end: m.index + m[0].length };
}

export const extractLicenses: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  if (!GATE.test(text)) return [];
  const found: Found[] = [];
  DRIVING.lastIndex = 0;
  for (let m = DRIVING.exec(text); m && found.length < 4; m = DRIVING.exec(text)) {
    const level = m[2] ?? m[1];
    const name = level ? `Driving licence (${level.toUpperCase()})` : 'Driving licence';
    found.push({ kind: 'license', name, mention: mentionOf(m), at: m.index });
  }
  CDL.lastIndex = 0;
  for (let m = CDL.exec(text); m && found.length < 4; m = CDL.exec(text)) {
    const name = m[1] ? `CDL (class ${m[1]})` : 'CDL';
    found.push({ kind: 'license', name, mention: mentionOf(m), at: m.index });
  }
  NURSING.lastIndex = 0;
  for (let m = NURSING.exec(text); m && found.length < 4; m = NURSING.exec(text)) {
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
warmLater(DRIVING, CDL, NURSING, CLEARANCE, GATE);
