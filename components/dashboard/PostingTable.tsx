import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { routeHref } from '@/components/dashboard/route';
import { type SortKey, useDashboard } from '@/components/dashboard/store';
import { TABLE_TEXT as T } from '@/components/text';
import type { ListedPosting } from '@/lib/schema';
import { formatSalary } from '../formatSalary';
import { STATUS_LABELS } from '../StatusSelect';
import { FitScore } from './FitScore';
import type { FitCache } from './fitCache';
import { rowFacts, savedDay } from './tableRows';

const ROW_HEIGHT = 44;

type Column = keyof typeof T.columns;

/** The columns in order; those with a sort key sort the table when their header is clicked. */
const COLUMNS: { column: Column; sort: SortKey | null; width: string }[] = [
  { column: 'title', sort: 'title', width: '2fr' },
  { column: 'company', sort: 'company', width: '1.3fr' },
  { column: 'location', sort: null, width: '1.2fr' },
  { column: 'status', sort: 'status', width: '0.9fr' },
  { column: 'fit', sort: 'fit', width: '0.6fr' },
  { column: 'salary', sort: null, width: '1.3fr' },
  { column: 'deadline', sort: null, width: '0.9fr' },
  { column: 'savedAt', sort: 'savedAt', width: '0.9fr' },
  { column: 'updatedAt', sort: 'updatedAt', width: '0.9fr' },
];

/** Every row lays its cells out on the same grid as the header. */
const GRID = { gridTemplateColumns: COLUMNS.map((c) => c.width).join(' ') };

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
      <table className="vtable" aria-label={T.tableLabel} aria-rowcount={rows.length + 1}>
        <thead>
          <tr className="vtable-head" aria-rowindex={1} style={GRID}>
            {COLUMNS.map(({ column, sort: key }) => (
              <th
                key={column}
                scope="col"
                aria-sort={
                  key && sort.key === key
                    ? sort.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {key ? (
                  <button
                    type="button"
                    onClick={() => sortBy(key)}
                    disabled={key === 'fit' && !fit}
                  >
                    {T.columns[column]}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                ) : (
                  T.columns[column]
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const salary = formatSalary(rowFacts(row).salary);
            return (
              <tr
                key={row.jobKey}
                aria-rowindex={item.index + 2}
                className="vtable-row"
                style={{ ...GRID, transform: `translateY(${item.start}px)` }}
              >
                <td>
                  <a href={routeHref({ page: 'posting', jobKey: row.jobKey })}>
                    {row.title ?? T.untitled}
                  </a>
                </td>
                <td>{row.company ?? T.none}</td>
                <td title={row.location ?? undefined}>{row.location ?? T.none}</td>
                <td>{STATUS_LABELS[row.status]}</td>
                <td>{fit ? <FitScore score={fit.score(row)} /> : T.none}</td>
                <td title={salary ?? undefined}>{salary ?? T.none}</td>
                <td>{row.deadline === null ? T.none : dateFormat.format(row.deadline)}</td>
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
