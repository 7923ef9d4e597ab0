import { INSIGHTS_TEXT as T } from '@/components/text';

const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/**
 * Applications sent per week as columns drawn with CSS (no charting library), with the same
 * figures as a table for screen readers.
 */
export function WeeklyChart({ data }: { data: { week: number; count: number }[] }) {
  const rows = data.map((d) => ({ ...d, label: short.format(d.week) }));
  const max = Math.max(1, ...data.map((d) => d.count));
  return (
    <figure className="chart">
      {/* The columns are for the eyes; the table below carries the same figures for screen readers. */}
      <div className="vbars" aria-hidden="true">
        {rows.map((r) => (
          <div key={r.week} className="vbar-col">
            <span className="vbar-value">{r.count || ''}</span>
            <span className="vbar-track">
              <span className="vbar" style={{ height: `${(r.count / max) * 100}%` }} />
            </span>
            <span className="vbar-label">{r.label}</span>
          </div>
        ))}
      </div>
      <figcaption>
        <table className="visually-hidden">
          <caption>{T.weeklyHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{T.weekOf}</th>
              <th scope="col">{T.applications}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.week}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
