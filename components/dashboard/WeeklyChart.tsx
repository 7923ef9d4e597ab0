import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Applications sent per week, with the same figures as a table for screen readers. */
export function WeeklyChart({ data }: { data: { week: number; count: number }[] }) {
  const rows = data.map((d) => ({ ...d, label: short.format(d.week) }));
  return (
    <figure style={{ margin: 0 }}>
      {/* The chart is for the eyes; the table below carries the same figures for screen readers. */}
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" stroke="var(--muted)" />
            <YAxis allowDecimals={false} stroke="var(--muted)" width={32} />
            <Tooltip cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              isAnimationActive={false}
              dataKey="count"
              name="Applications"
              fill="var(--accent)"
              radius={[4, 4, 0, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <table className="visually-hidden">
          <caption>Applications per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Applications</th>
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
