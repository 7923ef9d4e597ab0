import type { Evidence, Requirement } from '../../schema';
import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { gated, warmLater } from '../pipeline/gate';
import type { Found, Sentence } from '../types';

/**
 * Where a skill sits in the posting, beyond its sentence: the words it was written with (mapped to
 * the caller's text), the group of alternatives it belongs to, and whether it is named only in the
 * duties. The engine (`../index.ts`) calls these while it collects items.
 */

type Named = Extract<Found, { kind: 'skill' | 'certification' | 'license' }>;
type NamedKind = Named['kind'];

const NAMED: ReadonlySet<string> = new Set<NamedKind>(['skill', 'certification', 'license']);

export function isNamed<T extends { kind: string }>(f: T): f is Extract<T, { kind: NamedKind }> {
  return NAMED.has(f.kind);
}

/** A duties heading ("Key responsibilities", "Vos missions", "Ihre Aufgaben:"), possibly numbered. */
const DUTY_HEADING = caseless(
  `^[^\\p{L}]{0,6}(?:${alternation((l) => l.skills.dutyHeadings)})(?![\\p{L}])`,
  'iu',
);

/** Whether a heading opens the duties ("Ihre Aufgaben", "Vos missions", "Responsibilities"). */
export function isDutyHeading(heading: string): boolean {
  return DUTY_HEADING.test(heading);
}

/** A sentence that says what the job does with a tool: "you will use Excel", "du arbeitest mit SAP". */
// Behind the word-start look of its cues: a cue starts a word and ends one.
const DUTY_CUE = gated(
  caseless(`(?<![\\p{L}])(?:${alternation((l) => l.skills.dutyCues)})(?![\\p{L}])`, 'iu'),
  LEXICONS.flatMap((l) => l.skills.dutyCues),
  true,
);

/**
 * Whether a sentence tells what the job does rather than what it asks: under a duties heading, or
 * phrased as a task ("you will use …"), and not under a requirements heading. The opening lines
 * before any heading are neither: postings put their stack and their asks there too.
 */
export function describesRole(sentence: Sentence): boolean {
  if (sentence.section !== null || sentence.heading === null) return false;
  return dutyHeading(sentence.heading) || DUTY_CUE.test(sentence.text);
}

/** The last heading asked about and its answer: a posting's sentences come heading by heading. */
let lastHeading: string | null = null;
let lastIsDuty = false;

function dutyHeading(heading: string): boolean {
  if (heading !== lastHeading) {
    lastIsDuty = DUTY_HEADING.test(heading);
    lastHeading = heading;
  }
  return lastIsDuty;
}

/**
 * A copy of an item's own fields in their order, less `drop`: what `{ ...item }` and
 * `{ [drop]: _, ...rest } = item` give, without their slow runtime call (items come in many shapes).
 */
function copyOf<T extends object>(item: T, drop: string | null = null): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(item)) {
    if (key !== drop) out[key] = item[key as keyof T];
  }
  return out as T;
}

/**
 * The sentence-local `mention` and `anyOf` of a skill made posting-wide: the mention's offsets go
 * through `span` (the engine's map to the caller's text), the group id gets the sentence's place.
 */
export function placeNamed<T extends Named>(
  f: T,
  sentence: Sentence,
  span: (start: number, end: number) => Evidence,
): T {
  const out = copyOf(f);
  if (f.mention) {
    out.mention = span(sentence.start + f.mention.start, sentence.start + f.mention.end);
  }
  if (f.anyOf !== undefined) out.anyOf = `${sentence.start}.${f.anyOf}`;
  return out;
}

/**
 * Last touches once every sentence is read: a group left with one member (its other names were
 * kept from another sentence) is no group; a skill or certification named only in the duties of a
 * posting that has a requirements list is marked `inDuties` (when there is no such list, the duties
 * are the only statement of what the job needs, and their tools stay requirements).
 */
export function finishNamed(
  items: Requirement[],
  dutyOnly: ReadonlySet<number>,
  hasRequirementList: boolean,
): Requirement[] {
  const sizes = new Map<string, number>();
  for (const r of items) {
    if (isNamed(r) && r.anyOf !== undefined) sizes.set(r.anyOf, (sizes.get(r.anyOf) ?? 0) + 1);
  }
  return items.map((r, i) => {
    if (!isNamed(r)) return r;
    const lone = r.anyOf !== undefined && (sizes.get(r.anyOf) ?? 0) < 2;
    const inDuties = hasRequirementList && dutyOnly.has(i) && r.kind !== 'license';
    if (!lone && !inDuties) return r;
    const out = copyOf(r, lone ? 'anyOf' : null);
    if (inDuties) out.inDuties = true;
    return out;
  });
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(DUTY_HEADING, DUTY_CUE);
