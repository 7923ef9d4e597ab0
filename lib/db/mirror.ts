import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { readTracked } from './quick';
import { MIRROR_PREFIX, mirrorKey, mirrorOf } from './quick-mirror';

/**
 * Keeps the session-storage mirror of each posting's tracker state (quick-mirror.ts) current,
 * whoever writes the database (capture, status, notes, import, merge, restore, clear): a
 * middleware sees every write to the tables the mirror copies and, once the write is done,
 * copies the posting's state again from the database. The storage itself is given by each
 * extension context (`keepTrackerMirror`): lib/ calls no browser API.
 */

/** Where the mirror is kept (the extension's session storage; a map in tests). */
export interface MirrorStore {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key the store holds (the mirror's and others). */
  keys(): Promise<string[]>;
}

let store: MirrorStore | null = null;

/** Starts (or, with null, stops) keeping the mirror in `next` for this context's writes. */
export function keepTrackerMirror(next: MirrorStore | null): void {
  store = next;
}

/** A write of more postings than this at once (an import) refreshes the entries already kept. */
const MAX_KEYS = 50;
/** More entries than this are dropped, rather than read again one by one. */
const MAX_REFRESH = 300;

/** Which postings' entries to copy again: some keys, or every entry kept. */
type Touched = Set<string> | 'all';

const jobKeysOf = (values: readonly unknown[]): string[] =>
  values.flatMap((v) => {
    const key = typeof v === 'object' && v !== null ? (v as { jobKey?: unknown }).jobKey : null;
    return typeof key === 'string' ? [key] : [];
  });

/**
 * Copies the postings' states from the database to the store. Its read transaction is created
 * after the write that asked for it, and IndexedDB starts it only once that write has finished:
 * it reads what was committed (or, after an abort, what was kept).
 */
async function copy(touched: Touched, connection: () => IDBDatabase | null, to: MirrorStore) {
  let keys: string[];
  if (touched === 'all') {
    const kept = (await to.keys()).filter((k) => k.startsWith(MIRROR_PREFIX));
    if (kept.length > MAX_REFRESH) return to.remove(kept);
    keys = kept.map((k) => k.slice(MIRROR_PREFIX.length));
  } else keys = [...touched];
  if (keys.length === 0) return;
  const idb = connection();
  const read = await Promise.all(
    keys.map(async (jobKey) => [jobKey, idb ? await readTracked(idb, jobKey) : null] as const),
  );
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [jobKey, tracked] of read) {
    const value = tracked && mirrorOf(tracked);
    if (value) set[mirrorKey(jobKey)] = value;
    else remove.push(mirrorKey(jobKey));
  }
  if (remove.length > 0) await to.remove(remove);
  if (Object.keys(set).length > 0) await to.set(set);
}

/** The copies, one after the other, so that the store's writes come in the database's order. */
let queue = Promise.resolve();

/** Resolves once the copies asked for so far are done (for tests and the bench). */
export function mirrorSettled(): Promise<void> {
  return queue;
}

/** The middleware, given the database's connection (`Dexie.backendDB`). */
export function trackerMirrorMiddleware(connection: () => IDBDatabase | null): Middleware<DBCore> {
  let pending: Touched | null = null;

  const touch = (keys: readonly string[] | 'all') => {
    const to = store;
    if (!to) return;
    if (pending === null) {
      // After the write's own requests are issued; its transaction may still be running.
      queue = queue.then(() => {
        const touched = pending;
        pending = null;
        return touched ? copy(touched, connection, to) : undefined;
      });
      queue = queue.catch((error: unknown) => {
        console.warn('Reqlens could not update the popup’s copy of a posting', error);
        // A copy that may be stale is not kept.
        return copy('all', () => null, to).catch(() => undefined);
      });
      pending = new Set();
    }
    if (keys === 'all' || pending === 'all') pending = 'all';
    else {
      for (const key of keys) pending.add(key);
      if (pending.size > MAX_KEYS) pending = 'all';
    }
  };

  return {
    stack: 'dbcore',
    name: 'tracker-mirror',
    create: (down) => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'postings' && name !== 'notes' && name !== 'profile') return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (!store) return table.mutate(req);
            if (name === 'profile' || req.type === 'deleteRange') touch('all');
            else if (req.type === 'add' || req.type === 'put') touch(jobKeysOf(req.values));
            else if (name === 'postings') touch(req.keys.filter((k) => typeof k === 'string'));
            else {
              // A note deleted by its id: whose posting it was, read before it goes.
              return table.getMany({ trans: req.trans, keys: req.keys }).then((notes) => {
                touch(jobKeysOf(notes));
                return table.mutate(req);
              });
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
}
