import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_VERSIONS } from '../schema';
import { freshDb } from '../testing/db';
import { extractionOf } from '../testing/extraction';
import { db } from './database';
import {
  analyst,
  analystExtraction,
  editedAnalyst,
  marketing,
  marketingExtraction,
} from './fixtures/captures';
import { addNote, notesFor } from './notes';
import { getPosting, listPostings, postingHistory } from './read';
import { recordCapture } from './record-capture';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
const HOUR = 3_600_000;

beforeEach(async () => {
  await freshDb();
});

describe('recordCapture', () => {
  it('stores a new posting as seen, with its text, JSON-LD deadline and extraction', async () => {
    const result = await recordCapture(analyst, analystExtraction, T0);
    expect(result).toEqual({
      jobKey: analyst.jobKey,
      created: true,
      textChanged: false,
      repaired: false,
      preview: {
        ...analystExtraction,
        posting: { ...analystExtraction.posting, title: 'Senior Data Analyst' },
      },
    });
    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({
      status: 'seen',
      title: 'Senior Data Analyst',
      company: 'Northwind Logistics',
      createdAt: T0,
      capturedAt: T0,
      savedAt: null,
      deadline: Date.parse('2026-04-30T23:59:00+02:00'),
      text: analyst.text,
      versions: [],
    });
    expect(posting?.extraction.requirements.map((r) => r.kind)).toEqual([
      'experience',
      'skill',
      'skill',
      'language',
      'skill',
    ]);
  });

  it('keeps one record when the same job is captured again', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    const again = await recordCapture(
      { ...analyst, url: 'https://boards.greenhouse.io/northwind/jobs/4471023?utm_source=x' },
      analystExtraction,
      T0 + HOUR,
    );
    expect(again.created).toBe(false);
    expect(await db.postings.count()).toBe(1);
    expect(await db.bodies.count()).toBe(1);
    const posting = await getPosting(analyst.jobKey);
    expect(posting?.createdAt).toBe(T0);
    expect(posting?.capturedAt).toBe(T0 + HOUR);
  });

  it('gives one record when two tabs capture the same job at the same moment', async () => {
    const { capture, extraction } = editedAnalyst();
    const results = await Promise.all([
      recordCapture(analyst, analystExtraction, T0),
      recordCapture(capture, extraction, T0),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.postings.count()).toBe(1);
    // The second write saw the first, so the first tab's text became the earlier version.
    const posting = await getPosting(analyst.jobKey);
    expect(posting?.versions).toHaveLength(1);
  });

  it('keeps status, notes and history on a later visit', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await setStatus(analyst.jobKey, 'applied', T0 + HOUR);
    await addNote(analyst.jobKey, 'Referred by Lena from the routing team', T0 + HOUR);
    await recordCapture(analyst, analystExtraction, T0 + 2 * HOUR);

    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({ status: 'applied', savedAt: T0 + HOUR, appliedAt: T0 + HOUR });
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual([
      'Referred by Lena from the routing team',
    ]);
    expect(await postingHistory(analyst.jobKey)).toMatchObject([{ from: 'seen', to: 'applied' }]);
  });

  it('keeps the previous text and extraction when the employer edits the posting', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    const { capture, extraction } = editedAnalyst();
    const result = await recordCapture(capture, extraction, T0 + HOUR);
    expect(result.textChanged).toBe(true);

    const posting = await getPosting(analyst.jobKey);
    expect(posting?.text).toContain('6+ years');
    expect(posting?.versions).toEqual([
      { text: analyst.text, extraction: analystExtraction, capturedAt: T0 },
    ]);
    expect(posting?.extraction.requirements.find((r) => r.kind === 'experience')).toMatchObject({
      minYears: 6,
    });
  });

  it('does not count re-flowed whitespace as an edit', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    const reflowed = analyst.text.replace(/\n/g, '\n\n  ');
    const result = await recordCapture(
      { ...analyst, text: reflowed },
      extractionOf(reflowed, { lang: 'en' }, []),
      T0 + HOUR,
    );
    expect(result.textChanged).toBe(false);
    expect((await getPosting(analyst.jobKey))?.versions).toEqual([]);
  });

  it(`keeps at most ${MAX_VERSIONS} earlier versions, dropping the oldest`, async () => {
    for (let i = 0; i <= MAX_VERSIONS + 2; i++) {
      const text = `${marketing.text}\nMise à jour n°${i}`;
      await recordCapture({ ...marketing, text }, marketingExtraction, T0 + i * HOUR);
    }
    const versions = (await getPosting(marketing.jobKey))?.versions ?? [];
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0]?.text).toContain('Mise à jour n°2');
    expect(versions.at(-1)?.text).toContain(`Mise à jour n°${MAX_VERSIONS + 1}`);
  });

  it('keeps fields a later visit could not read', async () => {
    await recordCapture(marketing, marketingExtraction, T0);
    await recordCapture(
      { ...marketing, company: null, location: null },
      marketingExtraction,
      T0 + HOUR,
    );
    expect(await getPosting(marketing.jobKey)).toMatchObject({
      company: 'Maison Lumière',
      location: 'Lyon',
    });
  });

  it('repairs a damaged posting on the next visit, keeping every field that still reads', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await setStatus(analyst.jobKey, 'saved', T0 + HOUR);
    await setStatus(analyst.jobKey, 'applied', T0 + 2 * HOUR);
    await addNote(analyst.jobKey, 'Referred by Lena', T0 + 2 * HOUR);
    const stored = await db.postings.get(analyst.jobKey);
    // A buggy version wrote a status and contacts reading cannot accept.
    await db.postings.put({ ...stored, status: 'in-progress', contacts: 'Lena' } as never);
    await db.bodies.update(analyst.jobKey, { versions: 'none' } as never);
    await expect(getPosting(analyst.jobKey)).rejects.toThrow(/unreadable/);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await recordCapture(analyst, analystExtraction, T0 + 3 * HOUR);
    expect(result).toMatchObject({ created: false, repaired: true, textChanged: false });
    expect(warn).toHaveBeenCalledWith(
      `Reqlens repairs the damaged stored posting ${analyst.jobKey}`,
    );
    warn.mockRestore();
    const repaired = await getPosting(analyst.jobKey);
    expect(repaired).toMatchObject({
      // The lost status comes back from the history; the readable dates stay.
      status: 'applied',
      savedAt: T0 + HOUR,
      appliedAt: T0 + 2 * HOUR,
      createdAt: T0,
      contacts: [],
      text: analyst.text,
      versions: [],
    });
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual(['Referred by Lena']);
  });

  it('writes nothing for a capture that fails validation', async () => {
    const hostile = { ...analyst, url: 'javascript:alert(1)' };
    await expect(recordCapture(hostile, analystExtraction, T0)).rejects.toThrow();
    const oversized = { ...marketing, text: 'x'.repeat(200_001) };
    await expect(recordCapture(oversized, marketingExtraction, T0)).rejects.toThrow();
    expect(await db.postings.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    expect(await listPostings()).toEqual([]);
  });
});
