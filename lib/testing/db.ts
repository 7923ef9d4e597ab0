import { db } from '../db/database';

/**
 * Drops the test database (fake-indexeddb); its next use reopens it empty at the current version,
 * or upgrades what a test wrote under its name in between (an older release's layout).
 */
export function freshDb(): Promise<void> {
  return db.delete({ disableAutoOpen: false });
}

/** Rows per table, by table name: to check that an upgrade kept every row of every table. */
export async function rowCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)),
  );
}
