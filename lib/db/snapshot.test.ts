import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { addNote } from './notes';
import { recordCapture } from './record-capture';
import { saveProfile } from './settings';
import { readEverything, readTracker } from './snapshot';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 4, 11, 8, 0);

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
  await recordCapture(marketing, marketingExtraction, T0 + 1000);
  await setStatus(analyst.jobKey, 'saved', T0 + 2000);
  await addNote(analyst.jobKey, 'Call back on Thursday', T0 + 3000);
});

describe('readEverything', () => {
  it('hands back every table as stored, singletons absent until written', async () => {
    const before = await readEverything();
    expect(before.postings).toHaveLength(2);
    expect(before.bodies).toHaveLength(2);
    expect(before.events).toHaveLength(1);
    expect(before.notes).toHaveLength(1);
    expect(before.profile).toBeUndefined();
    expect(before.settings).toBeUndefined();

    await saveProfile({ skills: ['Excel'], languages: [] });
    expect((await readEverything()).profile).toMatchObject({ skills: ['Excel'] });
  });

  it('keeps damaged rows in, unparsed: the export decides what to leave out', async () => {
    await db.postings.put({ jobKey: 'broken:1', title: 42 } as never);
    expect((await readEverything()).postings).toHaveLength(3);
  });
});

describe('readTracker', () => {
  it('gives readable postings newest first with their history and notes', async () => {
    await db.postings.put({ jobKey: 'broken:1', title: 42 } as never);
    const tracker = await readTracker();
    expect(tracker.postings.map((p) => p.jobKey)).toEqual([analyst.jobKey, marketing.jobKey]);
    expect(tracker.events.map((e) => e.to)).toEqual(['saved']);
    expect(tracker.notes.map((n) => n.text)).toEqual(['Call back on Thursday']);
  });
});
