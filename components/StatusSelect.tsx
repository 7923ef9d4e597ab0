import { useId } from 'react';
import { STATUS_LABELS, STATUS_TEXT } from '@/components/text';
import type { Status } from '@/lib/schema';
import { TRACKED_STATUSES } from '@/lib/schema/values';

export type TrackedStatus = Exclude<Status, 'seen'>;

/** The status names live in the message catalogue; re-exported for the components that show them. */
export { STATUS_LABELS };

function isTracked(value: string): value is TrackedStatus {
  return (TRACKED_STATUSES as readonly string[]).includes(value);
}

export interface StatusSelectProps {
  value: Status;
  onChange: (status: TrackedStatus) => void;
  /** Visible label; end-to-end tests look the control up by it. */
  label?: string;
  disabled?: boolean;
}

export function StatusSelect({
  value,
  onChange,
  label = STATUS_TEXT.label,
  disabled,
}: StatusSelectProps) {
  const id = useId();
  return (
    <span className="status-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          if (isTracked(e.target.value)) onChange(e.target.value);
        }}
      >
        {/* A posting that is only detected shows "Not saved" until the user picks a status. */}
        {value === 'seen' && (
          <option value="seen" disabled>
            {STATUS_LABELS.seen}
          </option>
        )}
        {TRACKED_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </span>
  );
}
