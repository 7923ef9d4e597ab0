import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Note, PostingBody, PostingRow, Profile, Settings, StatusEvent } from '../schema';
// The name and current version live with the popup's Dexie-free first read (quick.ts).
import { trackerMirrorMiddleware } from './mirror';
import { DB_NAME } from './quick';
import { searchTextMiddleware } from './search-text';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV4 } from './upgrade-v4';

export { DB_NAME };

/** Singleton rows (settings, profile) live in tables with an outbound key so the row is the value. */
export const SINGLETON_KEY = 'singleton';

/**
 * Version 1: the first shape, one `postings` table holding the text too.
 * Kept so that a database created by it still opens: Dexie needs every version's declaration.
 */
export const SCHEMA_V1 = {
  postings: 'jobKey, status, updatedAt',
  events: '++id, jobKey',
  notes: '++id, jobKey',
  settings: '',
};

/**
 * Version 2: the text and its earlier versions move to `bodies` so lists never read them;
 * postings gain the indexes the tracker filters and sorts on, and the profile table.
 */
export const SCHEMA_V2 = {
  postings: 'jobKey, status, company, updatedAt, [status+updatedAt], deadline, reminderAt',
  bodies: 'jobKey',
  events: '++id, jobKey, at',
  notes: '++id, jobKey',
  settings: '',
  profile: '',
};

/**
 * Version 3: same tables and indexes; the rows change shape (see upgrade-v3.ts). The
 * evidence sentences move to `bodies`, and postings get `searchText`, which the search-text
 * middleware keeps current on every write.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4 (current): same tables and indexes; a posting's employment type becomes the list
 * `employmentTypes` (see upgrade-v4.ts).
 */
export const SCHEMA_V4 = SCHEMA_V3;

/** A stored posting: `searchText` is filled in by the database on every write, never by writers. */
export type StoredPosting = PostingRow & { searchText?: string };

/** Tables are typed with the row shapes, but rows are still parsed with zod when read. */
export class ReqlensDb extends Dexie {
  postings!: Table<StoredPosting, string>;
  bodies!: Table<PostingBody, string>;
  events!: EntityTable<StatusEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  settings!: Table<Settings, string>;
  profile!: Table<Profile, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.use(searchTextMiddleware);
    // The popup's first screen reads each posting's tracker state from session storage (mirror.ts).
    this.use(trackerMirrorMiddleware(() => this.backendDB()));
  }
}

export const db = new ReqlensDb();
