import { describe, expect, it, vi } from 'vitest';
import { addNote, db, recordCapture, setStatus } from '../db';
import type { ExportFile } from '../schema/export';
import { freshDb } from '../testing/db';
import { buildExport } from './export';
import { comptable, comptableExtraction, pflege, pflegeExtraction } from './fixtures';
import { applyImport, previewImport } from './import';
import { DAY, seedTracker, T0 } from './testing-db';

/**
 * Two browser profiles, each with its own history (ids from 1 in each), merged into one another:
 * what a person moving to a new computer, or keeping work and home browsers, does.
 */

/** The second profile: other postings and statuses, its event and note ids also counting from 1. */
async function secondProfile(): Promise<ExportFile> {
  await freshDb();
  const cafe = {
    ...comptable,
    url: 'https://empleo.cafeterias-sol.example/ofertas/encargado-turno',
    canonicalUrl: 'https://empleo.cafeterias-sol.example/ofertas/encargado-turno',
    jobKey: 'url:https://empleo.cafeterias-sol.example/ofertas/encargado-turno',
    site: 'generic',
    title: 'Encargado/a de turno',
    company: 'Cafeterías Sol',
  };
  await recordCapture(pflege, pflegeExtraction, T0 + 5 * DAY);
  await recordCapture(cafe, comptableExtraction, T0 + 5 * DAY + 1);
  await setStatus(pflege.jobKey, 'saved', T0 + 6 * DAY);
  await setStatus(pflege.jobKey, 'applied', T0 + 7 * DAY);
  await setStatus(pflege.jobKey, 'interviewing', T0 + 9 * DAY);
  await setStatus(cafe.jobKey, 'saved', T0 + 6 * DAY + 5);
  await setStatus(cafe.jobKey, 'applied', T0 + 8 * DAY);
  await addNote(pflege.jobKey, 'Vorstellungsgespräch am Dienstag, 14 Uhr', T0 + 9 * DAY + 1);
  await addNote(cafe.jobKey, 'Llamar a Lucía el lunes', T0 + 8 * DAY + 1);
  return buildExport(T0 + 10 * DAY);
}

async function firstProfile(): Promise<ExportFile> {
  await freshDb();
  await seedTracker();
  return buildExport(T0 + 20 * DAY);
}

/** What the merged tracker holds, ids left out (they are the one thing allowed to differ). */
async function contents() {
  const file = await buildExport(0);
  return {
    postings: file.postings.map((p) => `${p.jobKey} ${p.status}`).sort(),
    events: file.events.map((e) => `${e.jobKey} ${e.from}>${e.to} ${e.at}`).sort(),
    notes: file.notes.map((n) => `${n.jobKey} ${n.text}`).sort(),
    ids: {
      events: new Set(file.events.map((e) => e.id)).size === file.events.length,
      notes: new Set(file.notes.map((n) => n.id)).size === file.notes.length,
    },
  };
}

describe('merging two profiles’ exports', () => {
  it('imports either into the other, ids reassigned, and both ways give the same tracker', async () => {
    const b = await secondProfile();
    const a = await firstProfile();

    // Profile A takes B's export.
    const intoA = await previewImport(structuredClone(b));
    expect(intoA).toMatchObject({
      ok: true,
      added: 1,
      updated: 1,
      eventsAdded: 5,
      notesAdded: 2,
    });
    await applyImport(structuredClone(b));
    const aWithB = await contents();

    // Profile B (restored as it was) takes A's export.
    await freshDb();
    await applyImport(structuredClone(b));
    await applyImport(structuredClone(a));
    const bWithA = await contents();

    expect(aWithB.ids).toEqual({ events: true, notes: true });
    expect(bWithA.ids).toEqual({ events: true, notes: true });
    expect(aWithB.events).toHaveLength(3 + 5);
    expect(aWithB.notes).toHaveLength(2 + 2);
    expect(bWithA.events).toEqual(aWithB.events);
    expect(bWithA.notes).toEqual(aWithB.notes);
    // The one posting both have: the newer copy wins either way (B's, further along).
    expect(aWithB.postings).toEqual(bWithA.postings);
    expect(aWithB.postings).toContain(`${pflege.jobKey} interviewing`);
    // Importing the same file again adds nothing.
    expect(await applyImport(structuredClone(a))).toMatchObject({ eventsAdded: 0, notesAdded: 0 });
  });

  it('gives a new id past both the stored ids and the file’s own to every colliding row', async () => {
    const b = await secondProfile();
    await firstProfile();
    await applyImport(structuredClone(b));
    const ids = (await db.events.toArray()).map((e) => e.id).sort((x, y) => x - y);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('says why an import failed as a case of its own, never the database library’s message', async () => {
    const b = await secondProfile();
    await firstProfile();
    const before = JSON.stringify(await buildExport(0));
    const quota = Object.assign(new Error('Dexie: bulkAdd(): 1 of 5 operations failed'), {
      name: 'QuotaExceededError',
    });
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValueOnce(quota);
    await expect(applyImport(structuredClone(b))).rejects.toMatchObject({
      problem: { code: 'noRoom' },
    });
    const other = Object.assign(new Error('events.bulkAdd(): 6 of 15 operations failed'), {
      name: 'BulkError',
    });
    vi.spyOn(db.notes, 'bulkAdd').mockRejectedValueOnce(other);
    const failure = applyImport(structuredClone(b));
    await expect(failure).rejects.toMatchObject({ problem: { code: 'writeRefused' } });
    await expect(failure).rejects.not.toThrow(/bulkAdd|operations failed|Dexie/);
    expect(JSON.stringify(await buildExport(0))).toBe(before);
    vi.restoreAllMocks();
  });
});
