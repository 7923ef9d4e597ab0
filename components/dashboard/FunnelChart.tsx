import { INSIGHTS_TEXT as T } from '@/components/text';
import type { FunnelStage } from '@/lib/insights';
import { STATUS_LABELS } from '../StatusSelect';

const share = (count: number, of: number) => (of ? `${Math.round((count / of) * 100)}%` : '—');

/**
 * The application funnel as horizontal bars drawn with CSS (no charting library), with the same
 * figures as a table for screen readers.
 */
export function FunnelChart({ data }: { data: { stage: FunnelStage; count: number }[] }) {
  const rows = data.map((d) => ({ ...d, label: STATUS_LABELS[d.stage] }));
  const first = data[0]?.count ?? 0;
  const max = Math.max(1, ...data.map((d) => d.count));
  return (
    <figure className="chart">
      {/* The bars are for the eyes; the table below carries the same figures for screen readers. */}
      <div className="hbars" aria-hidden="true">
        {rows.map((r) => (
          <div key={r.stage} className="hbar-row">
            <span className="hbar-label">{r.label}</span>
            <span className="hbar-track">
              <span className="hbar" style={{ width: `${(r.count / max) * 100}%` }} />
            </span>
            <span className="hbar-value">{r.count}</span>
          </div>
        ))}
      </div>
      <figcaption>
        <table className="visually-hidden">
          <caption>{T.funnelCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.stage}</th>
              <th scope="col">{T.postings}</th>
              <th scope="col">{T.shareOfSaved}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.stage}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
                <td>{share(r.count, first)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
