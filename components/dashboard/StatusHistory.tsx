import type { StatusEvent } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function StatusHistory({ events }: { events: StatusEvent[] }) {
  if (events.length === 0) return <p className="muted">No status changes yet.</p>;
  return (
    <ol className="list-plain" aria-label="Status history">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={new Date(e.at).toISOString()}>{when.format(e.at)}</time>:{' '}
          {e.from === 'seen'
            ? e.to === 'saved'
              ? 'Saved'
              : `Saved as ${STATUS_LABELS[e.to]}`
            : `${STATUS_LABELS[e.from]} → ${STATUS_LABELS[e.to]}`}
        </li>
      ))}
    </ol>
  );
}
