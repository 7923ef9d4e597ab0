import { db } from './database';

/** Deletes every posting, event, note, the profile and the settings, in one transaction. */
export async function clearAll(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
