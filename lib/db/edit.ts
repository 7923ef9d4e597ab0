import { Contact, INTERVIEWS_MAX, Interview, Time } from '../schema';
import { db } from './database';
import { postingForWrite } from './status';

/** Sets (or clears, with null) the follow-up reminder; scheduling the alarm is the caller's job. */
export async function setReminder(jobKey: string, at: number | null, now: number): Promise<void> {
  const reminderAt = Time.nullable().parse(at);
  await db.transaction('rw', db.postings, async () => {
    const row = await postingForWrite(jobKey);
    await db.postings.put({ ...row, reminderAt, updatedAt: now });
  });
}

/** A new list from the stored one, applied inside the write: two quick edits never clobber. */
type ListChange<T> = T[] | ((stored: T[]) => T[]);
const applyChange = <T>(change: ListChange<T>, stored: T[]) =>
  typeof change === 'function' ? change(stored) : change;

/** Sets the posting's contacts (recruiter, hiring manager, referrer); invalid ones throw. */
export async function setContacts(
  jobKey: string,
  contacts: ListChange<Contact>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.postings, async () => {
    const row = await postingForWrite(jobKey);
    const parsed = Contact.array().max(100).parse(applyChange(contacts, row.contacts));
    await db.postings.put({ ...row, contacts: parsed, updatedAt: now });
  });
}

/** Sets the posting's interviews, kept in time order; invalid ones throw. */
export async function setInterviews(
  jobKey: string,
  interviews: ListChange<Interview>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.postings, async () => {
    const row = await postingForWrite(jobKey);
    const parsed = Interview.array()
      .max(INTERVIEWS_MAX)
      .parse(applyChange(interviews, row.interviews))
      .sort((a, b) => a.at - b.at);
    await db.postings.put({ ...row, interviews: parsed, updatedAt: now });
  });
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
