import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { TravelWords } from '../lexicon/types';
import { warmLater } from '../pipeline/gate';
import type { Found, SentenceExtractor } from '../types';
import { flexible, trigger, whole } from './signals';

/**
 * Travel the job asks for: "up to 25% travel", "Some travel may be required", "Reisebereitschaft
 * (20%)". Travel the company pays for (benefits, reimbursement) or talks about in its blurb ("we
 * travel the world to meet users") is not a requirement.
 */

const t = (pick: (x: TravelWords) => readonly string[]) => flexible((l) => pick(l.travel));

const TRAVEL = whole(t((x) => x.travel));

/** Words that make travel a demand on the candidate. */
const DEMAND = whole(t((x) => x.demand));

/** Travel as a perk, an expense or a business: "travel reimbursement", "travel industry". */
const NOT_DEMAND = whole(t((x) => x.notDemand));

/** Work done away that is travel by itself: "client visits", "Kundenbesuche", "découchers". */
const VISITS = whole(t((x) => x.visits));

/** Cheap first look without Unicode case folding (slow in V8): the travel words, at a word start. */
const TRIGGER = trigger(
  LEXICONS.flatMap((l) => [l.travel.travel, l.travel.visits]),
  5,
  [],
);

/** A list item or a line opening on its travel word: "- Nationwide travel", "Trasferte in Italia". */
const OPENING = /^[-•*–·\s]{0,4}$/;

const PERCENT = /(\d{1,3})\s?%/g;
/** How far from the travel word a percentage still describes it… */
const PERCENT_SPAN = 45;
/** …or, when it says it is a share of the time ("30 % du temps de travail"), a little further. */
const SHARE_OF_TIME_SPAN = 120;
const SHARE_OF_TIME = caseless(`^\\s?(?:${t((x) => x.shareOfTime)})(?![\\p{L}])`, 'iu');

/** A work model's words: a share written against one is the share worked that way, not travel. */
const MODEL = flexible((l) => [
  ...l.workplace.remote,
  ...l.workplace.hybrid,
  ...l.workplace.onsite,
]);
const LINK = flexible((l) => l.workplace.shareLinks);
/** "Remote 99%", "Homeoffice: 40 %", "smart working al 60%": the model right before the share. */
const MODEL_BEFORE = caseless(`(?<![\\p{L}\\p{N}])(?:${MODEL})(?: \\p{L}{1,3})? ?:? ?$`, 'iu');
/** "100% remote", "40 % de télétravail", "30% di smart working": the model right after it. */
const MODEL_AFTER = caseless(`^ ?(?:(?:${LINK}) )?(?:${MODEL})(?![\\p{L}\\p{N}])`, 'iu');

/** The share states how much of the work is remote or on site, not how much is travel. */
function modelShare(text: string, at: number, end: number): boolean {
  return (
    MODEL_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ||
    MODEL_AFTER.test(text.slice(end, end + 40))
  );
}

function percentNear(text: string, start: number, end: number): number | null {
  let best: number | null = null;
  let distance = Number.POSITIVE_INFINITY;
  // An exec loop, as `matchAll` gives (no percentage is empty): `matchAll` copies the pattern.
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m !== null; m = PERCENT.exec(text)) {
    const at = m.index;
    const d = at < start ? start - (at + m[0].length) : at - end;
    const value = Number(m[1]);
    const span = SHARE_OF_TIME.test(text.slice(at + m[0].length, at + m[0].length + 30))
      ? SHARE_OF_TIME_SPAN
      : PERCENT_SPAN;
    if (d <= span && d < distance && value <= 100 && !modelShare(text, at, at + m[0].length)) {
      best = value;
      distance = d;
    }
  }
  return best;
}

/** Before the travel word: one to six single words, each closed by a comma ("business, legal, "). */
const LIST_BEFORE = /(?:[\p{L}-]{2,20},\s){1,6}$/u;
/** After it: more such words, then a list join and the last one ("…, travel and lifestyle"). */
const LIST_AFTER = new RegExp(
  `^(?:,\\s[\\p{L}-]{2,20}){0,6},?\\s(?:${alternation((l) => l.field.listJoins)})\\s[\\p{L}-]{2,20}`,
  'u',
);
/** How far before a list of single words a demand word still reaches into it. */
const LIST_LEAD = 40;

/**
 * "business, legal, travel and lifestyle articles": the travel word among single words of a comma
 * list names a topic; it is a demand only when a demand word stands in the list or just before it
 * ("Ability to drive, travel and work weekends"), not elsewhere in the sentence.
 */
function topicInList(text: string, start: number, end: number): boolean {
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, start - 140), start));
  const after = LIST_AFTER.exec(text.slice(end, end + 140));
  if (!before || !after) return false;
  const listStart = start - before[0].length;
  const listEnd = end + after[0].length;
  return !DEMAND.test(text.slice(Math.max(0, listStart - LIST_LEAD), listEnd));
}

/**
 * How far from the travel word a demand word still asks it: "our guests can travel brilliantly"
 * is not made a demand by "Marriott International" a clause away.
 */
const DEMAND_SPAN = 60;

function demandNear(text: string, start: number, end: number): boolean {
  return DEMAND.test(text.slice(Math.max(0, start - DEMAND_SPAN), end + DEMAND_SPAN));
}

export const extractTravel: SentenceExtractor = (sentence) => {
  const { text } = sentence;
  if (!TRIGGER.test(text)) return [];
  const visit = VISITS.exec(text);
  const m = visit ?? TRAVEL.exec(text);
  if (!m || NOT_DEMAND.test(text)) return [];
  const start = m.index;
  const end = start + m[0].length;
  const percent = percentNear(text, start, end);
  // Under a requirements or duties heading, an item that opens on travel states it. Visits among
  // a list's items are a method ("workshops, site visits, interviews"), not by themselves travel.
  const listed = /,\s?$/.test(text.slice(0, start)) && text.startsWith(',', end);
  const stated =
    (visit !== null && !listed) ||
    (sentence.section !== null && OPENING.test(text.slice(0, start)));
  if (
    percent === null &&
    !stated &&
    (!demandNear(text, start, end) || topicInList(text, start, end))
  )
    return [];
  const found: Found = { kind: 'travel', percent, at: start };
  return [found];
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  TRAVEL,
  VISITS,
  DEMAND,
  NOT_DEMAND,
  TRIGGER,
  PERCENT,
  SHARE_OF_TIME,
  LIST_BEFORE,
  LIST_AFTER,
  MODEL_BEFORE,
  MODEL_AFTER,
);
