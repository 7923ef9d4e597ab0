import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Extraction, PageCapture } from '../schema';
import { freshDb, rowCounts } from '../testing/db';
import { DB_NAME, db, SCHEMA_V1, SCHEMA_V2 } from './database';
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
import { notesFor } from './notes';
import { getPosting, latestByStatus, listPostings, postingHistory } from './read';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 0, 12, 9, 0);
const DAY = 86_400_000;

/** A posting as version 2 stored it: the full extraction (with evidence) on the row. */
function v2Row(capture: PageCapture, extraction: Extraction, status: string, at: number) {
  const { jobKey, url, canonicalUrl, site, detectedBy, title, company, location } = capture;
  return {
    jobKey,
    url,
    canonicalUrl,
    site,
    detectedBy,
    title,
    company,
    location,
    extraction,
    status,
    createdAt: at,
    updatedAt: at,
    capturedAt: at,
    savedAt: status === 'seen' ? null : at,
    appliedAt: null,
    deadline: null,
    reminderAt: null,
    contacts: [],
  };
}

const v2Body = (capture: PageCapture, versions: unknown[] = []) => ({
  jobKey: capture.jobKey,
  text: capture.text,
  jsonLd: capture.jsonLd,
  versions,
});

/** Writes a version-2 database under the real name, as the previous release did. */
async function seedVersion2() {
  const old = new Dexie(DB_NAME);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.open();
  await old.table('postings').bulkAdd([
    v2Row(analyst, analystExtraction, 'applied', T0),
    v2Row(marketing, marketingExtraction, 'seen', T0 + DAY),
    v2Row(technician, technicianExtraction, 'saved', T0 + 2 * DAY),
    // Damaged by hand: an unknown status. It must survive, then read as corrupt.
    v2Row(nurse, nurseExtraction, 'archived', T0 + 3 * DAY),
  ]);
  await old.table('bodies').bulkAdd([
    v2Body(analyst, [{ text: 'An older text', extraction: analystExtraction, capturedAt: T0 }]),
    v2Body(marketing),
    v2Body(nurse),
    // The technician's body was lost (an old bug): its extraction must not be lost with it.
  ]);
  await old.table('events').add({ jobKey: analyst.jobKey, from: 'saved', to: 'applied', at: T0 });
  await old.table('notes').add({
    jobKey: technician.jobKey,
    text: 'Llamar a Javier el lunes',
    createdAt: T0,
    updatedAt: T0,
  });
  old.close();
}

beforeEach(async () => {
  await freshDb();
  await seedVersion2();
});

describe('upgrade from version 2', () => {
  it('keeps every row of every table', async () => {
    await db.open();
    expect(db.verno).toBe(4);
    // The technician's lost body comes back holding only its extraction.
    expect(await rowCounts()).toMatchObject({ postings: 4, bodies: 4, events: 1, notes: 1 });
  });

  it('moves the evidence to the body and keeps the rest of the extraction on the row', async () => {
    const raw = await db.postings.get(analyst.jobKey);
    expect(raw?.extraction.requirements).toHaveLength(analystExtraction.requirements.length);
    expect(raw?.extraction.requirements.every((r) => !('evidence' in r))).toBe(true);
    expect(raw?.extraction.posting).toEqual(analystExtraction.posting);
    expect(raw?.searchText).toBe('senior data analyst\nnorthwind logistics\nberlin, germany');

    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({
      status: 'applied',
      text: analyst.text,
      extraction: analystExtraction,
      versions: [{ text: 'An older text', extraction: analystExtraction, capturedAt: T0 }],
    });
    expect(await postingHistory(analyst.jobKey)).toHaveLength(1);
  });

  it('lists, searches and writes the upgraded rows', async () => {
    expect((await listPostings()).map((p) => p.jobKey)).toEqual([
      technician.jobKey,
      marketing.jobKey,
      analyst.jobKey,
    ]);
    expect((await listPostings({ search: 'lumiere lyon' })).map((p) => p.jobKey)).toEqual([
      marketing.jobKey,
    ]);
    expect((await listPostings({ search: 'javier' })).map((p) => p.jobKey)).toEqual([
      technician.jobKey,
    ]);
    await setStatus(marketing.jobKey, 'saved', T0 + 5 * DAY);
    const board = await latestByStatus(['saved', 'applied'], 10);
    expect(board.get('saved')?.map((p) => p.jobKey)).toEqual([marketing.jobKey, technician.jobKey]);
    expect((await notesFor(technician.jobKey)).map((n) => n.text)).toEqual([
      'Llamar a Javier el lunes',
    ]);
  });

  it('keeps damaged rows, reported when opened', async () => {
    await expect(getPosting(nurse.jobKey)).rejects.toThrow(/postings row "stepstone:.*status/s);
    expect((await db.bodies.get(nurse.jobKey))?.extraction).toEqual(nurseExtraction);
    // No text survived for the technician: opening it says so, its extraction is still stored.
    await expect(getPosting(technician.jobKey)).rejects.toThrow(/bodies row.*text/s);
    expect((await db.bodies.get(technician.jobKey))?.extraction).toEqual(technicianExtraction);
  });
});
