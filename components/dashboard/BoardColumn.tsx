import { useId, useState } from 'react';
import { BOARD_TEXT as T } from '@/components/text';
import type { ListedPosting } from '@/lib/schema';
import { STATUS_LABELS, type TrackedStatus } from '../StatusSelect';
import { BoardCard, DRAG_TYPE } from './BoardCard';
import type { FitCache } from './fitCache';

/** Cards rendered per column before "Show all": thousands of cards would make the board sluggish. */
export const COLUMN_PAGE = 50;

export interface BoardColumnProps {
  status: TrackedStatus;
  postings: ListedPosting[];
  /** The column's full count (only the most recent cards are loaded until "Show all"). */
  total?: number;
  fit: FitCache | null;
  focusedJobKey: string | null;
  /** Postings that look like another stored one. */
  duplicates?: ReadonlySet<string>;
  onMove: (jobKey: string, to: TrackedStatus) => void;
  /** Loads and shows every card of the column. */
  onShowAll: () => void;
  /** Only the first screen of cards is loaded yet: the rest of the page is on its way. */
  partial?: boolean;
}

export function BoardColumn({
  status,
  postings,
  total,
  fit,
  focusedJobKey,
  duplicates,
  onMove,
  onShowAll,
  partial = false,
}: BoardColumnProps) {
  const headingId = useId();
  const [over, setOver] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const focusedIndex = postings.findIndex((p) => p.jobKey === focusedJobKey);
  // A card just moved here by keyboard must be rendered even beyond the first page.
  const limit = showAll ? postings.length : Math.max(COLUMN_PAGE, focusedIndex + 1);
  const shown = postings.slice(0, limit);
  return (
    <section
      className={`board-column${over ? ' drop-target' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const jobKey = e.dataTransfer.getData(DRAG_TYPE);
        if (!jobKey) return;
        e.preventDefault();
        onMove(jobKey, status);
      }}
    >
      <h2>
        {/* The region's name is the stage alone ("Applied"); the count is read after it. */}
        <span id={headingId}>{STATUS_LABELS[status]}</span>
        <span className="muted">
          {total ?? postings.length}
          <span className="visually-hidden">{T.postings}</span>
        </span>
      </h2>
      <ul>
        {shown.map((posting) => (
          <li key={posting.jobKey}>
            <BoardCard
              posting={posting}
              score={fit ? fit.score(posting) : undefined}
              focused={posting.jobKey === focusedJobKey}
              duplicate={duplicates?.has(posting.jobKey) ?? false}
              onMove={onMove}
            />
          </li>
        ))}
      </ul>
      {!partial && shown.length < (total ?? postings.length) && (
        <button
          type="button"
          className="link board-more"
          onClick={() => {
            setShowAll(true);
            onShowAll();
          }}
        >
          {T.showAll(total ?? postings.length)}
        </button>
      )}
    </section>
  );
}
