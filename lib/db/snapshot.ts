import { Note, PostingRow, StatusEvent } from '../schema';
import { db, SINGLETON_KEY } from './database';
import { parseRows } from './rows';

/**
 * Reads for the exports, each in one read transaction so the file is a consistent snapshot even
 * while the background stores a capture. Nothing is computed inside: the caller (lib/data) parses
 * and assembles the file after the transaction has closed.
 */

/** Every table as stored, unparsed: the JSON export parses it and counts what it left out. */
export interface StoredEverything {
  postings: unknown[];
  bodies: unknown[];
  events: unknown[];
  notes: unknown[];
  /** The stored settings row, or undefined when none was ever written. */
  settings: unknown;
  profile: unknown;
}

export async function readEverything(): Promise<StoredEverything> {
  return db.transaction(
    'r',
    [db.postings, db.bodies, db.events, db.notes, db.settings, db.profile],
    async () => {
      const [postings, bodies, events, notes, settings, profile] = await Promise.all([
        db.postings.toArray(),
        db.bodies.toArray(),
        db.events.toArray(),
        db.notes.toArray(),
        db.settings.get(SINGLETON_KEY),
        db.profile.get(SINGLETON_KEY),
      ]);
      return { postings, bodies, events, notes, settings, profile };
    },
  );
}

/** What the tracker CSV reads: readable postings newest first, their history and notes. */
export interface StoredTracker {
  postings: PostingRow[];
  events: StatusEvent[];
  notes: Note[];
}

export async function readTracker(): Promise<StoredTracker> {
  const [rows, events, notes] = await db.transaction('r', [db.postings, db.events, db.notes], () =>
    Promise.all([
      db.postings.orderBy('updatedAt').reverse().toArray(),
      db.events.toArray(),
      db.notes.toArray(),
    ]),
  );
  return {
    postings: parseRows(PostingRow, 'postings', rows),
    events: parseRows(StatusEvent, 'events', events),
    notes: parseRows(Note, 'notes', notes),
  };
}
