import type { Status } from '@/lib/schema';
import { StatusSelect, type TrackedStatus } from '../StatusSelect';

export interface SaveControlsProps {
  status: Status;
  savedAt: number | null;
  appliedAt: number | null;
  onSave: () => void;
  onStatus: (status: TrackedStatus) => void;
  busy?: boolean;
  locale?: string;
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
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dates = [
    savedAt !== null ? `Saved ${date.format(savedAt)}` : null,
    appliedAt !== null ? `Applied ${date.format(appliedAt)}` : null,
  ].filter((d) => d !== null);
  return (
    <div className="save-controls">
      <div className="save-row">
        {status === 'seen' ? (
          <button type="button" className="primary" onClick={onSave} disabled={busy}>
            Save
          </button>
        ) : (
          <span className="saved-mark">
            <span aria-hidden="true">✓ </span>On your tracker
          </span>
        )}
        <StatusSelect value={status} onChange={onStatus} disabled={busy} />
      </div>
      {dates.length > 0 && <p className="status-dates">{dates.join(' · ')}</p>}
    </div>
  );
}
