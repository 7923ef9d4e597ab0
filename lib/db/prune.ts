import { Dexie } from 'dexie';
import { db } from './database';
import { deletePostings } from './edit';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes `seen` postings nobody touched for `olderThanDays` (settings.keepUnsavedDays), so
 * browsing does not fill the database. A posting the user wrote a note on or set a reminder for
 * is kept: that is work, not browsing. Returns how many were deleted.
 */
export async function pruneUnsaved(olderThanDays: number, now: number): Promise<number> {
  const cutoff = now - olderThanDays * DAY_MS;
  return db.transaction('rw', [db.postings, db.bodies, db.events, db.notes], async () => {
    const stale = await db.postings
      .where('[status+updatedAt]')
      .between(['seen', Dexie.minKey], ['seen', cutoff], true, false)
      .filter((row) => row.reminderAt == null)
      .primaryKeys();
    const withNotes = new Set(await db.notes.where('jobKey').anyOf(stale).keys());
    const doomed = stale.filter((key) => !withNotes.has(key));
    await deletePostings(doomed);
    return doomed.length;
  });
}
