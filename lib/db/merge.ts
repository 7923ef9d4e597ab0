import { Note, PostingRow, StatusEvent } from '../schema';
import { db } from './database';
import { parseRow, parseRows } from './rows';
import { PostingNotFoundError } from './status';

/**
 * Merging two stored postings of the same job, in one read-write transaction: both postings,
 * their history and the dropped one's notes are read, the caller's pure `plan` (lib/data `merge`)
 * says what the kept posting becomes and which events move, and then the dropped posting goes
 * with everything of it that did not move. All of it happens or none of it.
 */

/** What a merge reads of the two postings. */
export interface MergeState {
  keep: PostingRow;
  drop: PostingRow;
  keepEvents: StatusEvent[];
  dropEvents: StatusEvent[];
  dropNotes: Note[];
}

/** What a merge writes: the kept posting, and the events and notes moved to it (keys rewritten). */
export interface MergeWrites {
  posting: PostingRow;
  events: StatusEvent[];
  notes: Note[];
}

export async function writeMerge(
  keepKey: string,
  dropKey: string,
  plan: (state: MergeState) => MergeWrites,
): Promise<MergeWrites> {
  if (keepKey === dropKey) throw new Error('A posting cannot be merged with itself');
  return db.transaction('rw', [db.postings, db.bodies, db.events, db.notes], async () => {
    const [keepRaw, dropRaw] = await db.postings.bulkGet([keepKey, dropKey]);
    if (keepRaw === undefined) throw new PostingNotFoundError(keepKey);
    if (dropRaw === undefined) throw new PostingNotFoundError(dropKey);
    const [keepEvents, dropEvents, dropNotes] = await Promise.all([
      db.events.where('jobKey').equals(keepKey).toArray(),
      db.events.where('jobKey').equals(dropKey).toArray(),
      db.notes.where('jobKey').equals(dropKey).toArray(),
    ]);
    const writes = plan({
      keep: parseRow(PostingRow, 'postings', keepKey, keepRaw),
      drop: parseRow(PostingRow, 'postings', dropKey, dropRaw),
      keepEvents: parseRows(StatusEvent, 'events', keepEvents),
      dropEvents: parseRows(StatusEvent, 'events', dropEvents),
      dropNotes: parseRows(Note, 'notes', dropNotes),
    });
    const posting = PostingRow.parse(writes.posting);
    if (posting.jobKey !== keepKey) throw new Error('A merge keeps the posting it was asked to');
    const moved = (row: { jobKey: string }) => row.jobKey === keepKey;
    await db.events.bulkPut(writes.events.map((e) => StatusEvent.parse(e)).filter(moved));
    await db.notes.bulkPut(writes.notes.map((n) => Note.parse(n)).filter(moved));
    // What was not moved (duplicate events, unreadable rows) must not outlive its posting.
    await db.events.where('jobKey').equals(dropKey).delete();
    await db.notes.where('jobKey').equals(dropKey).delete();
    await db.postings.put(posting);
    await db.postings.delete(dropKey);
    await db.bodies.delete(dropKey);
    return { ...writes, posting };
  });
}
