import { Contact, INTERVIEWS_MAX, Interview, type PostingRow, Time } from '../schema';
import { db } from './database';
import { postingForWrite } from './status';

/**
 * Changes one posting in one write. `change` reads the stored row inside the transaction, so two
 * quick edits never overwrite each other; a value it rejects throws and nothing is written.
 */
async function editPosting(
  jobKey: string,
  change: (row: PostingRow) => Partial<PostingRow>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.postings, async () => {
    const row = await postingForWrite(jobKey);
    await db.postings.put({ ...row, ...change(row), updatedAt: now });
  });
}

/** Sets (or clears, with null) the follow-up reminder; scheduling the alarm is the caller's job. */
export async function setReminder(jobKey: string, at: number | null, now: number): Promise<void> {
  const reminderAt = Time.nullable().parse(at);
  await editPosting(jobKey, () => ({ reminderAt }), now);
}

/** A new list, or a function of the stored one (applied inside the write). */
type ListChange<T> = T[] | ((stored: T[]) => T[]);
const applyChange = <T>(change: ListChange<T>, stored: T[]) =>
  typeof change === 'function' ? change(stored) : change;

/** Sets the posting's contacts (recruiter, hiring manager, referrer); invalid ones throw. */
export async function setContacts(jobKey: string, contacts: ListChange<Contact>, now: number) {
  await editPosting(
    jobKey,
    (row) => ({ contacts: Contact.array().max(100).parse(applyChange(contacts, row.contacts)) }),
    now,
  );
}

/** Sets the posting's interviews, kept in time order; invalid ones throw. */
export async function setInterviews(
  jobKey: string,
  interviews: ListChange<Interview>,
  now: number,
) {
  const inOrder = (row: PostingRow) =>
    Interview.array()
      .max(INTERVIEWS_MAX)
      .parse(applyChange(interviews, row.interviews))
      .sort((a, b) => a.at - b.at);
  await editPosting(jobKey, (row) => ({ interviews: inOrder(row) }), now);
}

/** Deletes postings with their text, status history and notes. */
export async function deletePostings(jobKeys: readonly string[]): Promise<void> {
  const keys = [...jobKeys];
  await db.transaction('rw', [db.postings, db.bodies, db.events, db.notes], async () => {
    await db.postings.bulkDelete(keys);
    await db.bodies.bulkDelete(keys);
    await db.events.where('jobKey').anyOf(keys).delete();
    await db.notes.where('jobKey').anyOf(keys).delete();
  });
}

export async function deletePosting(jobKey: string): Promise<void> {
  await deletePostings([jobKey]);
}
