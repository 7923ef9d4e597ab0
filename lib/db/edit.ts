import { Contact, Time } from '../schema';
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

/** Replaces the posting's contacts (recruiter, hiring manager, referrer). */
export async function setContacts(jobKey: string, contacts: Contact[], now: number): Promise<void> {
  const parsed = Contact.array().max(100).parse(contacts);
  await db.transaction('rw', db.postings, async () => {
    const row = await postingForWrite(jobKey);
    await db.postings.put({ ...row, contacts: parsed, updatedAt: now });
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
