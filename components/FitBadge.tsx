import type { FitStatus } from '@/lib/schema';
import { FIT_TEXT } from './text';

/** `unknown` is its own state (the profile or the posting does not say), never met nor unmet. */

// A shape as well as a colour, so the status never rests on colour alone.
const ICONS: Record<FitStatus, string> = { met: '✓', partial: '◐', unmet: '✗', unknown: '?' };

export function fitLabel(status: FitStatus): string {
  return FIT_TEXT.statuses[status];
}

/** The status's icon alone (for chips that name their topic). */
export function fitIcon(status: FitStatus): string {
  return ICONS[status];
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
      {FIT_TEXT.statuses[status]}
    </span>
  );
}
