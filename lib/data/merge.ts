import { type MergeState, type MergeWrites, writeMerge } from '../db/merge';
import {
  type Contact,
  INTERVIEWS_MAX,
  type Interview,
  type PostingRow,
  type Status,
  type StatusEvent,
} from '../schema';

/**
 * Merging two postings of the same job (found by `findDuplicates`, confirmed by the user). The kept
 * posting takes the other's history, notes, contacts and interviews; the other is deleted. One
 * transaction: either all of it happens or none of it.
 */

/** Terminal outcomes outrank every stage: a rejection on one copy ends the application. */
const RANK: Record<Status, number> = {
  seen: 0,
  saved: 1,
  applied: 2,
  interviewing: 3,
  offer: 4,
  accepted: 5,
  rejected: 5,
  withdrawn: 5,
};

const earliest = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);

const contactIdentity = (c: Contact) =>
  `${c.name.trim().toLowerCase()}\n${(c.email ?? '').trim().toLowerCase()}`;

const interviewIdentity = (i: Interview) => `${i.at}\n${i.label.toLowerCase()}`;

/** Both lists, without the entries `identity` says are the same. */
function union<T>(keep: readonly T[], drop: readonly T[], identity: (item: T) => string): T[] {
  const known = new Set(keep.map(identity));
  const out = [...keep];
  for (const item of drop) {
    if (!known.has(identity(item))) out.push(item);
    known.add(identity(item));
  }
  return out;
}

/** The merged row: the further-along status, the earliest dates, both contacts and interviews. */
export function mergeRows(keep: PostingRow, drop: PostingRow, now: number): PostingRow {
  const dropWins =
    RANK[drop.status] > RANK[keep.status] ||
    (RANK[drop.status] === RANK[keep.status] && drop.updatedAt > keep.updatedAt);
  const contacts = union(keep.contacts, drop.contacts, contactIdentity);
  const interviews = union(keep.interviews, drop.interviews, interviewIdentity);
  return {
    ...keep,
    status: dropWins ? drop.status : keep.status,
    createdAt: Math.min(keep.createdAt, drop.createdAt),
    updatedAt: now,
    savedAt: earliest(keep.savedAt, drop.savedAt),
    appliedAt: earliest(keep.appliedAt, drop.appliedAt),
    deadline: keep.deadline ?? drop.deadline,
    reminderAt: earliest(keep.reminderAt, drop.reminderAt),
    contacts: contacts.slice(0, 100),
    interviews: interviews.sort((a, b) => a.at - b.at).slice(0, INTERVIEWS_MAX),
  };
}

export interface MergeResult {
  posting: PostingRow;
  eventsMoved: number;
  notesMoved: number;
}

/**
 * Pure: what merging `drop` into `keep` writes. Events of the dropped posting move unless the kept
 * one has the same change at the same time; its notes all move.
 */
export function planMerge(state: MergeState, now: number): MergeWrites {
  const { keep, drop } = state;
  const identity = (e: StatusEvent) => `${e.from}\n${e.to}\n${e.at}`;
  const seen = new Set(state.keepEvents.map(identity));
  const events: StatusEvent[] = [];
  for (const e of state.dropEvents) {
    if (!seen.has(identity(e))) events.push({ ...e, jobKey: keep.jobKey });
    seen.add(identity(e));
  }
  const notes = state.dropNotes.map((n) => ({ ...n, jobKey: keep.jobKey }));
  return { posting: mergeRows(keep, drop, now), events, notes };
}

/**
 * Merges `dropKey` into `keepKey` in one transaction (lib/db `writeMerge`). Only call it after the
 * user confirmed. Afterwards the caller re-syncs reminder alarms (`syncReminderAlarms`): the
 * dropped posting's alarm is now stale.
 */
export async function mergePostings(
  keepKey: string,
  dropKey: string,
  now: number,
): Promise<MergeResult> {
  const { posting, events, notes } = await writeMerge(keepKey, dropKey, (state) =>
    planMerge(state, now),
  );
  return { posting, eventsMoved: events.length, notesMoved: notes.length };
}
