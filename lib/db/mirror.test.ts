import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { clearAll } from './clear';
import { db } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { keepTrackerMirror, type MirrorStore, mirrorSettled } from './mirror';
import { addNote, deleteNote, updateNote } from './notes';
import { openCurrent, readTracked } from './quick';
import {
  MIRROR_MAX_CHARS,
  MIRROR_MAX_NOTES,
  mirroredTracked,
  mirrorKey,
  mirrorOf,
} from './quick-mirror';
import { recordCapture } from './record-capture';
import { saveProfile } from './settings';
import { savePosting, setStatus } from './status';

const T0 = Date.UTC(2026, 10, 3, 8, 15);

/** Session storage as a map, with the other entries it holds (the tabs' previews). */
function mapStore(): MirrorStore & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>([['tab:7', { jobKey: 'x', url: 'u', preview: null }]]);
  return {
    items,
    async set(entries) {
      for (const [k, v] of Object.entries(entries)) items.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keys) items.delete(k);
    },
    async keys() {
      return [...items.keys()];
    },
  };
}

let store: ReturnType<typeof mapStore>;

/** What the popup's first screen would read from the mirror, once the copies are done. */
async function mirrored(jobKey: string) {
  await mirrorSettled();
  return mirroredTracked(store.items.get(mirrorKey(jobKey)));
}

/** What the database says, read as the first screen reads it without a mirror. */
async function fromDatabase(jobKey: string) {
  const idb = await openCurrent();
  try {
    return idb && (await readTracked(idb, jobKey));
  } finally {
    idb?.close();
  }
}

beforeEach(async () => {
  await freshDb();
  store = mapStore();
  keepTrackerMirror(store);
});

afterEach(() => {
  keepTrackerMirror(null);
});

describe('the popup’s copy of each posting’s tracker state', () => {
  it('is written when a capture is stored, and follows status, save and notes', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    expect(await mirrored(analyst.jobKey)).toEqual({
      status: 'seen',
      savedAt: null,
      appliedAt: null,
      notes: [],
      hasProfile: false,
    });

    await savePosting(analyst.jobKey, T0 + 1);
    await setStatus(analyst.jobKey, 'applied', T0 + 2);
    await addNote(analyst.jobKey, 'Entretien prévu mardi à 10 h', T0 + 4);
    await addNote(analyst.jobKey, 'Asked about the on-call rota', T0 + 3);
    const copy = await mirrored(analyst.jobKey);
    expect(copy).toMatchObject({ status: 'applied', savedAt: T0 + 1, appliedAt: T0 + 2 });
    expect(copy?.notes).toEqual(['Asked about the on-call rota', 'Entretien prévu mardi à 10 h']);
    expect(copy).toEqual(await fromDatabase(analyst.jobKey));
  });

  it('follows a note edited or deleted by its id, and leaves other postings’ copies alone', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await recordCapture(marketing, marketingExtraction, T0);
    const id = await addNote(analyst.jobKey, 'Llamar a la reclutadora', T0 + 1);
    await addNote(marketing.jobKey, 'Portfolio schicken', T0 + 1);
    await updateNote(id, 'Llamar a la reclutadora el lunes', T0 + 2);
    expect((await mirrored(analyst.jobKey))?.notes).toEqual(['Llamar a la reclutadora el lunes']);
    await deleteNote(id);
    expect((await mirrored(analyst.jobKey))?.notes).toEqual([]);
    expect((await mirrored(marketing.jobKey))?.notes).toEqual(['Portfolio schicken']);
  });

  it('says a profile exists in every copy once one is saved', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await recordCapture(marketing, marketingExtraction, T0);
    await saveProfile({ totalYears: 3, skills: ['Python'] });
    expect((await mirrored(analyst.jobKey))?.hasProfile).toBe(true);
    expect((await mirrored(marketing.jobKey))?.hasProfile).toBe(true);
  });

  it('is missing for a posting no write touched this session, and removed when the data is cleared', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    expect(await mirrored(marketing.jobKey)).toBeNull();
    await clearAll();
    expect(await mirrored(analyst.jobKey)).toBeNull();
    // The store's other entries are not the mirror's to remove.
    expect(store.items.has('tab:7')).toBe(true);
  });

  it('keeps what was committed when a write is rolled back, never what was attempted', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    const failed = db.transaction('rw', db.postings, async () => {
      const row = await db.postings.get(analyst.jobKey);
      await db.postings.put({ ...(row as NonNullable<typeof row>), status: 'offer' });
      throw new Error('the write fails after its put');
    });
    await expect(failed).rejects.toThrow('fails');
    expect((await mirrored(analyst.jobKey))?.status).toBe('seen');
  });

  it('is dropped, not kept stale, for a posting with more notes than it holds', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    expect(await mirrored(analyst.jobKey)).not.toBeNull();
    await addNote(analyst.jobKey, 'x'.repeat(MIRROR_MAX_CHARS + 1), T0 + 1);
    expect(await mirrored(analyst.jobKey)).toBeNull();
    expect(store.items.has(mirrorKey(analyst.jobKey))).toBe(false);
  });

  it('writes nothing when no context keeps it (a test, a script)', async () => {
    keepTrackerMirror(null);
    await recordCapture(analyst, analystExtraction, T0);
    await mirrorSettled();
    expect([...store.items.keys()]).toEqual(['tab:7']);
  });
});

describe('reading a stored copy', () => {
  const good = {
    status: 'interviewing' as const,
    savedAt: T0,
    appliedAt: T0 + 1,
    notes: ['Bring the case study', 'Zweites Gespräch mit dem Team'],
    hasProfile: true,
  };

  it('gives back what was kept', () => {
    expect(mirroredTracked(structuredClone(mirrorOf(good)))).toEqual(good);
  });

  it('refuses an entry over its bounds, when written and when read', () => {
    const many = { ...good, notes: Array.from({ length: MIRROR_MAX_NOTES + 1 }, () => 'n') };
    const long = { ...good, notes: ['y'.repeat(MIRROR_MAX_CHARS + 1)] };
    expect(mirrorOf(many)).toBeNull();
    expect(mirrorOf(long)).toBeNull();
    expect(mirroredTracked({ ...mirrorOf(good), notes: many.notes })).toBeNull();
    expect(mirroredTracked({ ...mirrorOf(good), notes: long.notes })).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'interview'],
    ['an array', [good]],
    ['no format', good],
    ['another format', { ...good, format: 2 }],
    ['an unknown status', { ...good, format: 1, status: 'hired!' }],
    ['a status of the wrong type', { ...good, format: 1, status: 3 }],
    ['a date that is no number', { ...good, format: 1, savedAt: '2026-11-03' }],
    ['an infinite date', { ...good, format: 1, appliedAt: Number.POSITIVE_INFINITY }],
    ['a missing date', { ...good, format: 1, savedAt: undefined }],
    ['notes that are no list', { ...good, format: 1, notes: 'Bring the case study' }],
    ['a note that is no text', { ...good, format: 1, notes: ['ok', { text: 'no' }] }],
    ['a profile flag of the wrong type', { ...good, format: 1, hasProfile: 'yes' }],
  ])('refuses %s', (_, value) => {
    expect(mirroredTracked(value)).toBeNull();
  });

  it('keeps no more than the fields it knows', () => {
    const read = mirroredTracked({ ...mirrorOf(good), extra: 'x'.repeat(100), __proto__: {} });
    expect(read).toEqual(good);
    expect(Object.keys(read ?? {})).not.toContain('extra');
  });
});
