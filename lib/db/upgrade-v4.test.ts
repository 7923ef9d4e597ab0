import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Extraction, PageCapture } from '../schema';
import { freshDb, rowCounts } from '../testing/db';
import { DB_NAME, db, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { getPosting, listPostings } from './read';
import { searchTextOf } from './stored';

const T0 = Date.UTC(2026, 5, 1, 9, 0);

/** An extraction as version 3 stored it: one employment type, no list. */
function v3Extraction(x: Extraction, employmentType: string | null): unknown {
  const { employmentTypes: _new, ...posting } = x.posting;
  return { ...x, posting: { ...posting, employmentType } };
}

function v3Row(capture: PageCapture, extraction: unknown) {
  const { jobKey, url, canonicalUrl, site, detectedBy, title, company, location } = capture;
  const row = {
    jobKey,
    url,
    canonicalUrl,
    site,
    detectedBy,
    title,
    company,
    location,
    extraction,
    status: 'saved',
    createdAt: T0,
    updatedAt: T0,
    capturedAt: T0,
    savedAt: T0,
    appliedAt: null,
    deadline: null,
    reminderAt: null,
    contacts: [],
  };
  return { ...row, searchText: searchTextOf(row) };
}

/** Writes a version-3 database under the real name, as the previous release did. */
async function seedVersion3() {
  const old = new Dexie(DB_NAME);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  const contract = v3Extraction(analystExtraction, 'contract');
  const none = v3Extraction(marketingExtraction, null);
  await old.table('postings').bulkAdd([v3Row(analyst, contract), v3Row(marketing, none)]);
  await old.table('bodies').bulkAdd([
    {
      jobKey: analyst.jobKey,
      text: analyst.text,
      jsonLd: analyst.jsonLd,
      extraction: contract,
      versions: [{ text: 'An older text', extraction: contract, capturedAt: T0 }],
    },
    {
      jobKey: marketing.jobKey,
      text: marketing.text,
      jsonLd: null,
      extraction: none,
      versions: [],
    },
  ]);
  old.close();
}

beforeEach(async () => {
  await freshDb();
  await seedVersion3();
});

describe('upgrade from version 3', () => {
  it('keeps every row and turns the single employment type into a list', async () => {
    await db.open();
    expect(db.verno).toBe(4);
    expect(await rowCounts()).toMatchObject({ postings: 2, bodies: 2 });
    const detail = await getPosting(analyst.jobKey);
    expect(detail?.extraction.posting.employmentTypes).toEqual(['contract']);
    expect(detail?.extraction.posting.employmentType).toBe('contract');
    expect(detail?.versions[0]?.extraction.posting.employmentTypes).toEqual(['contract']);
    const raw = await db.postings.get(marketing.jobKey);
    expect(raw?.extraction).toMatchObject({ posting: { employmentTypes: [] } });
    expect((await listPostings()).map((p) => p.jobKey).sort()).toEqual(
      [analyst.jobKey, marketing.jobKey].sort(),
    );
  });
});
