import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { setReminder } from './edit';
import {
  analyst,
  analystExtraction,
  marketing,
  marketingExtraction,
  nurse,
  nurseExtraction,
  technician,
  technicianExtraction,
} from './fixtures/captures';
import { addNote } from './notes';
import { pruneUnsaved } from './prune';
import { listPostings } from './read';
import { recordCapture } from './record-capture';
import { setStatus } from './status';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 30, 12, 0);

beforeEach(async () => {
  await freshDb();
});

describe('pruneUnsaved', () => {
  it('deletes only unsaved postings untouched for longer than the limit', async () => {
    await recordCapture(analyst, analystExtraction, NOW - 40 * DAY); // old, seen: pruned
    await recordCapture(marketing, marketingExtraction, NOW - 40 * DAY);
    await setStatus(marketing.jobKey, 'saved', NOW - 40 * DAY); // old but saved: kept
    await recordCapture(nurse, nurseExtraction, NOW - 10 * DAY); // recent: kept
    await recordCapture(technician, technicianExtraction, NOW - 31 * DAY);
    await addNote(technician.jobKey, 'Preguntar por el horario', NOW - 31 * DAY); // has a note: kept

    expect(await pruneUnsaved(30, NOW)).toBe(1);
    expect((await listPostings()).map((p) => p.jobKey).sort()).toEqual(
      [marketing.jobKey, nurse.jobKey, technician.jobKey].sort(),
    );
    expect(await db.bodies.get(analyst.jobKey)).toBeUndefined();
    expect(await db.events.count()).toBe(1);
  });

  it('keeps a posting with a reminder, and one revisited recently', async () => {
    await recordCapture(analyst, analystExtraction, NOW - 90 * DAY);
    await setReminder(analyst.jobKey, NOW + DAY, NOW - 90 * DAY);
    await recordCapture(nurse, nurseExtraction, NOW - 90 * DAY);
    await recordCapture(nurse, nurseExtraction, NOW - DAY);
    expect(await pruneUnsaved(30, NOW)).toBe(0);
    expect(await db.postings.count()).toBe(2);
  });
});
