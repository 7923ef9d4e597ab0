import { fieldOfTitle, isRoleNoun } from '../../profile/roles';
import { alternation, LEXICONS, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { ExperienceWords } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';

/**
 * Whether the field of an experience item is a domain one can have years in, or a way of working
 * ("working on multiple projects simultaneously", "managing several stakeholders", "in a
 * fast-paced environment"), which a profile can never match and fit could only call "partly met".
 */

/** A count of ordinary things, doing things at once, a manner or a setting (`taskWords`). */
// Without the word-start look of `wordsRegex`: a field is a new string, read once, and indexing
// its word starts costs more than the pattern's own scan.
const TASK = gated(
  caseless(
    `(?<![\\p{L}\\p{N}])(?:${alternation((l) => l.experience.taskWords)})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
);

/** Every language's words of one key, in lexicon order (a word's first place kept). */
const inOrder = (pick: (e: ExperienceWords) => readonly string[]) =>
  rankedAlternation([...new Set(LEXICONS.flatMap((l) => pick(l.experience)))]);

/** Where a domain may follow a task: "managing several sites in the construction industry". */
const DOMAIN_AFTER = caseless(
  `\\s(?:${inOrder((e) => e.domainPreps)})\\s{1,2}(?:(?:${inOrder((e) => e.domainArticles)})\\s{1,2})?`,
  'giu',
);

/**
 * The field as a domain: unchanged when it names no way of working, the domain a task phrase
 * ends in when it names one, else null.
 */
export function domainOf(field: string | null): string | null {
  if (field === null || !TASK.test(field)) return field;
  let last: RegExpExecArray | null = null;
  DOMAIN_AFTER.lastIndex = 0;
  for (let m = DOMAIN_AFTER.exec(field); m; m = DOMAIN_AFTER.exec(field)) last = m;
  if (!last) return null;
  // The phrase from the preposition on must itself name no way of working ("in a team").
  if (TASK.test(field.slice(last.index))) return null;
  const domain = field.slice(last.index + last[0].length).trim();
  return domain.length >= 3 ? domain : null;
}

/** Words that, all together, name no field: "the field", "total work", "im Bereich", "nel settore". */
const NO_FIELD_WORDS = new Set(
  LEXICONS.flatMap((l) => [...l.experience.noFieldWords, ...l.experience.genericWords]).map((w) =>
    w.toLowerCase(),
  ),
);

/** "working as a ReactJS Developer": what comes before a job title taken as a field. */
const ROLE_INTRO = new RegExp(`^(?:${alternation((l) => l.experience.roleIntros)})\\s{1,3}`, 'i');

/** Whether every word of a field is one that names no field on its own ("in the same field"). */
export function namesNoField(field: string): boolean {
  const words = field
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return words.every((w) => NO_FIELD_WORDS.has(w.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, '')));
}

/**
 * The field of an experience item as a field of work: null when its words name none ("in the
 * field", "total work experience", "dans le domaine"); a job title becomes the work it stands for
 * ("as a ReactJS Developer" → "ReactJS Development", as the profile's roles are read); anything
 * else unchanged.
 */
export function workField(field: string | null): string | null {
  if (field === null || namesNoField(field)) return null;
  const intro = ROLE_INTRO.exec(field);
  const title = intro ? field.slice(intro[0].length) : field;
  const last = title.trim().split(/\s+/).at(-1) ?? '';
  if (!isRoleNoun(last)) return field;
  const work = fieldOfTitle(title);
  // The title as the posting wrote it keeps its case: "product designer" → "product design".
  const first = title.trim().charAt(0);
  return first === first.toLowerCase() ? work.charAt(0).toLowerCase() + work.slice(1) : work;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(TASK, DOMAIN_AFTER, ROLE_INTRO);
