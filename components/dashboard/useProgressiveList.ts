import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { recentPostings } from '@/lib/db';
import { type ListedPosting, TRACKED_STATUSES } from '@/lib/schema';

/** How many of the most recent postings are shown while the full list loads. */
export const QUICK_PAGE = 100;

const isTracked = (row: ListedPosting) =>
  (TRACKED_STATUSES as readonly string[]).includes(row.status);

/**
 * A list query that paints fast with thousands of postings: the most recently updated postings
 * (read through the `updatedAt` index, so only those rows) are shown first, and only once they
 * are on screen does the full query read and check every row, so it cannot hold up the first
 * paint. `complete` says whether the rows are the whole answer yet.
 */
export function useProgressiveList(
  full: () => Promise<ListedPosting[]>,
  deps: unknown[],
  /** Whether the quick page is a correct beginning of the full answer (default order, no filter). */
  quickIsPrefix: boolean,
): { rows: ListedPosting[] | undefined; complete: boolean } {
  const quick = useLiveQuery(async () => (await recentPostings(QUICK_PAGE)).filter(isTracked), []);
  const [started, setStarted] = useState(!quickIsPrefix);
  const quickShown = quickIsPrefix && quick !== undefined;
  useEffect(() => {
    // Effects run after the browser painted the quick page: the full read starts then.
    if (quickShown) setStarted(true);
  }, [quickShown]);
  const all = useLiveQuery(
    async () => (started || !quickIsPrefix ? full() : undefined),
    [...deps, started || !quickIsPrefix],
  );
  if (all) return { rows: all, complete: true };
  return { rows: quickIsPrefix ? quick : undefined, complete: false };
}
