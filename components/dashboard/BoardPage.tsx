import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { listPostings, setStatus } from '@/lib/db';
import type { PostingRow } from '@/lib/schema';
import { TRACKED_STATUSES } from '@/lib/schema';
import { STATUS_LABELS, type TrackedStatus } from '../StatusSelect';
import { BoardColumn } from './BoardColumn';
import { PageHeading } from './PageHeading';
import { useFitCache } from './useFitCache';

const loadBoard = () => listPostings({ status: TRACKED_STATUSES });

/** The tracker as columns, one per stage. */
export function BoardPage() {
  const postings = useLiveQuery(loadBoard, []);
  const fit = useFitCache();
  const focusedJobKey = useDashboard((s) => s.focusedJobKey);
  const focusJob = useDashboard((s) => s.focusJob);
  const announce = useDashboard((s) => s.announce);

  const columns = useMemo(() => {
    const byStatus = new Map<string, PostingRow[]>(TRACKED_STATUSES.map((s) => [s, []]));
    for (const p of postings ?? []) byStatus.get(p.status)?.push(p);
    return byStatus;
  }, [postings]);

  const move = useCallback(
    async (jobKey: string, to: TrackedStatus) => {
      const title = postings?.find((p) => p.jobKey === jobKey)?.title ?? 'Posting';
      try {
        const changed = await setStatus(jobKey, to, Date.now());
        focusJob(jobKey);
        if (changed) announce(`${title} moved to ${STATUS_LABELS[to]}.`);
      } catch {
        announce(`${title} could not be moved.`);
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
