import { PostingRow, Status } from '../schema';
import { db } from './database';
import { parseRow } from './rows';
import { isAppliedStage } from './stages';

export class PostingNotFoundError extends Error {
  constructor(readonly jobKey: string) {
    super(`No stored posting has the key ${JSON.stringify(jobKey)}`);
    this.name = 'PostingNotFoundError';
  }
}

/** Reads and parses a posting inside a transaction, or throws: writers never act on a bad row. */
export async function postingForWrite(jobKey: string): Promise<PostingRow> {
  const stored = await db.postings.get(jobKey);
  if (stored === undefined) throw new PostingNotFoundError(jobKey);
  return parseRow(PostingRow, 'postings', jobKey, stored);
}

/**
 * Moves a posting to `status` and records the change as an event (the history is never rewritten).
 * Leaving `seen` sets `savedAt`, reaching an applied stage sets `appliedAt`, each only the first
 * time. Returns false when the posting already had that status (no event is written).
 */
export async function setStatus(jobKey: string, status: Status, now: number): Promise<boolean> {
  const to = Status.parse(status);
  return db.transaction('rw', db.postings, db.events, async () => {
    const row = await postingForWrite(jobKey);
    if (row.status === to) return false;
    await db.postings.put({
      ...row,
      status: to,
      updatedAt: now,
      savedAt: row.savedAt ?? (to === 'seen' ? null : now),
      appliedAt: row.appliedAt ?? (isAppliedStage(to) ? now : null),
    });
    await db.events.add({ jobKey, from: row.status, to, at: now });
    return true;
  });
}

/** Puts a `seen` posting on the tracker; a posting already further along is left as it is. */
export async function savePosting(jobKey: string, now: number): Promise<boolean> {
  return db.transaction('rw', db.postings, db.events, async () => {
    const row = await postingForWrite(jobKey);
    return row.status === 'seen' ? setStatus(jobKey, 'saved', now) : false;
  });
}
