import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FunnelStage } from '@/lib/insights';
import { STATUS_LABELS } from '../StatusSelect';

/** The application funnel as horizontal bars, with the same figures as a table for screen readers. */
export function FunnelChart({ data }: { data: { stage: FunnelStage; count: number }[] }) {
  const rows = data.map((d) => ({ ...d, label: STATUS_LABELS[d.stage] }));
  const first = data[0]?.count ?? 0;
  return (
    <figure style={{ margin: 0 }}>
      {/* The chart is for the eyes; the table below carries the same figures for screen readers. */}
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={rows}
            layout="vertical"
            margin={{ left: 24, right: 48 }}
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" allowDecimals={false} stroke="var(--muted)" />
            <YAxis type="category" dataKey="label" width={96} stroke="var(--muted)" />
            <Tooltip cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              isAnimationActive={false}
              dataKey="count"
              name="Postings"
              fill="var(--accent)"
              radius={[0, 4, 4, 0]}
            >
              <LabelList dataKey="count" position="right" fill="var(--text)" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <table className="visually-hidden">
          <caption>Postings that reached each stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Postings</th>
              <th scope="col">Share of saved</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.stage}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
                <td>{first ? `${Math.round((r.count / first) * 100)}%` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
