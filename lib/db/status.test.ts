import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { db } from './database';
import { setContacts, setInterviews, setReminder } from './edit';
import { analyst, analystExtraction } from './fixtures/captures';
import { getPosting, postingHistory } from './read';
import { recordCapture } from './record-capture';
import { PostingNotFoundError, savePosting, setStatus } from './status';

const T0 = Date.UTC(2026, 0, 12, 14, 0);
const DAY = 86_400_000;

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
});

describe('setStatus', () => {
  it('records each change as an event and dates the first save and application', async () => {
    await setStatus(analyst.jobKey, 'saved', T0 + DAY);
    await setStatus(analyst.jobKey, 'applied', T0 + 2 * DAY);
    await setStatus(analyst.jobKey, 'interviewing', T0 + 9 * DAY);
    await setStatus(analyst.jobKey, 'rejected', T0 + 20 * DAY);

    expect(await getPosting(analyst.jobKey)).toMatchObject({
      status: 'rejected',
      savedAt: T0 + DAY,
      appliedAt: T0 + 2 * DAY,
      updatedAt: T0 + 20 * DAY,
    });
    expect(
      (await postingHistory(analyst.jobKey)).map(({ from, to, at }) => [from, to, (at - T0) / DAY]),
    ).toEqual([
      ['seen', 'saved', 1],
      ['saved', 'applied', 2],
      ['applied', 'interviewing', 9],
      ['interviewing', 'rejected', 20],
    ]);
  });

  it('dates the application when the user jumps straight to interviewing', async () => {
    await setStatus(analyst.jobKey, 'interviewing', T0 + DAY);
    expect(await getPosting(analyst.jobKey)).toMatchObject({
      savedAt: T0 + DAY,
      appliedAt: T0 + DAY,
    });
  });

  it('writes no event when the status does not change', async () => {
    expect(await setStatus(analyst.jobKey, 'seen', T0 + DAY)).toBe(false);
    expect(await postingHistory(analyst.jobKey)).toEqual([]);
  });

  it('rejects an unknown status or posting without writing', async () => {
    // @ts-expect-error: a status from a stale UI build
    await expect(setStatus(analyst.jobKey, 'ghosted', T0)).rejects.toThrow();
    await expect(setStatus('lever:nobody:123', 'saved', T0)).rejects.toBeInstanceOf(
      PostingNotFoundError,
    );
    expect(await db.events.count()).toBe(0);
  });
});

describe('savePosting', () => {
  it('moves a seen posting to saved but never demotes one already applied', async () => {
    expect(await savePosting(analyst.jobKey, T0 + DAY)).toBe(true);
    await setStatus(analyst.jobKey, 'applied', T0 + 2 * DAY);
    expect(await savePosting(analyst.jobKey, T0 + 3 * DAY)).toBe(false);
    expect((await getPosting(analyst.jobKey))?.status).toBe('applied');
    expect(await db.events.count()).toBe(2);
  });
});

describe('reminders and contacts', () => {
  it('sets and clears a reminder', async () => {
    await setReminder(analyst.jobKey, T0 + 7 * DAY, T0 + DAY);
    expect(await getPosting(analyst.jobKey)).toMatchObject({
      reminderAt: T0 + 7 * DAY,
      updatedAt: T0 + DAY,
    });
    await setReminder(analyst.jobKey, null, T0 + 2 * DAY);
    expect((await getPosting(analyst.jobKey))?.reminderAt).toBeNull();
  });

  it('stores contacts, loses none to quick edits, and refuses one without a name', async () => {
    const lena = {
      name: 'Lena Vogt',
      role: 'Recruiter',
      email: 'lena.vogt@northwind.example',
      phone: null,
      url: null,
      note: 'Met at the Berlin data meetup',
    };
    const ingrid = { ...lena, name: 'Ingrid Berg', email: null, note: null };
    await Promise.all([
      setContacts(analyst.jobKey, (stored) => [...stored, lena], T0 + DAY),
      setContacts(analyst.jobKey, (stored) => [...stored, ingrid], T0 + DAY),
    ]);
    expect((await getPosting(analyst.jobKey))?.contacts).toEqual([lena, ingrid]);
    await setContacts(analyst.jobKey, [lena], T0 + DAY);
    expect((await getPosting(analyst.jobKey))?.contacts).toEqual([lena]);
    await expect(setContacts(analyst.jobKey, [{ ...lena, name: '' }], T0 + DAY)).rejects.toThrow();
    expect((await getPosting(analyst.jobKey))?.contacts).toEqual([lena]);
  });

  it('keeps interviews in time order, loses none to quick edits, refuses one without a label', async () => {
    const onsite = { at: T0 + 9 * DAY, label: 'Onsite with the team', place: 'Berlin office' };
    const screen = { at: T0 + 2 * DAY, label: 'Recruiter screen', place: null };
    await Promise.all([
      setInterviews(analyst.jobKey, (stored) => [...stored, onsite], T0 + DAY),
      setInterviews(analyst.jobKey, (stored) => [...stored, screen], T0 + DAY),
    ]);
    const stored = await getPosting(analyst.jobKey);
    expect(stored?.interviews).toEqual([screen, onsite]);
    expect(stored?.updatedAt).toBe(T0 + DAY);
    await expect(
      setInterviews(analyst.jobKey, (stored) => [...stored, { ...screen, label: '   ' }], T0),
    ).rejects.toThrow();
    await setInterviews(analyst.jobKey, (stored) => stored.slice(1), T0 + 3 * DAY);
    expect((await getPosting(analyst.jobKey))?.interviews).toEqual([onsite]);
  });

  it('reads a row stored before interviews were tracked as having none', async () => {
    const { interviews: _none, ...older } = (await db.postings.get(analyst.jobKey)) ?? {};
    await db.postings.put(older as never);
    expect((await getPosting(analyst.jobKey))?.interviews).toEqual([]);
  });
});
