import { Dexie } from 'dexie';
import { prettifyError } from 'zod';
import {
  FitInput,
  ListedPosting,
  Note,
  PostingBody,
  type PostingDetail,
  PostingRow,
  Status,
  StatusEvent,
} from '../schema';
import { db } from './database';
import { parseRow, parseRows } from './rows';
import { fold, matchesWords, searchWords } from './stored';

/** What search reads of a note. */
const NoteText = Note.pick({ jobKey: true, text: true });

/**
 * A posting with its text and earlier versions, or undefined when there is none.
 * A damaged row throws `CorruptRowError` with the table, key and the fields at fault.
 */
export async function getPosting(jobKey: string): Promise<PostingDetail | undefined> {
  const [row, body] = await db.transaction('r', db.postings, db.bodies, () =>
    Promise.all([db.postings.get(jobKey), db.bodies.get(jobKey)]),
  );
  if (row === undefined) return undefined;
  const posting = parseRow(PostingRow, 'postings', jobKey, row);
  const { extraction, text, jsonLd, versions } = parseRow(PostingBody, 'bodies', jobKey, body);
  return { ...posting, extraction, text, jsonLd, versions };
}

export type SortField = 'updatedAt' | 'createdAt' | 'savedAt' | 'deadline' | 'title' | 'company';

export interface PostingQuery {
  /** One status or several (the board: every status but `seen`). */
  status?: Status | readonly Status[];
  /** Exact company, ignoring case. */
  company?: string;
  /** Words that must all appear in the title, company, location or a note (case and accents ignored). */
  search?: string;
  sort?: { by: SortField; dir: 'asc' | 'desc' };
}

/**
 * Posting summaries (no text, no evidence) matching the query; damaged rows are skipped. Newest
 * first by default. Search compares each word with the stored `searchText` and the notes.
 */
export async function listPostings(query: PostingQuery = {}): Promise<ListedPosting[]> {
  const { by, dir } = query.sort ?? { by: 'updatedAt', dir: 'desc' };
  const statuses = query.status === undefined ? null : [query.status].flat();
  const words = searchWords(query.search ?? '');
  const [stored, notes] = await db.transaction('r', db.postings, db.notes, () =>
    Promise.all([
      readStatuses(statuses),
      words.length ? noteTextsByPosting() : new Map<string, string>(),
    ]),
  );
  const company = query.company === undefined ? null : fold(query.company.trim());
  const rows = parseRows(ListedPosting, 'postings', stored).filter(
    (row) =>
      (company === null || fold(row.company ?? '') === company) &&
      matchesWords(row.searchText, notes.get(row.jobKey), words),
  );
  return rows.sort(comparator(by, dir));
}

/**
 * The rows of the given statuses (all rows when none is given), one index read per status: the
 * tracker leaves out `seen` postings, often half of them, and reading the whole table to drop
 * them afterwards costs more (Chromium, 10,000 postings: the 6,000 tracked ones read by index in
 * 140-160 ms, the whole table in 190-350 ms).
 */
async function readStatuses(statuses: readonly Status[] | null): Promise<unknown[]> {
  if (statuses === null) return db.postings.toArray();
  const lists = await Promise.all(
    [...new Set(statuses)].map((status) => db.postings.where('status').equals(status).toArray()),
  );
  return lists.flat();
}

/** Every posting's notes, folded for search and joined, by posting. Notes are few and short. */
export async function noteTextsByPosting(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  // One read of the table: a cursor would call back once per note.
  for (const note of await db.notes.toArray()) {
    const parsed = NoteText.safeParse(note);
    if (!parsed.success) continue;
    const { jobKey, text } = parsed.data;
    texts.set(jobKey, `${texts.get(jobKey) ?? ''}\n${fold(text)}`);
  }
  return texts;
}

/**
 * The fit input of a listed posting, checked now (lists leave it unchecked), or null when it is
 * damaged: that posting shows no fit, and opening it gives the clear error.
 */
export function fitInputOf(row: { jobKey: string; extraction: unknown }): FitInput | null {
  const parsed = FitInput.safeParse(row.extraction);
  if (parsed.success) return parsed.data;
  console.warn(`The stored fit input of ${row.jobKey} is unreadable`, prettifyError(parsed.error));
  return null;
}

/** Orders by `by`, with postings lacking that value last in either direction, then newest first. */
function comparator(by: SortField, dir: 'asc' | 'desc') {
  const sign = dir === 'asc' ? 1 : -1;
  return (a: ListedPosting, b: ListedPosting): number => {
    const x = a[by];
    const y = b[by];
    if (x === y) return b.updatedAt - a.updatedAt;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return order * sign;
  };
}

/** The `n` most recently updated postings, for the popup (reads only those rows). */
export async function recentPostings(n: number): Promise<ListedPosting[]> {
  const stored = await db.postings.orderBy('updatedAt').reverse().limit(n).toArray();
  return parseRows(ListedPosting, 'postings', stored);
}

/**
 * The most recently updated postings of each status, at most `limit` each (all of them for the
 * statuses in `unlimited`): the board's columns, read through the `[status+updatedAt]` index so
 * a column never reads more rows than it shows.
 */
export async function latestByStatus(
  statuses: readonly Status[],
  limit: number,
  unlimited: readonly Status[] = [],
): Promise<Map<Status, ListedPosting[]>> {
  const columns = await db.transaction('r', db.postings, () =>
    Promise.all(
      statuses.map(async (status) => {
        const newestFirst = db.postings
          .where('[status+updatedAt]')
          .between([status, Dexie.minKey], [status, Dexie.maxKey])
          .reverse();
        const stored = await (unlimited.includes(status)
          ? newestFirst
          : newestFirst.limit(limit)
        ).toArray();
        return [status, parseRows(ListedPosting, 'postings', stored)] as const;
      }),
    ),
  );
  return new Map(columns);
}

/** A posting's status changes, oldest first. */
export async function postingHistory(jobKey: string): Promise<StatusEvent[]> {
  const events = await db.events.where('jobKey').equals(jobKey).toArray();
  return parseRows(StatusEvent, 'events', events).sort((a, b) => a.at - b.at || a.id - b.id);
}

/** How many postings are in each status (the funnel, the board's column counts). */
export async function countByStatus(): Promise<Record<Status, number>> {
  const counts = Object.fromEntries(Status.options.map((s) => [s, 0])) as Record<Status, number>;
  await Promise.all(
    Status.options.map(async (status) => {
      counts[status] = await db.postings
        .where('[status+updatedAt]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .count();
    }),
  );
  return counts;
}
