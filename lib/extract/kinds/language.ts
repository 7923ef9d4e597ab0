import type { Cefr, LanguageLevel } from '../../schema';
import { alternation, mergedRecord } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { LATIN } from '../lexicon/letters';
import type { LanguageWords } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { runOnEnd } from '../pipeline/preference';
import { mayStart, startLook } from '../pipeline/starts';
import type { Found, SentenceExtractor } from '../types';

type WordListKey = Exclude<keyof LanguageWords, 'levels' | 'shortNames'>;

import { CEFR_LEVEL, codedLanguages } from './language-codes';
import { ADJECTIVE_CODE, LANGUAGE_CODE, QUALIFIED_CODE } from './language-names';
import { testedEnglish } from './language-tests';
import { LeadScan } from './lead-scan';
import { triggerMode } from './signals';

/**
 * Human language requirements with their level. A language name counts only when it reads as a
 * language: a level word or CEFR grade beside it, a German "-kenntnisse" compound, or a sentence
 * about speaking/writing/proficiency; never "the French market" or "German customers".
 *
 * CEFR grades map to levels as C2/C1 → fluent, B2 → professional, B1/A2/A1 → basic: C2 is
 * "mastery", not a native speaker, so "native" is kept for explicit native/mother-tongue wording.
 */

/**
 * Words of a sentence; names are looked up in a map rather than tried as a 200-way regex. Every
 * name is Latin script, so a Latin-1 letter class on the lower-cased text is enough (and fast).
 */
const LATIN_WORD = /[a-zß-öø-ÿ]+/g;
const ANY_WORD = /\p{L}+/gu;
/** German compounds: "Englischkenntnisse", "Deutschsprache". */
/** Every language's words of one key (`lexicon/<lang>.ts`, `language`), longest first. */
const alt = (key: WordListKey) => alternation((l) => l.language[key]);
const COMPOUND = new RegExp(`^(\\p{L}+?)(${alt('compoundSuffixes')})$`, 'u');

interface NameHit {
  code: string;
  start: number;
  end: number;
  /** A "-kenntnisse" compound or an elided "Deutsch- und Englischkenntnisse": surely a language. */
  sure: boolean;
  /** A shortened name ("Eng", "engl."): a language only in a list beside a full name. */
  short?: boolean;
}

/** Shortened names of every lexicon ("eng" → en, "franz" → fr). */
const SHORT_CODE: Readonly<Record<string, string>> = mergedRecord((l) => l.language.shortNames);

/** Every full name and German adjective form, longest first. */
const FULL_NAMES = [...LANGUAGE_CODE.keys(), ...ADJECTIVE_CODE.keys()].sort(
  (a, b) => b.length - a.length,
);

/** Any name anywhere (even inside a word): the reader reads names only where this finds one. */
const ANY_NAME = new RegExp(FULL_NAMES.join('|'), 'i');

/**
 * The reader's first look: a full name at the start of a word, from the shared word-start index
 * (`pipeline/starts.ts`, read once per sentence for every reader). Every item the reader returns
 * has one: a shortened name counts only beside a full one, and a compound starts with its name.
 * The index's word starts are those of the name scan below, except after a letter of Latin
 * Extended (U+0100–U+024F), which ends a word here but not there: a sentence holding one is read
 * in full. (Characters from further on that lower-case into Latin-1, the Kelvin sign to "k", are
 * folded alike by both.)
 */
const NAME_LOOK = startLook(FULL_NAMES);
const LATIN_EXTENDED = /[\u0100-\u024F]/;

/** Whether a sentence may name a language (always, for the test that turns first looks off). */
function mayName(text: string): boolean {
  return triggerMode.loose || mayStart(text, NAME_LOOK) || LATIN_EXTENDED.test(text);
}

/** "deutscher und englischer Sprache": the noun after an adjective form (or a list of them). */
const SPRACHE_AFTER = caseless(
  `^(?:\\s{1,2}(?:${alt('adjectiveJoins')})\\s{1,2}\\p{L}{4,20}er)?\\s{1,2}(?:${alt('adjectiveNouns')})`,
  'iu',
);

/** "Bahasa Malaysia": the second word after one space that makes the name another language's. */
function qualifiedName(
  scan: string,
  word: string,
  end: number,
): { code: string; end: number } | undefined {
  const seconds = QUALIFIED_CODE.get(word);
  if (!seconds || scan[end] !== ' ') return undefined;
  const next = /^\p{L}{2,12}/u.exec(scan.slice(end + 1, end + 14).toLowerCase())?.[0];
  const code = next === undefined ? undefined : seconds.get(next);
  return code === undefined ? undefined : { code, end: end + 1 + (next as string).length };
}

function languageNames(text: string): NameHit[] {
  const hits: NameHit[] = [];
  if (!ANY_NAME.test(text)) return hits;
  const lower = text.toLowerCase();
  // Lower-casing can change the length ("İ"); then scan the original so offsets stay true.
  const same = lower.length === text.length;
  const scan = same ? lower : text;
  const wordRe = same ? LATIN_WORD : ANY_WORD;
  wordRe.lastIndex = 0;
  for (let m = wordRe.exec(scan); m; m = wordRe.exec(scan)) {
    const word = same ? m[0] : m[0].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const adjective = ADJECTIVE_CODE.get(word);
    if (adjective && SPRACHE_AFTER.test(text.slice(end, end + 40))) {
      hits.push({ code: adjective, start, end, sure: true });
      continue;
    }
    const code = LANGUAGE_CODE.get(word);
    if (code) {
      const qualified = qualifiedName(scan, word, end);
      if (qualified) {
        hits.push({ code: qualified.code, start, end: qualified.end, sure: false });
        wordRe.lastIndex = qualified.end;
        continue;
      }
      hits.push({ code, start, end, sure: text[end] === '-' && text[end + 1] === ' ' });
      continue;
    }
    const short = word.length <= 5 ? SHORT_CODE[word] : undefined;
    if (short) {
      hits.push({ code: short, start, end, sure: false, short: true });
      continue;
    }
    if (word.length > 12) {
      const compound = COMPOUND.exec(word);
      const base = compound ? LANGUAGE_CODE.get(compound[1] as string) : undefined;
      if (base) hits.push({ code: base, start, end, sure: true });
    }
  }
  return hits;
}

const LEVELS = ['native', 'fluent', 'professional', 'basic'] as const;

/** Proficiency words of every lexicon, one named group per level. */
const LEVEL_WORD = new RegExp(
  LEVELS.map((level) => `(?<${level}>${alternation((l) => l.language.levels[level])})`)
    .map((g) => `(?<![${LATIN}])${g}(?![${LATIN}])`)
    .join('|'),
  'gi',
);

/** "in Wort und Schrift", "written and spoken": how the language is used, between it and its level. */
const MODE = new LeadScan(
  new RegExp(`(?<![${LATIN}])(?:${alternation((l) => l.language.modes)})(?![${LATIN}])`, 'gi'),
);
/** "Please submit your CV in English": how to apply, not what to speak. */
const APPLY_IN = gated(
  new RegExp(`(?<![${LATIN}])(?:${alternation((l) => l.language.applyIn)})\\s{1,3}$`, 'i'),
);
/** "ta candidature avec impatience (de préférence en anglais)": the noun a few words before. */
/**
 * A level word between the noun and the language ("software applications with a good command in
 * English") makes it a level stated, not the language to apply in.
 */
const LEVEL_WORDS = alternation((l) => [
  ...l.language.levels.fluent,
  ...l.language.levels.professional,
  ...l.language.levels.basic,
]);
const APPLY_NOUN_IN = gated(
  new RegExp(
    `(?<![${LATIN}])(?:${alternation((l) => l.language.applyNouns)})(?![${LATIN}])` +
      `(?:(?!(?<![${LATIN}])(?:${LEVEL_WORDS})(?![${LATIN}]))[^.!?;:\\n]){0,60}\\s(?:${alternation((l) => l.language.applyInWords)})\\s{1,3}$`,
    'i',
  ),
);

/** The same text with mode phrases blanked out (offsets kept), so "and" inside them stops nothing. */
function withoutModes(text: string): string {
  // As `text.replace(MODE, …)`: no mode phrase is empty, so each match starts after the last.
  let out = '';
  let from = 0;
  MODE.lastIndex = 0;
  for (let m = MODE.exec(text); m; m = MODE.exec(text)) {
    out += text.slice(from, m.index) + ' '.repeat(m[0].length);
    from = MODE.lastIndex;
  }
  return from === 0 ? text : out + text.slice(from);
}

const CEFR = /(?<![\p{L}\d])([ABC][12])\+?(?![\p{L}\d])/gu;

const CONTEXT = caseless(
  `${alt('contextStems')}|(?:${alt('contextWordEnds')})\\b|\\b(?:${alt('contextWholeWords')})\\b|` +
    String.raw`(?<![\p{L}\d])[ABC][12](?![\p{L}\d])`,
  'iu',
);

/** A nationality adjective, not a language: "French market", "German customers". */
const ADJECTIVE_USE = new RegExp(
  `^[\\s-]{0,2}(?:${alt('adjectiveUses')}|(?:${alt('speaking')})[\\s-]{1,2}(?:${alt('speakingUses')}))`,
  'i',
);
/**
 * "the English", "die Deutsche Bahn": a people or a name, unless a language noun follows ("the
 * English language", "der englischen Sprache"). Romance and Dutch articles are left alone: there
 * "el inglés", "l'anglais", "het Engels" are the language itself.
 */
/** The same in Romance word order, the noun first: "no mercado português", "provinces francophones". */
const NOUN_BEFORE = new RegExp(`(?<![${LATIN}])(?:${alt('nounsBefore')})\\s{1,2}$`, 'i');
const ARTICLE_BEFORE = new RegExp(`\\b(?:${alt('peopleArticles')})\\s{1,2}$`, 'i');
const LANGUAGE_NOUN_AFTER = new RegExp(`^\\s{1,2}(?:${alt('languageNouns')})`, 'i');
/** A school subject, not a language requirement: "Degree in English", "Teacher of French". */
const SUBJECT_BEFORE = new RegExp(
  `(?:${alt('subjectNouns')})\\s{1,2}(?:${alt('subjectJoins')})\\s{1,2}$`,
  'i',
);
/**
 * What ends the short window after a name ("Fluent English and basic French"); the full stop of
 * an abbreviation does not ("Deutschkenntnisse (mind. C1)"). Its words are
 * bounded by letters, not `\\b`: without the `u` flag "é" is no word character, so `\\bnonché\\b`
 * never matched before a space.
 */
const AFTER_STOP = new RegExp(
  `,|;|(?<!(?<![${LATIN}\\d])(?:${alternation((l) => l.abbreviations)}))\\.|` +
    `(?<![${LATIN}\\d])(?:${alt('stops')})(?![${LATIN}\\d])`,
  'i',
);

const STOPS = new RegExp(AFTER_STOP.source, 'gi');

/** A preposition closing the window, right before the name: "couramment en ". */
const NAME_PREPOSITION_END = new RegExp(
  `(?<![${LATIN}\\d])(?:${alt('namePrepositions')})\\s{1,2}$`,
  'i',
);

/** Where the text after the last joining word or punctuation starts (0 when there is none). */
function lastStop(raw: string, aside = false): number {
  // "parfaitement en français, couramment en anglais": the "en" before the name is no "and".
  const end = NAME_PREPOSITION_END.exec(raw);
  const body = end ? raw.slice(0, end.index) : raw;
  let at = 0;
  STOPS.lastIndex = 0;
  for (let m = STOPS.exec(body); m; m = STOPS.exec(body)) at = m.index + m[0].length;
  // "Anglais courant (le néerlandais est un plus)": a bracket opening the name's own aside of a
  // plus; the level before it is the previous name's ("Buena redacción (en español e inglés)"
  // shares its level: no plus follows).
  return aside ? Math.max(at, body.lastIndexOf('(') + 1) : at;
}

const RANK: Record<LanguageLevel, number> = { basic: 1, professional: 2, fluent: 3, native: 4 };

/** A requirement word right after the name ("English required", "Spanish a plus"). */
const REQUIREMENT_AFTER = new RegExp(
  `^[\\s:(-]{0,3}(?:(?:${alt('requirementCopulas')}) )?(?:${alt('requirementWords')}|` +
    `(?:${alt('plusArticles')}) (?:(?:${alt('plusIntensifiers')}) )?(?:${alt('plusNouns')}))`,
  'i',
);
/** The same with every lexicon's cues: "Italiaans is een pluspunt", "Spanisch ist wünschenswert". */
const CUE_AFTER = new RegExp(
  `^[\\s:(-]{0,3}(?:(?:${alt('requirementCopulas')})\\s{1,2})?` +
    `(?:${alternation((l) => [...l.preference.trailing, ...l.preference.required])})(?![${LATIN}])`,
  'i',
);
/**
 * After a name, a clause of its own: "German language skills are a plus", "Deutschkenntnisse sind
 * von Vorteil". The name's level is its own, not shared from the name before the comma.
 */
const OWN_CUE_AFTER = new RegExp(
  `^[\\p{L}-]{0,20}(?:\\s[\\p{L}-]{2,20}){0,3}\\s(?:${alt('requirementCopulas')})\\s{1,2}` +
    `(?:${alternation((l) => [...l.preference.trailing, ...l.preference.required])})(?![${LATIN}])`,
  'iu',
);
/**
 * "French not required", "Französischkenntnisse sind nicht erforderlich": the language named as
 * not asked for. Kept as a plus only when the sentence also calls it one ("... not required but
 * an asset").
 */
const NOT_ASKED_AFTER = new RegExp(
  `^[${LATIN}-]{0,20}[\\s:(-]{1,3}(?:(?:${alt('requirementCopulas')})\\s{1,2})?` +
    `(?:${alternation((l) => l.preference.notRequired)})(?![${LATIN}])`,
  'i',
);
/** "Não obrigatório Inglês": the cue before the name, a record's field written the other way round. */
const NOT_ASKED_BEFORE = new RegExp(
  `(?<![${LATIN}])(?:${alternation((l) => l.preference.notRequired)})[\\s:]{1,3}$`,
  'i',
);
const NOT_REQUIRED_ALL = new RegExp(
  `(?<![${LATIN}])(?:${alternation((l) => l.preference.notRequired)})(?![${LATIN}])`,
  'gi',
);
/** A plus cue other than "not required" (a trailing cue itself). */
const PLUS_CUE = new RegExp(
  `(?<![${LATIN}])(?:${alternation((l) => l.preference.trailing)})(?![${LATIN}])`,
  'i',
);
/** "(no excluyente)", "não eliminatório": not required, yet a plus (`notExcluding`). */
const NOT_EXCLUDING = new RegExp(
  `^[^.;\\n]{0,40}(?<![${LATIN}])(?:${alternation((l) => l.preference.notExcluding)})(?![${LATIN}])`,
  'i',
);
function plusAfter(rest: string): boolean {
  return NOT_EXCLUDING.test(rest) || PLUS_CUE.test(rest.replace(NOT_REQUIRED_ALL, ' '));
}

/** A requirement or preference cue shortly before the name: "Se valorará el portugués". */
const REQUIREMENT_BEFORE = gated(
  new RegExp(
    `(?<![${LATIN}])(?:${alternation((l) => [...l.preference.leading, ...l.preference.required])})(?![${LATIN}])[^,;.:]{0,16}$`,
    'i',
  ),
);
/**
 * Only separators between two names: "English, French and German"; after a joining word, an article
 * ("l'anglais et l'italien"). A comma and an article start a clause of its own: "couramment
 * l'anglais, l'allemand est un plus".
 */
const LIST_GAP = new RegExp(
  `^[\\s,/&-]{0,3}(?:(?:${alt('listJoins')})\\s{1,2}(?:(?:${alt('listArticles')})\\s{0,2})?)?$`,
  'i',
);
/** A short aside in brackets after one name of a list: "German (preferred), Spanish or French". */
const ASIDE_IN_GAP = /\([^()\n]{1,24}\)/;

/**
 * Whether only separators stand between two names, an aside in brackets set apart; an aside that
 * states a level ("English (B2), French a plus") is the first name's own and ends the list.
 */
function listGap(gap: string): boolean {
  const aside = gap.includes('(') ? ASIDE_IN_GAP.exec(gap) : null;
  if (!aside) return LIST_GAP.test(gap);
  const own = levelIn(aside[0]);
  if (own.level !== null || own.cefr !== null) return false;
  return LIST_GAP.test(gap.replace(aside[0], ''));
}

/** Between a shortened name and a full one: "Eng and Hindi", "dt. und engl.". */
const SHORT_GAP = new RegExp(
  `^\\.?[\\s,/&-]{0,3}(?:(?:${alternation((l) => l.language.listJoins.filter((w) => !w.includes('/')))})\\s{1,2})?$`,
  'i',
);

interface Level {
  level: LanguageLevel | null;
  cefr: Cefr | null;
}

const NATIVE_OR_GRADE = new RegExp(`\\s(?:${alt('orWords')})\\s{1,2}[ABC][12](?![\\p{L}\\d])`, 'u');

const PRAISE = caseless(`(?:${alt('praise')})\\s(?=(?:${alt('plusNouns')})(?![\\p{L}]))`, 'giu');

/** Between two level words that are alternatives: "native or fluent". */
const LEVEL_OR = new RegExp(`^\\s{0,2}(?:${alt('orWords')}|\\/)\\s{0,2}$`, 'i');

/**
 * The strongest level word and the last CEFR grade in a window; of alternatives ("native or
 * fluent English") the lower one, since either is accepted. With `nearStart`, the window runs up
 * to the next language's name, and only words nearer its start than that name count ("German
 * speaker with good English": "good" is the English's).
 */
function levelIn(raw: string, nearStart = false): Level {
  // "a strong plus", "a big advantage": praise of the language, not its level.
  const window = raw.replace(PRAISE, '');
  let level: LanguageLevel | null = null;
  let prevEnd = -1;
  LEVEL_WORD.lastIndex = 0;
  for (let m = LEVEL_WORD.exec(window); m; m = LEVEL_WORD.exec(window)) {
    if (nearStart && !nearerStart(window, m)) continue;
    const groups = m.groups ?? {};
    const name = LEVELS.find((k) => groups[k]);
    if (name) {
      const alternative = level !== null && LEVEL_OR.test(window.slice(prevEnd, m.index));
      if (level === null || (alternative ? RANK[name] < RANK[level] : RANK[name] > RANK[level])) {
        level = name;
      }
      prevEnd = m.index + m[0].length;
    }
  }
  let cefr: Cefr | null = null;
  CEFR.lastIndex = 0;
  for (let m = CEFR.exec(window); m; m = CEFR.exec(window)) {
    if (!nearStart || nearerStart(window, m)) cefr = m[1] as Cefr;
  }
  // A CEFR grade is the more precise statement ("Inglés avanzado (C1)" is C1), except native
  // unless the grade is its alternative ("Francés nativo o C1").
  if (cefr && (level !== 'native' || NATIVE_OR_GRADE.test(window))) level = CEFR_LEVEL[cefr];
  return { level, cefr };
}

/** Whether the word at `start` is part of a link: its run of non-spaces holds "://" or "www.". */
function inLink(text: string, start: number): boolean {
  const from = Math.max(0, start - 200);
  const run = text.slice(from, start);
  const space = Math.max(run.lastIndexOf(' '), run.lastIndexOf('\n'), run.lastIndexOf('('));
  const token = run.slice(space + 1);
  return token.length > 0 && (token.includes('://') || token.includes('www.'));
}

/** Whether a match sits nearer the window's start than its end (a tie goes to the start). */
function nearerStart(window: string, m: RegExpExecArray): boolean {
  return m.index <= window.length - (m.index + m[0].length);
}

const NO_LEVEL: Level = { level: null, cefr: null };

/** Names as they stand, a shortened one kept only in a list beside a full one. */
function namesIn(text: string): NameHit[] {
  if (!mayName(text)) return [];
  const names = languageNames(text);
  return names.filter((n, i) => {
    if (!n.short) return true;
    const prev = names[i - 1];
    const next = names[i + 1];
    return (
      (prev !== undefined && !prev.short && SHORT_GAP.test(text.slice(prev.end, n.start))) ||
      (next !== undefined && !next.short && SHORT_GAP.test(text.slice(n.end, next.start)))
    );
  });
}

interface Hit {
  code: string;
  start: number;
  end: number;
  /** Level stated right after the name, which a list before it shares ("English and French (fluent)"). */
  after: Level;
  level: Level;
  /** Named without anything around it saying "language"; kept only beside a sure one. */
  weak: boolean;
}

/** "If the position is bilingual (English/French), you'll also need to pass a French test". */
const IF_THE_POST = new RegExp(
  `^[\\s*•·-]{0,4}(?:${alternation((l) => l.language.ifThePost)})(?![${LATIN}])`,
  'i',
);

export const extractLanguages: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  if (IF_THE_POST.test(text)) return [];
  const names = namesIn(text);
  // "Bilingual (FR/EN)": languages written as codes.
  // "IELTS 7 or OET": English once, at the level a score states.
  const tested = testedEnglish(text);
  const coded = [
    ...tested,
    ...codedLanguages(text).filter(
      (c) =>
        !tested.some(
          (t) => c.kind === 'language' && t.kind === 'language' && t.language === c.language,
        ),
    ),
  ];
  // Most sentences name no language: nothing to set up for them.
  if (names.length === 0) return coded;
  const hits: Hit[] = [];
  let context: boolean | null = null;
  /** Languages named in an application instruction: the rest of the sentence is about it too. */
  const instructed = new Set<string>();
  for (const [i, name] of names.entries()) {
    const { code, start, end } = name;
    if (hits.some((h) => h.code === code) || instructed.has(code)) continue;
    // "…/Apply.aspx?Language=English&JobID=…": a word of a link, not a language asked for.
    if (inLink(text, start)) continue;
    // "Submit your CV in English (and state your level of English)": an instruction, and so is
    // the rest of its list ("provided in both English and French").
    const before = names[i - 1];
    if (
      APPLY_IN.test(text.slice(Math.max(0, start - 30), start)) ||
      APPLY_NOUN_IN.test(text.slice(Math.max(0, start - 90), start)) ||
      (before !== undefined &&
        instructed.has(before.code) &&
        LIST_GAP.test(text.slice(before.end, start)))
    ) {
      instructed.add(code);
      continue;
    }
    if (NOT_ASKED_AFTER.test(text.slice(end, end + 60)) && !plusAfter(text.slice(end))) continue;
    if (
      NOT_ASKED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
      !plusAfter(text.slice(end))
    )
      continue;
    const next = names[i + 1];
    const cut = next !== undefined && next.start < end + 50;
    // "L'anglais est un plus Maîtrise de Python": a run-on item ends the window as a stop does.
    const afterAll = withoutModes(text.slice(end, cut ? next.start : end + 50));
    const runOn = runOnEnd(afterAll);
    const afterRaw = runOn < 0 ? afterAll : afterAll.slice(0, runOn);
    const stop = AFTER_STOP.exec(afterRaw);
    const prev = hits[hits.length - 1];
    // The level words of this name: since the previous name or clause break, within 40 chars.
    const base = Math.max(0, start - 40);
    const near = text.slice(base, start);
    const clause = base + Math.max(near.lastIndexOf(',') + 1, near.lastIndexOf(';') + 1);
    const windowStart = Math.max(prev ? prev.end : 0, clause);
    // "Französisch auf C1-Niveau sowie gute Spanischkenntnisse": after the previous name, the
    // level words of this one start at the last joining word.
    const ownRaw = prev
      ? withoutModes(text.slice(windowStart, start))
      : text.slice(windowStart, start);
    // "(le néerlandais est un plus)", "(valorable alemán)": the name in a bracket of its own plus.
    // The plus must stand inside the bracket: "Bilingual (English/Spanish) a plus" shares its level.
    const lead = text.slice(Math.max(0, start - 40), start);
    const open = lead.lastIndexOf('(');
    const close = text.indexOf(')', end);
    const inside = close >= 0 && close - end <= 40 ? text.slice(end, close) : '';
    const aside =
      open >= 0 &&
      !lead.includes(')', open) &&
      (plusAfter(inside) || REQUIREMENT_BEFORE.test(lead.slice(open + 1)));
    const own = levelIn(
      ownRaw.slice(prev ? lastStop(ownRaw, aside) : aside ? ownRaw.lastIndexOf('(') + 1 : 0),
    );
    // Up to the next name ("Native German speaker with good English"), a level before this name
    // is its own, and words after it are shared with the next name by distance.
    const after = stop
      ? levelIn(afterRaw.slice(0, stop.index))
      : cut && own.level !== null
        ? NO_LEVEL
        : levelIn(afterRaw, cut);
    let weak = false;
    if (!name.sure) {
      if (ADJECTIVE_USE.test(text.slice(end, end + 30))) continue;
      if (NOUN_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (
        ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) &&
        !LANGUAGE_NOUN_AFTER.test(text.slice(end, end + 12))
      ) {
        continue;
      }
      if (SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      const adjacent =
        after.level !== null ||
        own.level !== null ||
        REQUIREMENT_AFTER.test(afterRaw) ||
        CUE_AFTER.test(afterRaw) ||
        REQUIREMENT_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      const shortLine = sentence.section !== null && text.length <= 40;
      context ??= CONTEXT.test(text);
      weak = !adjacent && !context && !shortLine;
    }
    let level = after.level !== null || after.cefr !== null ? after : own;
    const gap = prev ? text.slice(prev.end, start) : '';
    if (
      level.level === null &&
      prev &&
      listGap(gap) &&
      !(gap.includes(',') && OWN_CUE_AFTER.test(afterRaw))
    ) {
      level = prev.level;
    } else if (level.level === null && !prev) {
      const clause = text.slice(Math.max(0, start - 70), start);
      level = levelIn(
        clause.slice(
          Math.max(
            clause.lastIndexOf(';'),
            clause.lastIndexOf('. '),
            aside ? clause.lastIndexOf('(') : -1,
          ) + 1,
        ),
      );
    }
    hits.push({ code, start, end, after, level, weak });
  }
  // "English and French (fluent)": a level after the last name covers the list before it.
  for (let i = hits.length - 2; i >= 0; i--) {
    const hit = hits[i] as Hit;
    const next = hits[i + 1] as Hit;
    if (hit.level.level === null && listGap(text.slice(hit.end, next.start))) {
      hit.level = next.after.level !== null ? next.after : next.level;
    }
  }
  // "Anglais professionnel ; l'italien serait un plus": one sure name vouches for the others.
  const sure = hits.some((h) => !h.weak);
  const named = hits
    .filter((h) => sure || !h.weak)
    .map(
      (h): Found => ({
        kind: 'language',
        language: h.code,
        level: h.level.level,
        cefr: h.level.cefr,
        at: h.start,
      }),
    );
  const more = coded.filter(
    (c) =>
      c.kind === 'language' &&
      !named.some((n) => n.kind === 'language' && n.language === c.language),
  );
  // "Anglais (TOEIC 800 minimum)": the score states the level the name left open.
  for (const n of named) {
    if (n.kind !== 'language' || n.level !== null) continue;
    const scored = coded.find(
      (c) => c.kind === 'language' && c.language === n.language && c.level !== null,
    );
    if (scored?.kind === 'language') n.level = scored.level;
  }
  return more.length === 0 ? named : [...named, ...more];
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  LATIN_WORD,
  ANY_WORD,
  COMPOUND,
  ANY_NAME,
  LATIN_EXTENDED,
  SPRACHE_AFTER,
  LEVEL_WORD,
  MODE,
  APPLY_IN,
  CEFR,
  CONTEXT,
  ADJECTIVE_USE,
  NOUN_BEFORE,
  ARTICLE_BEFORE,
  LANGUAGE_NOUN_AFTER,
  SUBJECT_BEFORE,
  AFTER_STOP,
  STOPS,
  REQUIREMENT_AFTER,
  CUE_AFTER,
  REQUIREMENT_BEFORE,
  NOT_ASKED_AFTER,
  NOT_ASKED_BEFORE,
  NOT_EXCLUDING,
  IF_THE_POST,
  NOT_REQUIRED_ALL,
  PLUS_CUE,
  LIST_GAP,
  ASIDE_IN_GAP,
  SHORT_GAP,
  NATIVE_OR_GRADE,
  PRAISE,
  LEVEL_OR,
);
