import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { countByStatus, latestByStatus, setStatus } from '@/lib/db';
import type { PostingRow, Status } from '@/lib/schema';
import { TRACKED_STATUSES } from '@/lib/schema';
import { STATUS_LABELS, type TrackedStatus } from '../StatusSelect';
import { BoardColumn, COLUMN_PAGE } from './BoardColumn';
import { PageHeading } from './PageHeading';
import { useFitCache } from './useFitCache';

/** Cards per column in the first paint: more than a screen holds. */
const FIRST_SCREEN = 12;

/** The tracker as columns, one per stage. */
export function BoardPage() {
  // Each column reads only the cards it shows (its newest, through an index), unless opened in
  // full: the board paints as fast with 10,000 postings as with 10. The first paint shows a
  // screenful per column; the rest of each column's first page follows right after.
  const [expanded, setExpanded] = useState<readonly Status[]>([]);
  const [firstScreen, setFirstScreen] = useState(true);
  const loaded = useLiveQuery(
    () => latestByStatus(TRACKED_STATUSES, firstScreen ? FIRST_SCREEN : COLUMN_PAGE, expanded),
    [firstScreen, expanded],
  );
  const painted = loaded !== undefined;
  useEffect(() => {
    // Effects run once the first cards are painted.
    if (painted) setFirstScreen(false);
  }, [painted]);
  const postings = useMemo(() => (loaded ? [...loaded.values()].flat() : undefined), [loaded]);
  // Column counts come from the index, so they are right while only the newest cards are read.
  const counts = useLiveQuery(countByStatus, []);
  const fit = useFitCache();
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
    const byStatus = new Map<string, PostingRow[]>(TRACKED_STATUSES.map((s) => [s, []]));
    for (const p of postings ?? []) {
      const status = pending.get(p.jobKey) ?? p.status;
      byStatus.get(status)?.push(status === p.status ? p : { ...p, status });
    }
    return byStatus;
  }, [postings, pending]);

  const move = useCallback(
    async (jobKey: string, to: TrackedStatus) => {
      const title = postings?.find((p) => p.jobKey === jobKey)?.title ?? 'Posting';
      setPending((m) => new Map(m).set(jobKey, to));
      focusJob(jobKey);
      try {
        const changed = await setStatus(jobKey, to, Date.now());
        if (changed) announce(`${title} moved to ${STATUS_LABELS[to]}.`);
      } catch {
        announce(`${title} could not be moved.`);
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
      <PageHeading title="Board" />
      {postings === undefined ? (
        <p>Loading…</p>
      ) : (
        <>
          {postings.length === 0 && (
            <p className="notice">
              Nothing on the tracker yet. Open a job posting, then click Save in the Reqlens popup.
            </p>
          )}
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
                onMove={move}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}
