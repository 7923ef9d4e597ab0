import {
  Note,
  PostingBody,
  PostingDetail,
  PostingRow,
  type Profile,
  type Settings,
  StatusEvent,
} from '../schema';
import { db, SINGLETON_KEY } from './database';
import { parseRows } from './rows';

/**
 * Restoring a JSON export: what is stored of the postings the file names, read for a preview, and
 * a plan applied in one all-or-nothing read-write transaction. The caller (lib/data `import`)
 * decides what to write with a pure, synchronous plan, which runs inside the transaction so that
 * nothing stored in between is overwritten; nothing foreign is awaited while it is open.
 */

/** What the file touches of the stored data. */
export interface RestoreState {
  /** Readable stored postings the file names, by key (a damaged one counts as absent). */
  postings: Map<string, PostingDetail>;
  /** Readable events and notes of those postings. */
  events: StatusEvent[];
  notes: Note[];
  /** Every id taken in the events and notes tables, readable or not. */
  takenEventIds: Set<number>;
  takenNoteIds: Set<number>;
  hasProfile: boolean;
  hasSettings: boolean;
}

/** Rows to write, each checked again on the way in. */
export interface RestoreWrites {
  postings: PostingRow[];
  bodies: PostingBody[];
  newEvents: StatusEvent[];
  newNotes: Note[];
  changedNotes: Note[];
  profile: Profile | null;
  settings: Settings | null;
}

const restoreTables = () => [db.postings, db.bodies, db.events, db.notes, db.profile, db.settings];

/**
 * Reads what the file touches; runs inside a transaction over the restore tables. Events and
 * notes are read whole (they are small) because an indexed `anyOf` over thousands of keys is slow.
 */
async function readState(keys: readonly string[]): Promise<RestoreState> {
  const wanted = new Set(keys);
  const [rows, bodies, events, notes, profile, settings] = await Promise.all([
    db.postings.bulkGet([...keys]),
    db.bodies.bulkGet([...keys]),
    db.events.toArray(),
    db.notes.toArray(),
    db.profile.get(SINGLETON_KEY),
    db.settings.get(SINGLETON_KEY),
  ]);
  const postings = new Map<string, PostingDetail>();
  rows.forEach((row, i) => {
    // A damaged stored row counts as absent, so importing a backup repairs it. The body goes
    // last: its extraction has the evidence sentences that the row leaves out.
    const parsed = PostingDetail.safeParse({ ...row, ...bodies[i] });
    if (row && parsed.success) postings.set(parsed.data.jobKey, parsed.data);
  });
  const ids = (list: readonly { id?: unknown }[]) =>
    new Set(list.flatMap((r) => (typeof r.id === 'number' ? [r.id] : [])));
  return {
    postings,
    events: parseRows(StatusEvent, 'events', events).filter((e) => wanted.has(e.jobKey)),
    notes: parseRows(Note, 'notes', notes).filter((n) => wanted.has(n.jobKey)),
    takenEventIds: ids(events),
    takenNoteIds: ids(notes),
    hasProfile: profile !== undefined,
    hasSettings: settings !== undefined,
  };
}

/** What is stored of the postings `keys` names, read in one transaction. Writes nothing. */
export function readRestoreState(keys: readonly string[]): Promise<RestoreState> {
  return db.transaction('r', restoreTables(), () => readState(keys));
}

/**
 * Reads the state, lets `plan` decide the writes from it and writes them, in one read-write
 * transaction: any failure rolls everything back.
 */
export function writeRestore<R>(
  keys: readonly string[],
  plan: (state: RestoreState) => { writes: RestoreWrites; result: R },
): Promise<R> {
  return db.transaction('rw', restoreTables(), async () => {
    const { writes, result } = plan(await readState(keys));
    await db.postings.bulkPut(writes.postings.map((row) => PostingRow.parse(row)));
    await db.bodies.bulkPut(writes.bodies.map((body) => PostingBody.parse(body)));
    await db.events.bulkAdd(writes.newEvents.map((e) => StatusEvent.parse(e)));
    await db.notes.bulkAdd(writes.newNotes.map((n) => Note.parse(n)));
    await db.notes.bulkPut(writes.changedNotes.map((n) => Note.parse(n)));
    if (writes.profile) await db.profile.put(writes.profile, SINGLETON_KEY);
    if (writes.settings) await db.settings.put(writes.settings, SINGLETON_KEY);
    return result;
  });
}
