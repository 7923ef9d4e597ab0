import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { BOARD_TEXT as T } from '@/components/text';
import { countByStatus, latestByStatus, recentPostings, setStatus } from '@/lib/db';
import type { ListedPosting, Status } from '@/lib/schema';
import { TRACKED_STATUSES } from '@/lib/schema';
import { STATUS_LABELS, type TrackedStatus } from '../StatusSelect';
import { usePossibleDuplicates } from '../usePossibleDuplicates';
import { BoardColumn, COLUMN_PAGE } from './BoardColumn';
import { PageHeading } from './PageHeading';
import { useFitCache } from './useFitCache';
import { QUICK_PAGE } from './useProgressiveList';

const isTracked = (row: ListedPosting) => row.status !== 'seen';

/** The tracker as columns, one per stage. */
export function BoardPage() {
  // The first paint shows the most recently updated postings, read in one pass of the `updatedAt`
  // index (one cursor, which the browser prefetches in batches: a cursor per column costs several
  // round trips each). Right after, each column reads its own newest page through the
  // `[status+updatedAt]` index, or all of its cards once opened in full: the board never reads
  // more rows than it shows, with 10 postings or 10,000.
  const [expanded, setExpanded] = useState<readonly Status[]>([]);
  const [firstScreen, setFirstScreen] = useState(true);
  const postings = useLiveQuery(
    async () =>
      firstScreen
        ? (await recentPostings(QUICK_PAGE)).filter(isTracked)
        : [...(await latestByStatus(TRACKED_STATUSES, COLUMN_PAGE, expanded)).values()].flat(),
    [firstScreen, expanded],
  );
  const painted = postings !== undefined;
  const fit = useFitCache(painted);
  useEffect(() => {
    // Effects run once the first cards are painted.
    if (painted) setFirstScreen(false);
  }, [painted]);
  // Marked once the columns hold their own pages: a hint, never worth delaying the first paint.
  const duplicates = usePossibleDuplicates(
    useMemo(() => (postings ?? []).map((p) => p.jobKey), [postings]),
    !firstScreen,
  );
  // Column counts come from the index, so they are right while only the newest cards are read.
  const counts = useLiveQuery(countByStatus, []);
  // Moves show at once; the card settles when the database answers with its new status.
  const [pending, setPending] = useState<ReadonlyMap<string, TrackedStatus>>(new Map());
  const focusedJobKey = useDashboard((s) => s.focusedJobKey);
  const focusJob = useDashboard((s) => s.focusJob);
  const announce = useDashboard((s) => s.announce);

  // A pending move is done once the stored row shows it (or the row is gone).
  useEffect(() => {
    if (pending.size === 0 || !postings) return;
    const byKey = new Map(postings.map((p) => [p.jobKey, p.status]));
    const settled = [...pending].filter(([key, to]) => (byKey.get(key) ?? to) === to);
    if (settled.length === 0) return;
    setPending((m) => {
      const next = new Map(m);
      for (const [key] of settled) next.delete(key);
      return next;
    });
  }, [postings, pending]);

  const columns = useMemo(() => {
    const byStatus = new Map<string, ListedPosting[]>(TRACKED_STATUSES.map((s) => [s, []]));
    for (const p of postings ?? []) {
      const status = pending.get(p.jobKey) ?? p.status;
      byStatus.get(status)?.push(status === p.status ? p : { ...p, status });
    }
    return byStatus;
  }, [postings, pending]);

  const move = useCallback(
    async (jobKey: string, to: TrackedStatus) => {
      const title = postings?.find((p) => p.jobKey === jobKey)?.title ?? T.fallbackTitle;
      setPending((m) => new Map(m).set(jobKey, to));
      focusJob(jobKey);
      try {
        const changed = await setStatus(jobKey, to, Date.now());
        if (changed) announce(T.moved(title, STATUS_LABELS[to]));
      } catch {
        announce(T.notMoved(title));
        setPending((m) => {
          const next = new Map(m);
          next.delete(jobKey);
          return next;
        });
      }
    },
    [postings, focusJob, announce],
  );

  return (
    <>
      <PageHeading title={T.heading} />
      {postings === undefined ? (
        <p>{T.loading}</p>
      ) : (
        <>
          {postings.length === 0 && <p className="notice">{T.empty}</p>}
          <div className="board">
            {TRACKED_STATUSES.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                postings={columns.get(status) ?? []}
                total={counts?.[status]}
                partial={firstScreen}
                onShowAll={() => setExpanded((list) => [...list, status])}
                fit={fit}
                focusedJobKey={focusedJobKey}
                duplicates={duplicates}
                onMove={move}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}
