import type { FitStatus } from '@/lib/schema';

/** `unknown` is its own state (the profile or the posting does not say), never met nor unmet. */

const LABELS: Record<FitStatus, string> = {
  met: 'Met',
  partial: 'Partly met',
  unmet: 'Not met',
  unknown: 'Unknown',
};

// A shape as well as a colour, so the status never rests on colour alone.
const ICONS: Record<FitStatus, string> = { met: '✓', partial: '◐', unmet: '✗', unknown: '?' };

export function fitLabel(status: FitStatus): string {
  return LABELS[status];
}

export interface FitBadgeProps {
  status: FitStatus;
}

export function FitBadge({ status }: FitBadgeProps) {
  return (
    <span className={`fit-badge fit-${status}`}>
      <span aria-hidden="true" className="fit-icon">
        {ICONS[status]}
      </span>
      {LABELS[status]}
    </span>
  );
}
