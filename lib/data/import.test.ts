import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote, clearAll, db, recordCapture, setStatus, updateNote } from '../db';
import type { ExportFile } from '../schema/export';
import { buildExport } from './export';
import { comptable, pflege, support, supportExtraction } from './fixtures';
import { applyImport, previewImport, previewImportText } from './import';
import { DAY, seedTracker, T0 } from './testing-db';

const snapshot = async () => JSON.stringify(await buildExport(0));

/** A database holding one posting of its own, for imports that must leave it as it was. */
async function storeOnlyPflege() {
  await clearAll();
  await recordCapture(pflege, { posting: { ...supportExtraction.posting }, requirements: [] }, T0);
}

let file: ExportFile;

beforeEach(async () => {
  await seedTracker();
  file = await buildExport(T0 + 20 * DAY);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('previewImport', () => {
  it('finds nothing to do when the file is what is stored', async () => {
    const preview = await previewImport(structuredClone(file));
    expect(preview).toMatchObject({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: 3,
      keptLocal: 0,
      eventsAdded: 0,
      notesAdded: 0,
      notesUpdated: 0,
      profile: 'keep',
      settings: 'keep',
    });
  });

  it('writes nothing', async () => {
    const before = await snapshot();
    await clearAll();
    const empty = await snapshot();
    const preview = await previewImport(structuredClone(file));
    expect(preview.ok && preview.added).toBe(3);
    expect(await snapshot()).toBe(empty);
    expect(before).not.toBe(empty);
  });
});

describe('bad and foreign files', () => {
  const cases: [string, () => unknown, object][] = [
    ['a list', () => [1, 2, 3], { code: 'notAnObject', holds: 'list' }],
    ['null', () => null, { code: 'notAnObject', holds: 'null' }],
    [
      'a JSON Resume',
      () => ({ basics: { name: 'Ana García' }, work: [] }),
      { code: 'otherFormat', format: null, expected: 'reqlens-export' },
    ],
    [
      'another format',
      () => ({ format: 'huntr-export', version: 1 }),
      { code: 'otherFormat', format: 'huntr-export' },
    ],
    [
      'a newer version',
      () => ({ ...file, version: 2 }),
      { code: 'newerVersion', version: 2, reads: 1 },
    ],
    [
      'a missing version',
      () => ({ ...file, version: undefined }),
      { code: 'unknownVersion', version: 'null', expected: 1 },
    ],
    [
      'a corrupt posting',
      () => ({
        ...file,
        postings: file.postings.map((p, i) => (i === 1 ? { ...p, status: 'hired' } : p)),
      }),
      {
        code: 'invalidRows',
        count: 1,
        issues: [
          {
            place: {
              at: 'row',
              item: 'posting',
              number: 2,
              jobKey: 'stepstone:10493822',
              rest: ['status'],
            },
          },
        ],
      },
    ],
    [
      'a missing table',
      () => ({ ...file, notes: undefined }),
      { code: 'invalidRows', count: 1, issues: [{ place: { at: 'path', path: ['notes'] } }] },
    ],
    [
      'times beyond any date',
      () => ({
        ...file,
        postings: file.postings.map((p, i) => (i === 0 ? { ...p, updatedAt: 9e15 } : p)),
      }),
      {
        code: 'invalidRows',
        count: 1,
        issues: [
          {
            place: { at: 'row', item: 'posting', number: 1, rest: ['updatedAt'] },
            detail: expect.stringMatching(/2200/),
          },
        ],
      },
    ],
    [
      'an event of an unknown posting',
      () => ({
        ...file,
        events: [
          ...file.events,
          { id: 99, jobKey: 'indeed:gone', from: 'seen', to: 'saved', at: T0 },
        ],
      }),
      { code: 'orphanRow', item: 'event', id: 99, jobKey: 'indeed:gone' },
    ],
    [
      'a posting twice',
      () => ({ ...file, postings: [...file.postings, file.postings[0]] }),
      { code: 'postingTwice' },
    ],
  ];

  it.each(cases)(
    'rejects %s with a clear message and changes nothing',
    async (_name, make, problem) => {
      await storeOnlyPflege();
      const before = await snapshot();
      const preview = await previewImport(make());
      expect(preview.ok).toBe(false);
      if (!preview.ok) expect(preview.problem).toMatchObject(problem);
      await expect(applyImport(make() as ExportFile)).rejects.toMatchObject({ problem });
      expect(await snapshot()).toBe(before);
    },
  );

  it('reports text that is not JSON', async () => {
    expect(await previewImportText('title,company\r\nAnalyst,Acme\r\n')).toEqual({
      ok: false,
      problem: { code: 'notJson' },
    });
  });

  it('reads a file from before interviews and dismissed duplicates were kept', async () => {
    const older = structuredClone(file) as unknown as {
      postings: Record<string, unknown>[];
      settings: Record<string, unknown>;
    };
    for (const posting of older.postings) delete posting.interviews;
    delete older.settings.dismissedDuplicates;
    await clearAll();
    const preview = await previewImportText(JSON.stringify(older));
    expect(preview.ok && preview.added).toBe(3);
    if (!preview.ok) return;
    await applyImport(preview.file);
    expect((await buildExport(0)).postings.map((p) => p.interviews)).toEqual([[], [], []]);
  });

  it('reads a file saved with a byte order mark', async () => {
    const preview = await previewImportText(`\uFEFF${JSON.stringify(file)}`);
    expect(preview.ok && preview.unchanged).toBe(3);
  });

  it('lists at most three problems and counts the rest', async () => {
    const broken = {
      ...file,
      postings: file.postings.map((p) => ({ ...p, createdAt: -1, status: 'x' })),
    };
    const preview = await previewImport(broken);
    expect(!preview.ok && preview.problem).toMatchObject({ code: 'invalidRows', count: 6 });
    expect(
      !preview.ok && preview.problem.code === 'invalidRows' && preview.problem.issues,
    ).toHaveLength(3);
  });
});

describe('applyImport', () => {
  it('is all or nothing: a failure midway leaves the database as it was', async () => {
    await storeOnlyPflege();
    const before = await snapshot();
    // Postings, bodies and events are written before notes: the failure comes after real writes.
    const bulkAdd = vi
      .spyOn(db.notes, 'bulkAdd')
      .mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(applyImport(file)).rejects.toMatchObject({ problem: { code: 'noRoom' } });
    expect(bulkAdd).toHaveBeenCalledOnce();
    expect(await snapshot()).toBe(before);
    expect(await db.events.count()).toBe(0);
  });

  it('takes newer postings, keeps newer local ones and merges history without duplicates', async () => {
    // Elsewhere (the file): the support posting moved on to interviewing, with a new note.
    await setStatus(support.jobKey, 'interviewing', T0 + 21 * DAY);
    const newNote = await addNote(
      support.jobKey,
      'Panel interview on Thursday 10:00',
      T0 + 21 * DAY + 1,
    );
    const later = await buildExport(T0 + 22 * DAY);

    // Here: back to the earlier state, then a local change to the comptable posting.
    await clearAll();
    await applyImport(file);
    await setStatus(comptable.jobKey, 'applied', T0 + 30 * DAY);
    const comptableNote =
      (await db.notes.where('jobKey').equals(comptable.jobKey).first())?.id ?? -1;
    await updateNote(comptableNote, 'Relancée le 16 mars, entretien le 20', T0 + 30 * DAY + 1);

    const preview = await previewImport(later);
    expect(preview).toMatchObject({
      ok: true,
      added: 0,
      updated: 1,
      unchanged: 1,
      keptLocal: 1,
      eventsAdded: 1,
      notesAdded: 1,
      notesUpdated: 0,
    });
    await applyImport(later);

    const merged = await buildExport(0);
    const status = Object.fromEntries(merged.postings.map((p) => [p.jobKey, p.status]));
    expect(status[support.jobKey]).toBe('interviewing');
    expect(status[comptable.jobKey]).toBe('applied');
    expect(merged.events.map((e) => `${e.jobKey.split(':')[0]} ${e.to}`).sort()).toEqual([
      'lever applied',
      'lever interviewing',
      'lever saved',
      'wttj applied',
      'wttj saved',
    ]);
    expect(merged.notes.map((n) => n.text).sort()).toEqual([
      'Panel interview on Thursday 10:00',
      'Referred by Priya (ex-colleague), "priority" pipeline',
      'Relancée le 16 mars, entretien le 20',
    ]);
    expect(merged.notes.some((n) => n.id === newNote)).toBe(true);
  });

  it('takes a newer edit of a stored note, and keeps notes written in the same millisecond', async () => {
    const comptableNote = file.notes.find((n) => n.jobKey === comptable.jobKey);
    if (!comptableNote) throw new Error('fixture has a comptable note');
    const twin = { ...comptableNote, id: 77, text: 'Dossier envoyé par courrier aussi' };
    const edited: ExportFile = {
      ...file,
      notes: [
        ...file.notes.map((n) =>
          n.id === comptableNote.id
            ? { ...n, text: 'Relancée: RDV le 20 mars', updatedAt: T0 + 25 * DAY }
            : n,
        ),
        twin,
      ],
    };
    expect(await applyImport(edited)).toMatchObject({ notesAdded: 1, notesUpdated: 1 });
    const texts = (await db.notes.where('jobKey').equals(comptable.jobKey).toArray()).map((n) => [
      n.id,
      n.text,
    ]);
    expect(texts).toEqual([
      [comptableNote.id, 'Relancée: RDV le 20 mars'],
      [77, 'Dossier envoyé par courrier aussi'],
    ]);
    // Importing the same file again finds nothing new.
    expect(await applyImport(edited)).toMatchObject({ notesAdded: 0, notesUpdated: 0 });
  });

  it('gives a note whose id is taken here a new id instead of overwriting', async () => {
    const supportNote = file.notes.find((n) => n.jobKey === support.jobKey);
    if (!supportNote) throw new Error('fixture has a support note');
    await db.notes.clear();
    await db.notes.add({
      id: supportNote.id,
      jobKey: pflege.jobKey,
      text: 'Schichtplan erfragen',
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await applyImport(file)).toMatchObject({ notesAdded: 2, notesUpdated: 0 });
    const all = await db.notes.toArray();
    expect(all.find((n) => n.id === supportNote.id)?.text).toBe('Schichtplan erfragen');
    expect(all.filter((n) => n.text === supportNote.text).map((n) => n.id)).not.toContain(
      supportNote.id,
    );
    expect(all).toHaveLength(3);
  });
});
