import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { writeMerge } from './merge';
import { addNote, notesFor } from './notes';
import { getPosting, postingHistory } from './read';
import { recordCapture } from './record-capture';
import { PostingNotFoundError, setStatus } from './status';

const T0 = Date.UTC(2026, 6, 6, 14, 0);

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
  await recordCapture(marketing, marketingExtraction, T0);
  await setStatus(marketing.jobKey, 'saved', T0 + 1);
  await addNote(marketing.jobKey, 'Same role, posted twice', T0 + 2);
});

describe('writeMerge', () => {
  it('writes the planned posting, moves what the plan moved and drops the rest', async () => {
    const result = await writeMerge(analyst.jobKey, marketing.jobKey, (state) => {
      expect(state.dropEvents).toHaveLength(1);
      expect(state.dropNotes.map((n) => n.text)).toEqual(['Same role, posted twice']);
      return {
        posting: { ...state.keep, status: 'saved', updatedAt: T0 + 5 },
        events: [],
        notes: state.dropNotes.map((n) => ({ ...n, jobKey: state.keep.jobKey })),
      };
    });
    expect(result.posting.status).toBe('saved');
    expect((await getPosting(analyst.jobKey))?.status).toBe('saved');
    expect(await getPosting(marketing.jobKey)).toBeUndefined();
    expect(await db.bodies.get(marketing.jobKey)).toBeUndefined();
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual([
      'Same role, posted twice',
    ]);
    // The event the plan did not move went with its posting.
    expect(await postingHistory(marketing.jobKey)).toEqual([]);
  });

  it('refuses a missing posting, merging one with itself, and a plan that keeps the other', async () => {
    await expect(
      writeMerge(analyst.jobKey, 'nope:1', (s) => ({
        ...s,
        posting: s.keep,
        events: [],
        notes: [],
      })),
    ).rejects.toBeInstanceOf(PostingNotFoundError);
    await expect(
      writeMerge(analyst.jobKey, analyst.jobKey, () => {
        throw new Error('not called');
      }),
    ).rejects.toThrow(/itself/);
    await expect(
      writeMerge(analyst.jobKey, marketing.jobKey, (s) => ({
        posting: s.drop,
        events: [],
        notes: [],
      })),
    ).rejects.toThrow(/keeps/);
    expect(await getPosting(marketing.jobKey)).toBeDefined();
  });
});
