import { STATUS_HISTORY_TEXT as T } from '@/components/text';
import type { StatusEvent } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function StatusHistory({ events }: { events: StatusEvent[] }) {
  if (events.length === 0) return <p className="muted">{T.none}</p>;
  return (
    <ol className="list-plain" aria-label={T.label}>
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={new Date(e.at).toISOString()}>{when.format(e.at)}</time>:{' '}
          {e.from === 'seen'
            ? e.to === 'saved'
              ? T.saved
              : T.savedAs(STATUS_LABELS[e.to])
            : T.changed(STATUS_LABELS[e.from], STATUS_LABELS[e.to])}
        </li>
      ))}
    </ol>
  );
}
