import { useLiveQuery } from 'dexie-react-hooks';
import { recentPostings } from '@/lib/db';
import { type PostingRow, TRACKED_STATUSES } from '@/lib/schema';

/** How many of the most recent postings are shown while the full list loads. */
export const QUICK_PAGE = 100;

const isTracked = (row: PostingRow) => (TRACKED_STATUSES as readonly string[]).includes(row.status);

/**
 * A list query that paints fast with thousands of postings: the most recently updated postings
 * (read through the `updatedAt` index, so only those rows) are shown first, while the full query
 * reads and checks every row. `complete` says whether the rows are the whole answer yet.
 */
export function useProgressiveList(
  full: () => Promise<PostingRow[]>,
  deps: unknown[],
  /** Whether the quick page is a correct beginning of the full answer (default order, no filter). */
  quickIsPrefix: boolean,
): { rows: PostingRow[] | undefined; complete: boolean } {
  const all = useLiveQuery(full, deps);
  const quick = useLiveQuery(async () => (await recentPostings(QUICK_PAGE)).filter(isTracked), []);
  if (all) return { rows: all, complete: true };
  return { rows: quickIsPrefix ? quick : undefined, complete: false };
}
