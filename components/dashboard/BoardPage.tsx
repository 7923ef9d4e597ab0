import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { countByStatus, listPostings, setStatus } from '@/lib/db';
import type { PostingRow } from '@/lib/schema';
import { TRACKED_STATUSES } from '@/lib/schema';
import { STATUS_LABELS, type TrackedStatus } from '../StatusSelect';
import { BoardColumn } from './BoardColumn';
import { PageHeading } from './PageHeading';
import { useFitCache } from './useFitCache';
import { useProgressiveList } from './useProgressiveList';

const loadBoard = () => listPostings({ status: TRACKED_STATUSES });

/** The tracker as columns, one per stage. */
export function BoardPage() {
  const { rows: postings, complete } = useProgressiveList(loadBoard, [], true);
  // Column counts come from the index, so they are right before every card is loaded.
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
                total={complete ? undefined : counts?.[status]}
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
