import { beforeEach, describe, expect, it } from 'vitest';
import { PostingRow } from '../schema';
import { freshDb } from '../testing/db';
import { db } from './database';
import { analyst, analystExtraction, marketing, marketingExtraction } from './fixtures/captures';
import { listPostings } from './read';
import { recordCapture } from './record-capture';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 4, 4, 7, 0);
const keys = (rows: { jobKey: string }[]) => rows.map((r) => r.jobKey);

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
  await recordCapture(marketing, marketingExtraction, T0);
});

describe('searchText', () => {
  it('is computed on capture, folded', async () => {
    expect((await db.postings.get(marketing.jobKey))?.searchText).toBe(
      'charge(e) de marketing digital\nmaison lumiere\nlyon',
    );
  });

  it('follows a recapture that renames the posting', async () => {
    await recordCapture(
      { ...analyst, title: 'Lead Analytics Engineer', location: 'Hamburg, Deutschland' },
      analystExtraction,
      T0 + 1,
    );
    expect(keys(await listPostings({ search: 'hamburg engineer' }))).toEqual([analyst.jobKey]);
    expect(keys(await listPostings({ search: 'berlin' }))).toEqual([]);
  });

  it('survives writes that only change other fields', async () => {
    await setStatus(analyst.jobKey, 'applied', T0 + 2);
    expect((await db.postings.get(analyst.jobKey))?.searchText).toContain('northwind logistics');
  });

  it('is filled in for a row written without it, as an import writes rows', async () => {
    // Parsing drops searchText: writers work with PostingRow, which does not have it.
    const row = PostingRow.parse(await db.postings.get(marketing.jobKey));
    expect('searchText' in row).toBe(false);
    await db.postings.put({ ...row, company: 'Atelier Brûlé' });
    expect((await db.postings.get(marketing.jobKey))?.searchText).toContain('atelier brule');
    expect(keys(await listPostings({ search: 'BRÛLÉ' }))).toEqual([marketing.jobKey]);
  });
});
