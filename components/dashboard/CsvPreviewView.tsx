import { useId } from 'react';
import { CSV_IMPORT_TEXT as T } from '@/components/text';
import type { CsvPreview } from '@/lib/data/import-csv';

/** How many items of each list are shown; the rest are counted. */
const SHOWN = 50;

function Section({ heading, items }: { heading: string; items: readonly React.ReactNode[] }) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{heading}</h4>
      <ul>{items.slice(0, SHOWN)}</ul>
      {items.length > SHOWN && <p className="muted">{T.more(items.length - SHOWN)}</p>}
    </section>
  );
}

/** What a CSV import would add and update, and which rows it skips and why. Writes nothing. */
export function CsvPreviewView({ preview }: { preview: CsvPreview }) {
  const { added, updated, unchanged, skipped, unknownStatuses } = preview;
  return (
    <div className="csv-preview">
      <p>{T.summary(added.length, updated.length, unchanged, skipped.length)}</p>
      {added.length + updated.length === 0 && <p>{T.nothingToDo}</p>}
      <Section
        heading={T.addedHeading}
        items={added.map((a) => (
          <li key={a.line}>
            <span className="muted">{T.line(a.line)}</span> {T.jobAt(a.title, a.company)}{' '}
            <span className="badge">{a.status}</span>
          </li>
        ))}
      />
      <Section
        heading={T.updatedHeading}
        items={updated.map((u) => (
          <li key={u.line}>
            <span className="muted">{T.line(u.line)}</span> {T.jobAt(u.title, u.company)}
            <ul>
              {u.changes.map((c) => (
                <li key={c.column}>{T.change(c.column, c.before, c.after)}</li>
              ))}
            </ul>
          </li>
        ))}
      />
      <Section
        heading={T.skippedHeading}
        items={skipped.map((s) => (
          <li key={s.line}>
            <span className="muted">{T.line(s.line)}</span> {s.reason}
          </li>
        ))}
      />
      <Section
        heading={T.unknownHeading}
        items={unknownStatuses.map((u) => (
          <li key={u.line}>
            <span className="muted">{T.line(u.line)}</span> {T.unknownStatus(u.word)}
          </li>
        ))}
      />
    </div>
  );
}
