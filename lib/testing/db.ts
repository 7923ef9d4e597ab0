import { db } from '../db/database';

/**
 * Drops the test database (fake-indexeddb); its next use reopens it empty at the current version,
 * or upgrades what a test wrote under its name in between (an older release's layout).
 */
export function freshDb(): Promise<void> {
  return db.delete({ disableAutoOpen: false });
}
