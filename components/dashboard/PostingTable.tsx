import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { routeHref } from '@/entrypoints/dashboard/route';
import { type SortKey, useDashboard } from '@/entrypoints/dashboard/store';
import type { ListedPosting } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';
import { FitScore } from './FitScore';
import type { FitCache } from './fitCache';
import { savedDay } from './tableRows';

const ROW_HEIGHT = 44;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'company', label: 'Company' },
  { key: 'status', label: 'Status' },
  { key: 'fit', label: 'Fit' },
  { key: 'savedAt', label: 'Saved' },
  { key: 'updatedAt', label: 'Updated' },
];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface PostingTableProps {
  rows: readonly ListedPosting[];
  fit: FitCache | null;
}

/**
 * The postings as a table whose body is virtualised: only the rows in view (plus a few) are
 * in the DOM, so 10,000 postings scroll as smoothly as 10. Fit is computed only for those rows.
 */
export function PostingTable({ rows, fit }: PostingTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const sort = useDashboard((s) => s.sort);
  const sortBy = useDashboard((s) => s.sortBy);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  return (
    <div ref={scrollRef} className="table-wrap vtable-scroll">
      <table className="vtable" aria-label="Postings" aria-rowcount={rows.length + 1}>
        <thead>
          <tr className="vtable-head" aria-rowindex={1}>
            {COLUMNS.map((col) => (
              <th
                key={col.key}
                scope="col"
                aria-sort={
                  sort.key === col.key
                    ? sort.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button
                  type="button"
                  onClick={() => sortBy(col.key)}
                  disabled={col.key === 'fit' && !fit}
                >
                  {col.label}
                  <span aria-hidden="true">
                    {sort.key === col.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.jobKey}
                aria-rowindex={item.index + 2}
                className="vtable-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <td>
                  <a href={routeHref({ page: 'posting', jobKey: row.jobKey })}>
                    {row.title ?? 'Untitled posting'}
                  </a>
                </td>
                <td>{row.company ?? '—'}</td>
                <td>{STATUS_LABELS[row.status]}</td>
                <td>{fit ? <FitScore score={fit.score(row)} /> : '—'}</td>
                <td>{dateFormat.format(savedDay(row))}</td>
                <td>{dateFormat.format(row.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
