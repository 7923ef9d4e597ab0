import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { routeHref } from '@/components/dashboard/route';
import { BOARD_TEXT as T } from '@/components/text';
import type { ListedPosting } from '@/lib/schema';
import { TRACKED_STATUSES } from '@/lib/schema';
import { STATUS_LABELS, type TrackedStatus } from '../StatusSelect';
import { FitScore } from './FitScore';

export const DRAG_TYPE = 'application/x-reqlens-job';

const day = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

export interface BoardCardProps {
  posting: ListedPosting;
  /** 0-100, null when fit cannot be judged, undefined when there is no profile. */
  score: number | null | undefined;
  focused: boolean;
  /** Looks like another stored posting (lib/db/duplicate-flags): Settings offers the merge. */
  duplicate?: boolean;
  onMove: (jobKey: string, to: TrackedStatus) => void;
  /** For tests; the render time otherwise (which interview is next). */
  now?: number;
}

/**
 * A posting on the board. It moves by drag and drop, by ←/→ while focused, or with its
 * "Move to" select, so mouse, keyboard and screen-reader users all have a way.
 */
export function BoardCard({
  posting,
  score,
  focused,
  duplicate = false,
  onMove,
  now = Date.now(),
}: BoardCardProps) {
  const ref = useRef<HTMLElement>(null);
  const nextInterview = posting.interviews.find((i) => i.at >= now);
  const selectId = useId();
  const title = posting.title ?? T.untitled;
  const index = TRACKED_STATUSES.indexOf(posting.status as TrackedStatus);

  // After a keyboard move the card is rendered anew in its new column: focus follows it there.
  useEffect(() => {
    if (focused) ref.current?.focus();
  }, [focused]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = TRACKED_STATUSES[index + step];
    if (step !== 0 && to) {
      e.preventDefault();
      onMove(posting.jobKey, to);
    }
  };

  return (
    <article
      ref={ref}
      className="card board-card"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable articles as in the ARIA feed pattern; arrow keys move the card
      tabIndex={0}
      draggable
      aria-labelledby={`${selectId}-title`}
      aria-describedby={`${selectId}-help`}
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, posting.jobKey);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h3 id={`${selectId}-title`}>
        <a href={routeHref({ page: 'posting', jobKey: posting.jobKey })}>{title}</a>
      </h3>
      <p className="muted" style={{ margin: 0 }}>
        {[posting.company, posting.location].filter(Boolean).join(' · ') || T.noCompany}
      </p>
      {nextInterview && (
        <p className="card-interview">
          {T.interview(day.format(nextInterview.at), nextInterview.label)}
        </p>
      )}
      {duplicate && (
        <a
          className="dup-tag"
          href={routeHref({ page: 'settings' })}
          title={T.duplicateHint}
          aria-describedby={`${selectId}-dup`}
        >
          {T.duplicate}
        </a>
      )}
      {duplicate && (
        <span id={`${selectId}-dup`} className="visually-hidden">
          {T.duplicateHint}
        </span>
      )}
      <span id={`${selectId}-help`} className="visually-hidden">
        {T.keysHelp}
      </span>
      <div className="card-actions">
        {score !== undefined && <FitScore score={score} />}
        <label className="visually-hidden" htmlFor={selectId}>
          {T.moveLabel(title)}
        </label>
        <select
          id={selectId}
          value=""
          onChange={(e) => {
            const to = TRACKED_STATUSES.find((s) => s === e.target.value);
            if (to) onMove(posting.jobKey, to);
          }}
        >
          <option value="" disabled>
            {T.moveTo}
          </option>
          {TRACKED_STATUSES.filter((s) => s !== posting.status).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </article>
  );
}
