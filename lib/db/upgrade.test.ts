import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, rowCounts } from '../testing/db';
import { DB_NAME, db, SCHEMA_V1 } from './database';
import {
  analyst,
  analystExtraction,
  marketing,
  marketingExtraction,
  nurse,
} from './fixtures/captures';
import { notesFor } from './notes';
import { getPosting, listPostings, postingHistory } from './read';
import { getSettings } from './settings';

const T0 = Date.UTC(2025, 10, 3, 8, 30);
const DAY = 86_400_000;

/** A posting as version 1 stored it: text and JSON-LD inline, no v2 fields, savedAt optional. */
function v1Posting(capture: typeof analyst, extra: Record<string, unknown>) {
  const { url, canonicalUrl, jobKey, site, detectedBy, title, company, location, text, jsonLd } =
    capture;
  return {
    jobKey,
    url,
    canonicalUrl,
    site,
    detectedBy,
    title,
    company,
    location,
    text,
    jsonLd,
    createdAt: T0,
    updatedAt: T0,
    capturedAt: T0,
    ...extra,
  };
}

/** Writes a version-1 database under the real name, as an older release of the extension did. */
async function seedVersion1() {
  const old = new Dexie(DB_NAME);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.table('postings').bulkAdd([
    v1Posting(analyst, {
      status: 'interviewing',
      extraction: analystExtraction,
      savedAt: T0 + DAY,
    }),
    v1Posting(marketing, { status: 'seen', extraction: marketingExtraction }),
    // Damaged by an old bug: no extraction. It must survive the upgrade, then read as corrupt.
    v1Posting(nurse, { status: 'saved', savedAt: T0 }),
  ]);
  await old.table('events').bulkAdd([
    { jobKey: analyst.jobKey, from: 'seen', to: 'saved', at: T0 + DAY },
    { jobKey: analyst.jobKey, from: 'saved', to: 'applied', at: T0 + 2 * DAY },
    { jobKey: analyst.jobKey, from: 'applied', to: 'interviewing', at: T0 + 9 * DAY },
  ]);
  await old.table('notes').add({
    jobKey: analyst.jobKey,
    text: 'Premier entretien avec la DRH mardi',
    createdAt: T0 + 9 * DAY,
    updatedAt: T0 + 9 * DAY,
  });
  await old.table('settings').put({ captureEnabled: false, keepUnsavedDays: 14 }, 'singleton');
  old.close();
}

beforeEach(async () => {
  await freshDb();
  await seedVersion1();
});

describe('upgrade from version 1', () => {
  it('opens the old database at the current version and keeps every row', async () => {
    await db.open();
    expect(db.verno).toBe(4);
    expect(await rowCounts()).toMatchObject({ postings: 3, bodies: 3, events: 3, notes: 1 });
  });

  it('moves the text to bodies and fills the new fields', async () => {
    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({
      status: 'interviewing',
      text: analyst.text,
      jsonLd: analyst.jsonLd,
      versions: [],
      contacts: [],
      reminderAt: null,
      savedAt: T0 + DAY,
      // v1 had no appliedAt: it comes from the first event that reached "applied".
      appliedAt: T0 + 2 * DAY,
      deadline: Date.parse('2026-04-30T23:59:00+02:00'),
      extraction: analystExtraction,
    });
    const raw = await db.postings.get(analyst.jobKey);
    expect(raw && 'text' in raw).toBe(false);
    expect(await getPosting(marketing.jobKey)).toMatchObject({
      status: 'seen',
      savedAt: null,
      appliedAt: null,
      deadline: null,
      text: marketing.text,
    });
  });

  it('keeps history, notes and settings readable', async () => {
    expect((await postingHistory(analyst.jobKey)).map((e) => e.to)).toEqual([
      'saved',
      'applied',
      'interviewing',
    ]);
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual([
      'Premier entretien avec la DRH mardi',
    ]);
    expect(await getSettings()).toMatchObject({ captureEnabled: false, keepUnsavedDays: 14 });
  });

  it('keeps a damaged row, reported when read instead of breaking the upgrade', async () => {
    await expect(getPosting(nurse.jobKey)).rejects.toThrow(
      /postings row "stepstone:10293847".*extraction/s,
    );
    expect((await listPostings()).map((p) => p.jobKey).sort()).toEqual(
      [analyst.jobKey, marketing.jobKey].sort(),
    );
    expect((await db.bodies.get(nurse.jobKey))?.text).toBe(nurse.text);
  });

  it('serves the new indexes', async () => {
    const interviewing = await listPostings({ status: 'interviewing' });
    expect(interviewing.map((p) => p.jobKey)).toEqual([analyst.jobKey]);
    expect((await listPostings({ company: 'maison lumière' })).map((p) => p.jobKey)).toEqual([
      marketing.jobKey,
    ]);
  });
});
