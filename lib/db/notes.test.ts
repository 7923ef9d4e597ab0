import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { deletePosting } from './edit';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { addNote, deleteNote, notesFor, updateNote } from './notes';
import { getPosting } from './read';
import { recordCapture } from './record-capture';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 1, 2, 10, 0);

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
  await recordCapture(marketing, marketingExtraction, T0);
});

describe('notes', () => {
  it('adds, edits and deletes notes on one posting only', async () => {
    const first = await addNote(
      analyst.jobKey,
      'Salary band 70–80k according to Glassdoor',
      T0 + 1,
    );
    await addNote(analyst.jobKey, 'Ask about on-call rotation', T0 + 2);
    await addNote(marketing.jobKey, 'Relancer Camille vendredi', T0 + 3);

    await updateNote(first, 'Salary band 75–85k (recruiter call)', T0 + 4);
    expect((await notesFor(analyst.jobKey)).map((n) => [n.text, n.updatedAt - T0])).toEqual([
      ['Salary band 75–85k (recruiter call)', 4],
      ['Ask about on-call rotation', 2],
    ]);
    expect((await getPosting(analyst.jobKey))?.updatedAt).toBe(T0 + 4);

    await deleteNote(first);
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual([
      'Ask about on-call rotation',
    ]);
    expect(await notesFor(marketing.jobKey)).toHaveLength(1);
  });

  it('refuses an empty note, a note on an unknown posting and an unknown note id', async () => {
    await expect(addNote(analyst.jobKey, '', T0)).rejects.toThrow();
    await expect(addNote('ashby:ghost:1', 'hello', T0)).rejects.toThrow(/No stored posting/);
    await expect(updateNote(999, 'hello', T0)).rejects.toThrow(/No note/);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('deletePosting', () => {
  it('removes the posting with its text, history and notes, and nothing else', async () => {
    await setStatus(analyst.jobKey, 'saved', T0 + 1);
    await addNote(analyst.jobKey, 'Too far from home', T0 + 2);
    await addNote(marketing.jobKey, 'Bonne ambiance', T0 + 2);
    await deletePosting(analyst.jobKey);

    expect(await getPosting(analyst.jobKey)).toBeUndefined();
    expect(await db.bodies.get(analyst.jobKey)).toBeUndefined();
    expect(await db.events.count()).toBe(0);
    expect(await notesFor(analyst.jobKey)).toEqual([]);
    expect(await notesFor(marketing.jobKey)).toHaveLength(1);
    expect(await getPosting(marketing.jobKey)).toBeDefined();
  });
});
