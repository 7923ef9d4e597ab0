import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { addNote } from './notes';
import { DB_NAME, DB_VERSION, openCurrent, readTracked } from './quick';
import { recordCapture } from './record-capture';
import { saveProfile } from './settings';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 4, 11, 9, 30);

/** What the popup's first screen reads without Dexie, on a fresh connection closed after use. */
async function quickRead(jobKey: string) {
  const connection = await openCurrent();
  if (!connection) return 'not opened';
  try {
    return await readTracked(connection, jobKey);
  } finally {
    connection.close();
  }
}

beforeEach(async () => {
  await freshDb();
});

describe('the first look at a posting without Dexie', () => {
  it('opens the same database at the version Dexie declares', async () => {
    await db.open();
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(DB_VERSION);
  });

  it('reads the status, its dates, the notes oldest first and whether a profile exists', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await recordCapture(marketing, marketingExtraction, T0);
    expect(await quickRead(analyst.jobKey)).toEqual({
      status: 'seen',
      savedAt: null,
      appliedAt: null,
      notes: [],
      hasProfile: false,
    });

    await setStatus(analyst.jobKey, 'applied', T0 + 5);
    await addNote(analyst.jobKey, 'Call back on Thursday about the team size', T0 + 7);
    await addNote(analyst.jobKey, 'Rückfrage zum Gehaltsband gestellt', T0 + 6);
    await addNote(marketing.jobKey, 'Envoyer le portfolio à Camille', T0 + 8);
    await saveProfile({ totalYears: 4, skills: ['SQL'] });
    const read = await quickRead(analyst.jobKey);
    expect(read).toMatchObject({ status: 'applied', appliedAt: T0 + 5, hasProfile: true });
    expect(read !== 'not opened' && read?.notes).toEqual([
      'Rückfrage zum Gehaltsband gestellt',
      'Call back on Thursday about the team size',
    ]);
  });

  it('gives null for a posting that is not stored, or a row of another shape', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    expect(await quickRead('lever:nobody:0')).toBeNull();
    await db.postings.toCollection().modify((row) => {
      Object.assign(row, { status: 'archived' });
    });
    expect(await quickRead(analyst.jobKey)).toBeNull();
  });

  it('leaves a database that does not exist yet to Dexie, which then creates it whole', async () => {
    await db.delete({ disableAutoOpen: false });
    expect(await openCurrent()).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(DB_NAME);
    await recordCapture(analyst, analystExtraction, T0);
    expect(await quickRead(analyst.jobKey)).toMatchObject({ status: 'seen' });
  });

  it('does not read a database an upgrade has still to run on', async () => {
    await db.delete({ disableAutoOpen: false });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 30);
      open.onupgradeneeded = () => {
        for (const name of ['postings', 'notes', 'profile']) open.result.createObjectStore(name);
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    expect(await openCurrent()).toBeNull();
    indexedDB.deleteDatabase(DB_NAME);
  });
});
