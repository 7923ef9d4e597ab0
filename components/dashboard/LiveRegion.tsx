import { useDashboard } from '@/components/dashboard/store';

/** One polite live region for the page: moves, saves and imports are announced here. */
export function LiveRegion() {
  const message = useDashboard((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}
