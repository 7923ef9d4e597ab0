import { useId } from 'react';
import { csvRowProblem, CSV_IMPORT_TEXT as T } from '@/components/text';
import type { DateOrder } from '@/lib/data/csv-cells';
import type { DateReading } from '@/lib/data/csv-dates';
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

/** A day as words ("April 3, 2026"), so it cannot be read two ways like 03/04/2026. */
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

const ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

/** How each date column that could be read two ways is read, why, and the choice to change it. */
function DateReadings({
  dates,
  onDateOrder,
}: {
  dates: readonly DateReading[];
  onDateOrder: (column: number, order: DateOrder) => void;
}) {
  const id = useId();
  if (dates.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{T.datesHeading}</h4>
      <p className="hint">{T.datesHint}</p>
      <ul>
        {dates.map((r) => (
          <li key={r.column}>
            <label>
              {T.dateOrderFor(r.header)}{' '}
              <select
                aria-label={T.dateOrderFor(r.header)}
                value={r.order}
                onChange={(e) => {
                  const order = ORDERS.find((o) => o === e.target.value);
                  if (order) onDateOrder(r.column, order);
                }}
              >
                {ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {T.dateOrders[o]}
                  </option>
                ))}
              </select>
            </label>{' '}
            {T.dateRead(r, longDate.format(r.example.at))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface CsvPreviewViewProps {
  preview: CsvPreview;
  /** The user read a date column the other way round: the preview is made again. */
  onDateOrder: (column: number, order: DateOrder) => void;
}

/** What a CSV import would add and update, and which rows it skips and why. Writes nothing. */
export function CsvPreviewView({ preview, onDateOrder }: CsvPreviewViewProps) {
  const { added, updated, unchanged, skipped, unknownStatuses, dates, described } = preview;
  return (
    <div className="csv-preview">
      <p>{T.summary(added.length, updated.length, unchanged, skipped.length)}</p>
      {added.length + updated.length === 0 && <p>{T.nothingToDo}</p>}
      <DateReadings dates={dates} onDateOrder={onDateOrder} />
      {described > 0 && <p className="hint">{T.described(described)}</p>}
      <Section
        heading={T.addedHeading}
        items={added.map((a) => (
          <li key={a.line}>
            <span className="muted">{T.line(a.line)}</span> {T.newJob(a.title, a.company, a.status)}
            {a.requirements !== null && T.requirementsRead(a.requirements)}
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
            <span className="muted">{T.line(s.line)}</span> {csvRowProblem(s.reason)}
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
