import { db } from '../db/database';

/** Drops the test database (fake-indexeddb); its next use reopens it empty at the current version. */
export function freshDb(): Promise<void> {
  return db.delete({ disableAutoOpen: false });
}
