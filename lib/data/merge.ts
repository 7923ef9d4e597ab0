import { db, PostingNotFoundError } from '../db';
import { parseRow, parseRows } from '../db/rows';
import {
  type Contact,
  INTERVIEWS_MAX,
  type Interview,
  Note,
  PostingRow,
  type Status,
  StatusEvent,
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
 * Merges `dropKey` into `keepKey`. Only call it after the user confirmed. Afterwards the caller
 * re-syncs reminder alarms (`syncReminderAlarms`): the dropped posting's alarm is now stale.
 */
export async function mergePostings(
  keepKey: string,
  dropKey: string,
  now: number,
): Promise<MergeResult> {
  if (keepKey === dropKey) throw new Error('A posting cannot be merged with itself');
  return db.transaction('rw', [db.postings, db.bodies, db.events, db.notes], async () => {
    const [keepRaw, dropRaw] = await db.postings.bulkGet([keepKey, dropKey]);
    if (keepRaw === undefined) throw new PostingNotFoundError(keepKey);
    if (dropRaw === undefined) throw new PostingNotFoundError(dropKey);
    const keep = parseRow(PostingRow, 'postings', keepKey, keepRaw);
    const drop = parseRow(PostingRow, 'postings', dropKey, dropRaw);

    const [keepEvents, dropEvents, dropNotes] = await Promise.all([
      db.events.where('jobKey').equals(keepKey).toArray(),
      db.events.where('jobKey').equals(dropKey).toArray(),
      db.notes.where('jobKey').equals(dropKey).toArray(),
    ]);
    const seen = new Set(
      parseRows(StatusEvent, 'events', keepEvents).map((e) => `${e.from}\n${e.to}\n${e.at}`),
    );
    const moved: StatusEvent[] = [];
    for (const e of parseRows(StatusEvent, 'events', dropEvents)) {
      const identity = `${e.from}\n${e.to}\n${e.at}`;
      if (!seen.has(identity)) moved.push({ ...e, jobKey: keepKey });
      seen.add(identity);
    }
    const notes = parseRows(Note, 'notes', dropNotes).map((n) => ({ ...n, jobKey: keepKey }));

    const posting = mergeRows(keep, drop, now);
    await db.events.bulkPut(moved);
    await db.notes.bulkPut(notes);
    // What was not moved (duplicate events, unreadable rows) must not outlive its posting.
    await db.events.where('jobKey').equals(dropKey).delete();
    await db.notes.where('jobKey').equals(dropKey).delete();
    await db.postings.put(posting);
    await db.postings.delete(dropKey);
    await db.bodies.delete(dropKey);
    return { posting, eventsMoved: moved.length, notesMoved: notes.length };
  });
}
