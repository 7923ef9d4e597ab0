import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Note, PostingBody, PostingRow, Profile, Settings, StatusEvent } from '../schema';
import { upgradeToV2 } from './upgrade-v2';

export const DB_NAME = 'reqlens';

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
 * Version 2 (current): the text and its earlier versions move to `bodies` so lists never read
 * them; postings gain the indexes the tracker filters and sorts on, and the profile table.
 */
export const SCHEMA_V2 = {
  postings: 'jobKey, status, company, updatedAt, [status+updatedAt], deadline, reminderAt',
  bodies: 'jobKey',
  events: '++id, jobKey, at',
  notes: '++id, jobKey',
  settings: '',
  profile: '',
};

/** Tables are typed with the row shapes, but rows are still parsed with zod when read. */
export class ReqlensDb extends Dexie {
  postings!: Table<PostingRow, string>;
  bodies!: Table<PostingBody, string>;
  events!: EntityTable<StatusEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  settings!: Table<Settings, string>;
  profile!: Table<Profile, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

export const db = new ReqlensDb();
