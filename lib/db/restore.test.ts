import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { addNote } from './notes';
import { getPosting } from './read';
import { recordCapture } from './record-capture';
import { type RestoreWrites, readRestoreState, writeRestore } from './restore';
import { getProfile } from './settings';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 5, 1, 9, 0);

const none: RestoreWrites = {
  postings: [],
  bodies: [],
  newEvents: [],
  newNotes: [],
  changedNotes: [],
  profile: null,
  settings: null,
};

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
  await recordCapture(marketing, marketingExtraction, T0);
  await setStatus(analyst.jobKey, 'saved', T0 + 1);
  await addNote(marketing.jobKey, 'Portfolio link sent', T0 + 2);
});

describe('readRestoreState', () => {
  it('reads only the postings named, but every id taken', async () => {
    const state = await readRestoreState([analyst.jobKey, 'greenhouse:nowhere:1']);
    expect([...state.postings.keys()]).toEqual([analyst.jobKey]);
    expect(state.postings.get(analyst.jobKey)?.text).toBe(analyst.text);
    expect(state.events.map((e) => e.to)).toEqual(['saved']);
    expect(state.notes).toEqual([]);
    expect(state.takenNoteIds.size).toBe(1);
    expect(state.hasProfile).toBe(false);
  });

  it('counts a damaged stored posting as absent', async () => {
    await db.postings.update(analyst.jobKey, { status: 'lost' } as never);
    expect((await readRestoreState([analyst.jobKey])).postings.size).toBe(0);
  });
});

describe('writeRestore', () => {
  it('writes what the plan decided from the state it was given, and returns its result', async () => {
    const result = await writeRestore([analyst.jobKey], (state) => {
      const stored = state.postings.get(analyst.jobKey);
      if (!stored) throw new Error('missing');
      const { text: _t, jsonLd: _j, versions: _v, ...row } = stored;
      return {
        writes: {
          ...none,
          postings: [{ ...row, title: 'Senior analyst', updatedAt: T0 + 10 }],
          profile: { skills: ['SQL'], languages: [] },
        },
        result: 'done',
      };
    });
    expect(result).toBe('done');
    expect((await getPosting(analyst.jobKey))?.title).toBe('Senior analyst');
    expect((await getProfile())?.skills).toEqual(['SQL']);
  });

  it('writes nothing when a row of the plan is invalid', async () => {
    await expect(
      writeRestore([], () => ({
        writes: {
          ...none,
          profile: { skills: ['Go'], languages: [] },
          newNotes: [{ id: 99, jobKey: analyst.jobKey, text: '', createdAt: -1, updatedAt: 0 }],
        },
        result: null,
      })),
    ).rejects.toThrow();
    expect(await getProfile()).toBeNull();
    expect(await db.notes.count()).toBe(1);
  });
});
