import { LEXICONS, rankedAlternation, wordSource } from '../extract/lexicon/build';
import type { DegreeLevel } from '../extract/lexicon/types';

/**
 * A degree as a résumé writes it at the start of a line of its education section, in any of the
 * engine's seven languages: "BA (Hons) English Literature", "B.Sc. Wirtschaftsinformatik",
 * "Licence Économie-Gestion", "Dipl.-Ing. Maschinenbau", "Grado en Derecho", "Laurea magistrale
 * in Fisica", "Mestrado em Gestão", "HBO Bedrijfskunde", "WO Master Rechten". Its level and its
 * subject. The names come from the engine's education lexicon (`education.levels` and
 * `abbreviations` of every language), so a degree the engine learns is a degree résumés read.
 * Postings rarely put the subject right after the name; résumés nearly always do.
 */

export interface Degree {
  level: DegreeLevel;
  field?: string;
}

/** Connectors between a degree's name and its subject: "in", "en", "em", "of", "di", "der", "d'". */
const CONNECTOR = /^(?:in|en|em|of|de|di|der|des|im|als|d['’])$/i;

/** Names that are places of study, not degrees, when a line starts with them ("Hogeschool Utrecht"). */
const INSTITUTION =
  /^(?:hogeschool|universitair|universitaire opleiding|ensino superior|formação superior|curso superior|nível superior|estudios universitarios|formación universitaria)$/i;

/** Every degree name of the lexicons with its level; the first language to name it wins. */
function lexiconNames(): { spoken: Map<string, DegreeLevel>; written: Map<string, DegreeLevel> } {
  const spoken = new Map<string, DegreeLevel>();
  const written = new Map<string, DegreeLevel>();
  const add = (map: Map<string, DegreeLevel>, name: string, level: DegreeLevel) => {
    // Written names keep their case ("BA"); spoken ones are matched whatever it is.
    const key = map === written ? name.trim() : name.trim().toLowerCase();
    if (key && !INSTITUTION.test(key) && !map.has(key)) map.set(key, level);
  };
  for (const lexicon of LEXICONS) {
    for (const [level, names] of Object.entries(lexicon.education.levels) as [
      DegreeLevel,
      readonly string[],
    ][]) {
      for (const name of names) {
        add(spoken, name, level);
        // "licence en", "grado en", "Ausbildung als": the lexicon reads the name before its
        // subject; at the head of a résumé's line it stands alone ("Licence Économie").
        const words = name.trim().split(/\s+/);
        if (words.length === 2 && CONNECTOR.test(words[1] ?? ''))
          add(spoken, words[0] ?? '', level);
      }
    }
    for (const [name, level] of Object.entries(lexicon.education.abbreviations)) {
      add(written, name, level);
    }
  }
  return { spoken, written };
}

const { spoken: SPOKEN, written: WRITTEN } = lexiconNames();

/** Short names with their dots and spaces optional: "B.Sc.", "BSc", "B Sc", "M. A.". */
const bare = (name: string) => name.replace(/[.\s]/g, '');
const isShort = (name: string) => /^[\p{L}.]{2,8}$/u.test(name) && bare(name).length <= 6;
const spelled = (name: string) =>
  [...bare(name)].map((letter) => `${wordSource(letter)}\\.?`).join(String.raw`\s?`);

/** The level of a name as matched, whatever its dots, spaces or case. */
const LEVEL_OF = new Map<string, DegreeLevel>();
for (const [name, level] of [...WRITTEN, ...SPOKEN]) {
  const key = bare(name).toLowerCase();
  if (!LEVEL_OF.has(key)) LEVEL_OF.set(key, level);
}
const levelOf = (matched: string) =>
  LEVEL_OF.get(bare(matched).toLowerCase()) ??
  LEVEL_OF.get(bare(matched).toLowerCase().replace(/-/g, ''));

const longestFirst = (names: Iterable<string>) =>
  [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** After a name: no letter, so "BA" is not the start of "Basic" and "Master" not of "Masterclass". */
const END = String.raw`(?![\p{L}\d])`;
const LEAD = String.raw`^\s{0,4}(?:[•·*–-]\s{0,3})?`;

/** Names written as they are spelled ("BA", "HBO", "MBO"): in lower case they may be words. */
const WRITTEN_NAME = new RegExp(
  `${LEAD}(${longestFirst(WRITTEN.keys()).map(spelled).join('|')})${END}`,
  'u',
);
/** Names matched whatever their case: "Master", "laurea triennale", "bac+5", "Dipl.-Ing.". */
const SPOKEN_NAME = new RegExp(
  `${LEAD}(${rankedAlternation(longestFirst(SPOKEN.keys()))}|${longestFirst(
    [...SPOKEN.keys()].filter(isShort),
  )
    .map(spelled)
    .join('|')})${END}`,
  'iu',
);

/** "(Hons)", "(Honours)" after a British degree. */
const HONOURS = /^\s{0,2}\((?:hons?|honours|honors)\.?\)/i;
const SUBJECT =
  /^\s{1,3}(?:(in|en|em|of|de|di|der|des|im|als)\s{1,3}|(d['’]))?(\p{L}[\p{L}&'’ -]{1,60})/iu;

/** Where the subject stops: a comma, a bracket, a dash between spaces, a year, the school's name. */
const SUBJECT_END =
  /\s[–—-]\s|[,(|;:/]|\d|\s(?:at|from|bei|chez|presso|niveau|level|nivel|livello|université|university|universität|universidad|universidade|università|universiteit|hogeschool|hochschule|fachhochschule|politecnico|école|escuela|escola|istituto|iut|rwth|tu)(?![\p{L}])/iu;

/** The degree name at the start of `text`, the longer of the two readings. */
function nameAt(text: string): { name: string; length: number } | null {
  const found = [WRITTEN_NAME.exec(text), SPOKEN_NAME.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => b[0].length - a[0].length)[0];
  return found?.[1] ? { name: found[1], length: found[0].length } : null;
}

/** The degree a résumé line starts with, its level and (when written) its subject, or undefined. */
export function degreeAt(line: string): Degree | undefined {
  let text = line.slice(0, 200);
  const first = nameAt(text);
  const level = first && levelOf(first.name);
  if (!first || !level) return undefined;
  text = text.slice(first.length);
  let best = level;
  // "WO Master Rechten", "HBO Bachelor Communicatie": a second name says the same degree again.
  const second = /^\s{1,3}\S/.test(text) ? nameAt(text.replace(/^\s{1,3}/, '')) : null;
  const secondLevel = second && levelOf(second.name);
  if (second && secondLevel) {
    text = text.replace(/^\s{1,3}/, '').slice(second.length);
    if (rank(secondLevel) > rank(best)) best = secondLevel;
  }
  text = text.replace(HONOURS, '');
  const m = SUBJECT.exec(text);
  const subject = (m?.[3] ?? '').split(SUBJECT_END)[0]?.trim() ?? '';
  return /\p{L}{3}/u.test(subject) && !levelOf(subject.split(/\s/)[0] ?? '')
    ? { level: best, field: subject }
    : { level: best };
}

const ORDER: readonly DegreeLevel[] = [
  'high_school',
  'vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
];
const rank = (level: DegreeLevel) => ORDER.indexOf(level);

/** The subject after a degree at the start of a line, or undefined. */
export function degreeField(line: string): string | undefined {
  return degreeAt(line)?.field;
}
