import {
  type RestoreState,
  type RestoreWrites,
  readRestoreState,
  writeRestore,
} from '../db/restore';
import {
  type Note,
  PostingBody,
  type PostingDetail,
  PostingRow,
  type Profile,
  type Settings,
  type StatusEvent,
} from '../schema';
import type { ExportFile } from '../schema/export';
import { checkExportFile, ImportError, parseImportText } from './import-check';
import type { ImportProblem } from './problems';

/**
 * Importing an export: a preview of what would change, then one all-or-nothing transaction.
 *
 * Merging rule: a posting in the file replaces the stored one with the same jobKey only when it is
 * newer (`updatedAt`); otherwise the stored one stays. Events and notes are added unless already
 * there (an event is the same when jobKey, from, to and time match; a note when jobKey, creation
 * time and text match, and a newer edit of a stored note replaces its text). Profile and settings are taken from
 * the file only when none are stored, so importing never overwrites what the user set here.
 */

export interface ImportCounts {
  /** Postings not stored yet. */
  added: number;
  /** Stored postings the file has a newer copy of. */
  updated: number;
  /** Stored postings identical to the file's. */
  unchanged: number;
  /** Stored postings newer than (or as new as, but different from) the file's: kept as they are. */
  keptLocal: number;
  eventsAdded: number;
  notesAdded: number;
  notesUpdated: number;
  profile: 'import' | 'keep' | 'none';
  settings: 'import' | 'keep';
}

export type ImportPreview =
  | ({ ok: true; file: ExportFile } & ImportCounts)
  | { ok: false; problem: ImportProblem };

interface ImportPlan extends ImportCounts {
  rows: PostingRow[];
  bodies: PostingBody[];
  newEvents: StatusEvent[];
  newNotes: Note[];
  changedNotes: Note[];
  profileRow: Profile | null;
  settingsRow: Settings | null;
}

const eventIdentity = (e: Omit<StatusEvent, 'id'>) => `${e.jobKey}\n${e.from}\n${e.to}\n${e.at}`;
const noteContent = (n: Omit<Note, 'id'>) => `${n.jobKey}\n${n.createdAt}\n${n.text}`;
/** Both sides come out of `PostingDetail` parsing, keys in schema order: equal rows serialise equally. */
const same = (a: PostingDetail, b: PostingDetail) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Ids for the rows an import adds. A row keeps the file's id (so a restore is exact) unless a
 * stored row has it; then it gets a new one past every stored id and every id in the file, so it
 * can clash neither with what is here nor with a later row of the same file. (Leaving the id to
 * the database's counter did clash: a counter-given id could be a later row's own.)
 */
class IdAllocator {
  private next: number;
  constructor(
    private readonly taken: Set<number>,
    fileIds: readonly number[],
  ) {
    this.next = Math.max(0, ...taken, ...fileIds) + 1;
  }
  assign<T extends { id: number }>(row: T): T {
    if (!this.taken.has(row.id)) {
      this.taken.add(row.id);
      return row;
    }
    const id = this.next++;
    this.taken.add(id);
    return { ...row, id };
  }
}

/** Pure: what importing `file` over `stored` would write. */
export function planImport(file: ExportFile, stored: RestoreState): ImportPlan {
  const plan: ImportPlan = {
    added: 0,
    updated: 0,
    unchanged: 0,
    keptLocal: 0,
    eventsAdded: 0,
    notesAdded: 0,
    notesUpdated: 0,
    profile: file.profile === null ? 'none' : stored.hasProfile ? 'keep' : 'import',
    settings: stored.hasSettings ? 'keep' : 'import',
    rows: [],
    bodies: [],
    newEvents: [],
    newNotes: [],
    changedNotes: [],
    profileRow: null,
    settingsRow: null,
  };
  for (const incoming of file.postings) {
    const local = stored.postings.get(incoming.jobKey);
    if (local && same(local, incoming)) {
      plan.unchanged += 1;
      continue;
    }
    if (local && local.updatedAt >= incoming.updatedAt) {
      plan.keptLocal += 1;
      continue;
    }
    if (local) plan.updated += 1;
    else plan.added += 1;
    plan.rows.push(PostingRow.parse(incoming));
    plan.bodies.push(PostingBody.parse(incoming));
  }

  const eventIds = new IdAllocator(
    stored.takenEventIds,
    file.events.map((e) => e.id),
  );
  const knownEvents = new Set(stored.events.map(eventIdentity));
  for (const event of file.events) {
    const identity = eventIdentity(event);
    if (knownEvents.has(identity)) continue;
    knownEvents.add(identity);
    plan.newEvents.push(eventIds.assign(event));
  }
  plan.eventsAdded = plan.newEvents.length;

  // A note already here has the same posting, creation time and text; an edit of it has the same
  // id, posting and creation time (two notes written in one millisecond stay two notes).
  const noteIds = new IdAllocator(
    stored.takenNoteIds,
    file.notes.map((n) => n.id),
  );
  const noteTexts = new Set(stored.notes.map(noteContent));
  const localById = new Map(stored.notes.map((n) => [n.id, n]));
  for (const note of file.notes) {
    if (noteTexts.has(noteContent(note))) continue;
    const local = localById.get(note.id);
    if (local && local.jobKey === note.jobKey && local.createdAt === note.createdAt) {
      if (note.updatedAt > local.updatedAt) {
        plan.changedNotes.push({ ...local, text: note.text, updatedAt: note.updatedAt });
      }
      continue;
    }
    plan.newNotes.push(noteIds.assign(note));
    noteTexts.add(noteContent(note));
  }
  plan.notesAdded = plan.newNotes.length;
  plan.notesUpdated = plan.changedNotes.length;

  if (plan.profile === 'import') plan.profileRow = file.profile;
  if (plan.settings === 'import') plan.settingsRow = file.settings;
  return plan;
}

function counts(plan: ImportPlan): ImportCounts {
  const { added, updated, unchanged, keptLocal, eventsAdded, notesAdded, notesUpdated } = plan;
  return {
    added,
    updated,
    unchanged,
    keptLocal,
    eventsAdded,
    notesAdded,
    notesUpdated,
    profile: plan.profile,
    settings: plan.settings,
  };
}

/** Validates a parsed JSON value and says what importing it would change. Writes nothing. */
export async function previewImport(json: unknown): Promise<ImportPreview> {
  const checked = checkExportFile(json);
  if (!checked.ok) return checked;
  const { file } = checked;
  const plan = planImport(file, await readRestoreState(keysOf(file)));
  return { ok: true, file, ...counts(plan) };
}

/** `previewImport` for the text of a chosen file. */
export async function previewImportText(text: string): Promise<ImportPreview> {
  const parsed = parseImportText(text);
  return parsed.ok ? previewImport(parsed.json) : parsed;
}

/**
 * Applies a previewed file in one read-write transaction: the plan is made again inside it (the
 * background may have stored a capture since the preview), and any failure rolls everything back.
 */
export async function applyImport(file: ExportFile): Promise<ImportCounts> {
  // Checked again: the type is only a promise, and a bad file must change nothing.
  const checked = checkExportFile(file);
  if (!checked.ok) throw new ImportError(checked.problem);
  const valid = checked.file;
  try {
    return await writeImport(valid);
  } catch (error) {
    console.error('Reqlens import failed', error);
    throw new ImportError(importFailure(error));
  }
}

/** Why an import could not be written; the details go to the console. */
function importFailure(error: unknown): ImportProblem {
  const name = error instanceof Error ? error.name : '';
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : '';
  return { code: /QuotaExceeded/i.test(`${name} ${text}`) ? 'noRoom' : 'writeRefused' };
}

const keysOf = (file: ExportFile) => file.postings.map((p) => p.jobKey);

function writeImport(valid: ExportFile): Promise<ImportCounts> {
  return writeRestore(keysOf(valid), (stored) => {
    const plan = planImport(valid, stored);
    const writes: RestoreWrites = {
      postings: plan.rows,
      bodies: plan.bodies,
      newEvents: plan.newEvents,
      newNotes: plan.newNotes,
      changedNotes: plan.changedNotes,
      profile: plan.profileRow,
      settings: plan.settingsRow,
    };
    return { writes, result: counts(plan) };
  });
}
