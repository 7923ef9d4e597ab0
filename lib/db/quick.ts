import type { Status } from '../schema/tracker';
import { isStatus } from '../schema/values';

/**
 * A first look at one posting's tracker state with IndexedDB itself, for the popup's first screen
 * when session storage holds no mirror of it (quick-mirror.ts), and for writing that mirror:
 * neither Dexie nor zod is loaded yet (`npm run bench:ui`). The database module reads and parses
 * the same rows a moment later and replaces this. Reads only a database already at the current
 * version; anything else (no database yet, an upgrade to run, a row of an unexpected shape) gives
 * null, and the popup waits for the database module instead.
 */

/** The database's name and its version as declared to Dexie (database.ts checks both). */
export const DB_NAME = 'reqlens';
export const DB_VERSION = 4;
/** Dexie opens version n as IndexedDB version n × 10. */
const IDB_VERSION = DB_VERSION * 10;
const STORES = ['postings', 'notes', 'profile'] as const;
const SINGLETON_KEY = 'singleton';

export interface QuickTracked {
  status: Status;
  savedAt: number | null;
  appliedAt: number | null;
  /** The posting's notes' texts, oldest first. */
  notes: string[];
  /** Whether a profile is stored (its content is read with the database module). */
  hasProfile: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTime = (v: unknown): v is number | null => v === null || Number.isFinite(v);

/** The row's tracker fields, or null when the row is not what the current version stores. */
function trackedOf(row: unknown): Pick<QuickTracked, 'status' | 'savedAt' | 'appliedAt'> | null {
  if (!isRecord(row) || !isStatus(row.status) || !isTime(row.savedAt) || !isTime(row.appliedAt)) {
    return null;
  }
  return { status: row.status, savedAt: row.savedAt, appliedAt: row.appliedAt };
}

/** Note texts oldest first (as `notesFor` orders them), or null when a note is not as stored. */
function noteTexts(notes: unknown): string[] | null {
  if (!Array.isArray(notes)) return null;
  const rows: { text: string; createdAt: number; id: number }[] = [];
  for (const note of notes) {
    if (!isRecord(note) || typeof note.text !== 'string') return null;
    const { createdAt, id } = note;
    if (typeof createdAt !== 'number' || typeof id !== 'number') return null;
    rows.push({ text: note.text, createdAt, id });
  }
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id).map((n) => n.text);
}

/**
 * Opens the database as it is, without creating or upgrading it: null unless it is at the
 * current version. Close the connection at once after use, so it never holds up Dexie's own open.
 */
export function openCurrent(idb: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(DB_NAME);
    } catch {
      return resolve(null);
    }
    // No database yet: opening would create an empty one at version 1. Leave that to Dexie.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const connection = request.result;
      const ready =
        connection.version === IDB_VERSION &&
        STORES.every((name) => connection.objectStoreNames.contains(name));
      if (ready) {
        // Dexie's open, or a newer version's upgrade, goes first.
        connection.onversionchange = () => connection.close();
        return resolve(connection);
      }
      connection.close();
      resolve(null);
    };
  });
}

/** The posting's tracker state from an open connection (see `openCurrent`), or null. */
export function readTracked(connection: IDBDatabase, jobKey: string): Promise<QuickTracked | null> {
  return new Promise((resolve) => {
    let tx: IDBTransaction;
    try {
      tx = connection.transaction([...STORES], 'readonly');
    } catch {
      return resolve(null);
    }
    const row = tx.objectStore('postings').get(jobKey);
    const notes = tx.objectStore('notes').index('jobKey').getAll(jobKey);
    const profile = tx.objectStore('profile').count(SINGLETON_KEY);
    tx.oncomplete = () => {
      const tracked = trackedOf(row.result);
      const texts = noteTexts(notes.result);
      resolve(
        tracked && texts ? { ...tracked, notes: texts, hasProfile: profile.result > 0 } : null,
      );
    };
    tx.onerror = () => resolve(null);
    tx.onabort = () => resolve(null);
  });
}
