import type { Status } from '@/lib/schema';
import { StatusSelect, type TrackedStatus } from '../StatusSelect';
import { POPUP_TEXT as T } from '../text';

export interface SaveControlsProps {
  status: Status;
  savedAt: number | null;
  appliedAt: number | null;
  onSave: () => void;
  onStatus: (status: TrackedStatus) => void;
  busy?: boolean;
  locale?: string;
}

/**
 * One date formatter per locale, built the first time a date shows (the first screen of a posting
 * not saved yet has none): not one per date and render, which every edit of the note box is.
 */
const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>();
function formatDate(time: number, locale: string | undefined): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format.format(time);
}

/** One-click Save, then the status the user moves along; the dates say when each step happened. */
export function SaveControls({
  status,
  savedAt,
  appliedAt,
  onSave,
  onStatus,
  busy,
  locale,
}: SaveControlsProps) {
  const format = (time: number) => formatDate(time, locale);
  const dates = [
    savedAt !== null ? T.savedOn(format(savedAt)) : null,
    appliedAt !== null ? T.appliedOn(format(appliedAt)) : null,
  ].filter((d) => d !== null);
  return (
    <div className="save-controls">
      <div className="save-row">
        {status === 'seen' ? (
          <button type="button" className="primary" onClick={onSave} disabled={busy}>
            {T.save}
          </button>
        ) : (
          <span className="saved-mark">
            <span aria-hidden="true">✓ </span>
            {T.onTracker}
          </span>
        )}
        <StatusSelect value={status} onChange={onStatus} disabled={busy} />
      </div>
      {dates.length > 0 && <p className="status-dates">{dates.join(' · ')}</p>}
    </div>
  );
}
