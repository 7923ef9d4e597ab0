import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db';
import { clearAll } from './clear';
import { db } from './database';
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
import {
  countByStatus,
  fitInputOf,
  getPosting,
  latestByStatus,
  listPostings,
  recentPostings,
} from './read';
import { recordCapture } from './record-capture';
import { CorruptRowError } from './rows';
import { getSettings, saveProfile, updateSettings } from './settings';
import { setStatus } from './status';

const T0 = Date.UTC(2026, 3, 1, 8, 0);
const H = 3_600_000;
const keys = (rows: { jobKey: string }[]) => rows.map((r) => r.jobKey);

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
  await recordCapture(marketing, marketingExtraction, T0 + H);
  await recordCapture(nurse, nurseExtraction, T0 + 2 * H);
  await recordCapture(technician, technicianExtraction, T0 + 3 * H);
  await setStatus(analyst.jobKey, 'applied', T0 + 4 * H);
  await setStatus(nurse.jobKey, 'saved', T0 + 5 * H);
  await addNote(technician.jobKey, 'Contacto: Javier, jefe de planta', T0 + 6 * H);
});

describe('listPostings', () => {
  it('lists newest first by default, without the texts', async () => {
    const rows = await listPostings();
    expect(keys(rows)).toEqual([technician.jobKey, nurse.jobKey, analyst.jobKey, marketing.jobKey]);
    expect(rows.every((r) => !('text' in r))).toBe(true);
  });

  it('filters by one status or several', async () => {
    expect(keys(await listPostings({ status: 'seen' }))).toEqual([
      technician.jobKey,
      marketing.jobKey,
    ]);
    expect(keys(await listPostings({ status: ['saved', 'applied'] }))).toEqual([
      nurse.jobKey,
      analyst.jobKey,
    ]);
  });

  it('filters by company ignoring case and accents', async () => {
    expect(keys(await listPostings({ company: 'KLINIKUM SUDSTADT' }))).toEqual([nurse.jobKey]);
  });

  it('searches title, company, location and notes, all words, accents folded', async () => {
    expect(keys(await listPostings({ search: 'tecnico sevilla' }))).toEqual([technician.jobKey]);
    expect(keys(await listPostings({ search: 'javier' }))).toEqual([technician.jobKey]);
    expect(keys(await listPostings({ search: 'marketing lyon' }))).toEqual([marketing.jobKey]);
    expect(keys(await listPostings({ search: 'marketing berlin' }))).toEqual([]);
    // The posting text is not searched: "Intensivstation" only appears there.
    expect(keys(await listPostings({ search: 'intensivstation' }))).toEqual([]);
  });

  it('sorts by title, and puts postings without a deadline last', async () => {
    expect(keys(await listPostings({ sort: { by: 'title', dir: 'asc' } }))).toEqual([
      marketing.jobKey,
      nurse.jobKey,
      analyst.jobKey,
      technician.jobKey,
    ]);
    const byDeadline = await listPostings({ sort: { by: 'deadline', dir: 'desc' } });
    expect(keys(byDeadline)[0]).toBe(analyst.jobKey);
    expect(byDeadline.slice(1).every((r) => r.deadline === null)).toBe(true);
  });
});

describe('recentPostings and countByStatus', () => {
  it('returns the n most recently updated', async () => {
    expect(keys(await recentPostings(2))).toEqual([technician.jobKey, nurse.jobKey]);
  });

  it('counts postings per status', async () => {
    expect(await countByStatus()).toMatchObject({ seen: 2, saved: 1, applied: 1, offer: 0 });
  });
});

describe('latestByStatus', () => {
  it('reads the newest of each status, all of them for the unlimited ones', async () => {
    await setStatus(marketing.jobKey, 'saved', T0 + 7 * H);
    const two = await latestByStatus(['saved', 'seen', 'offer'], 1);
    expect([...two].map(([status, rows]) => [status, keys(rows)])).toEqual([
      ['saved', [marketing.jobKey]],
      ['seen', [technician.jobKey]],
      ['offer', []],
    ]);
    const full = await latestByStatus(['saved'], 1, ['saved']);
    expect(keys(full.get('saved') ?? [])).toEqual([marketing.jobKey, nurse.jobKey]);
  });
});

describe('fit inputs of listed postings', () => {
  it('are the extraction without evidence, read and checked on demand', async () => {
    const [row] = await listPostings({ search: 'northwind' });
    if (!row) throw new Error('the analyst posting is not listed');
    const input = fitInputOf(row);
    expect(input?.requirements.map((r) => r.kind)).toEqual(
      analystExtraction.requirements.map((r) => r.kind),
    );
    expect(input?.requirements.some((r) => 'evidence' in r)).toBe(false);
  });

  it('leave a posting listed when damaged, with no fit', async () => {
    const row = await db.postings.get(nurse.jobKey);
    await db.postings.put({ ...(row as object), extraction: { requirements: 'lost' } } as never);
    const listed = (await listPostings()).find((p) => p.jobKey === nurse.jobKey);
    expect(listed).toBeDefined();
    expect(listed && fitInputOf(listed)).toBeNull();
    await expect(getPosting(nurse.jobKey)).rejects.toThrow(/postings row.*extraction/s);
  });
});

describe('damaged rows', () => {
  beforeEach(async () => {
    // What a hand-edited import or an old bug could leave behind.
    const row = await db.postings.get(marketing.jobKey);
    await db.postings.put({ ...(row as object), status: 'archived' } as never);
  });

  it('are skipped by lists', async () => {
    expect(keys(await listPostings())).not.toContain(marketing.jobKey);
    expect(await listPostings()).toHaveLength(3);
  });

  it('give a clear error when opened', async () => {
    const error = await getPosting(marketing.jobKey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptRowError);
    expect(String(error)).toMatch(/postings row "wttj:maison-lumiere:.*status/s);
  });
});

describe('JSON round trip', () => {
  it('gives back identical rows after export, clear and import', async () => {
    const tables = db.tables.map((t) => t.name);
    const dump = async () =>
      Object.fromEntries(
        await Promise.all(
          db.tables.map(async (t) => [t.name, [await t.toCollection().keys(), await t.toArray()]]),
        ),
      );
    await updateSettings({ keepUnsavedDays: 60, backupEveryDays: 7 });
    await saveProfile({ totalYears: 6, languages: [{ language: 'de', level: 'C1' }] });
    const before = await dump();
    const json = JSON.stringify(before);
    await clearAll();
    expect(await db.postings.count()).toBe(0);
    const parsed: Record<string, [never[], never[]]> = JSON.parse(json);
    for (const name of tables) {
      const [rowKeys, rows] = parsed[name] ?? [[], []];
      const table = db.table(name);
      await (table.schema.primKey.keyPath ? table.bulkPut(rows) : table.bulkPut(rows, rowKeys));
    }
    expect(await dump()).toEqual(before);
    expect(await getPosting(analyst.jobKey)).toMatchObject({ status: 'applied' });
    expect(await getSettings()).toMatchObject({ keepUnsavedDays: 60, backupEveryDays: 7 });
  });
});
