import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addNote,
  clearAll,
  db,
  getPosting,
  notesFor,
  postingHistory,
  recordCapture,
  setContacts,
  setInterviews,
  setReminder,
  setStatus,
} from '../db';
import type { Contact } from '../schema';
import { buildExport } from './export';
import { support, supportExtraction, supportOnLinkedIn } from './fixtures';
import { mergePostings } from './merge';
import { DAY, T0 } from './testing-db';

const contact = (name: string, email: string | null): Contact => ({
  name,
  role: null,
  email,
  phone: null,
  url: null,
  note: null,
});

beforeEach(async () => {
  await clearAll();
  await recordCapture(support, supportExtraction, T0);
  await recordCapture(supportOnLinkedIn, supportExtraction, T0 + 1000);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mergePostings', () => {
  it('moves history, notes and contacts to the kept posting and deletes the other', async () => {
    await setStatus(support.jobKey, 'saved', T0 + DAY);
    await setStatus(supportOnLinkedIn.jobKey, 'saved', T0 + 2 * DAY);
    await setStatus(supportOnLinkedIn.jobKey, 'applied', T0 + 3 * DAY);
    await addNote(support.jobKey, 'Salary band from Levels.fyi', T0 + DAY);
    await addNote(supportOnLinkedIn.jobKey, 'Applied with the CX portfolio', T0 + 3 * DAY);
    await setContacts(support.jobKey, [contact('Priya Raman', 'priya@maplepay.example')], T0 + DAY);
    await setContacts(
      supportOnLinkedIn.jobKey,
      [contact('priya raman', 'Priya@maplepay.example'), contact('Tom Okafor', null)],
      T0 + 3 * DAY,
    );
    await setReminder(supportOnLinkedIn.jobKey, T0 + 10 * DAY, T0 + 3 * DAY);
    const screen = { at: T0 + 6 * DAY, label: 'Phone screen', place: null };
    const panel = { at: T0 + 5 * DAY, label: 'Panel', place: 'Toronto' };
    await setInterviews(support.jobKey, [screen], T0 + DAY);
    await setInterviews(
      supportOnLinkedIn.jobKey,
      [{ ...screen, label: 'phone screen' }, panel],
      T0,
    );

    const result = await mergePostings(support.jobKey, supportOnLinkedIn.jobKey, T0 + 4 * DAY);
    expect(result).toMatchObject({ eventsMoved: 2, notesMoved: 1 });

    const kept = await getPosting(support.jobKey);
    expect(kept).toMatchObject({
      site: 'lever',
      status: 'applied',
      savedAt: T0 + DAY,
      appliedAt: T0 + 3 * DAY,
      reminderAt: T0 + 10 * DAY,
      updatedAt: T0 + 4 * DAY,
      text: support.text,
    });
    expect(kept?.contacts.map((c) => c.name)).toEqual(['Priya Raman', 'Tom Okafor']);
    expect(kept?.interviews).toEqual([panel, screen]);
    expect((await postingHistory(support.jobKey)).map((e) => `${e.from}→${e.to}`)).toEqual([
      'seen→saved',
      'seen→saved',
      'saved→applied',
    ]);
    expect((await notesFor(support.jobKey)).map((n) => n.text)).toEqual([
      'Salary band from Levels.fyi',
      'Applied with the CX portfolio',
    ]);
    expect(await getPosting(supportOnLinkedIn.jobKey)).toBeUndefined();
    expect(await db.bodies.get(supportOnLinkedIn.jobKey)).toBeUndefined();
    expect(await db.events.where('jobKey').equals(supportOnLinkedIn.jobKey).count()).toBe(0);
  });

  it('keeps a rejection recorded on either copy', async () => {
    await setStatus(support.jobKey, 'interviewing', T0 + DAY);
    await setStatus(supportOnLinkedIn.jobKey, 'rejected', T0 + 2 * DAY);
    await mergePostings(support.jobKey, supportOnLinkedIn.jobKey, T0 + 3 * DAY);
    expect((await getPosting(support.jobKey))?.status).toBe('rejected');
  });

  it('drops an event that both copies recorded at the same moment', async () => {
    await setStatus(support.jobKey, 'saved', T0 + DAY);
    await setStatus(supportOnLinkedIn.jobKey, 'saved', T0 + DAY);
    expect(
      (await mergePostings(supportOnLinkedIn.jobKey, support.jobKey, T0 + 2 * DAY)).eventsMoved,
    ).toBe(0);
    expect(await db.events.count()).toBe(1);
  });

  it('refuses to merge a posting with itself or with a missing one, changing nothing', async () => {
    const before = JSON.stringify(await buildExport(0));
    await expect(mergePostings(support.jobKey, support.jobKey, T0)).rejects.toThrow(/itself/);
    await expect(mergePostings(support.jobKey, 'indeed:gone', T0)).rejects.toThrow(
      /No stored posting/,
    );
    expect(JSON.stringify(await buildExport(0))).toBe(before);
  });

  it('rolls back when a write fails', async () => {
    await setStatus(supportOnLinkedIn.jobKey, 'applied', T0 + DAY);
    await addNote(supportOnLinkedIn.jobKey, 'Referral from Tom', T0 + DAY);
    const before = JSON.stringify(await buildExport(0));
    vi.spyOn(db.bodies, 'delete').mockRejectedValueOnce(new Error('AbortError'));
    await expect(
      mergePostings(support.jobKey, supportOnLinkedIn.jobKey, T0 + 2 * DAY),
    ).rejects.toThrow('AbortError');
    expect(JSON.stringify(await buildExport(0))).toBe(before);
  });
});
