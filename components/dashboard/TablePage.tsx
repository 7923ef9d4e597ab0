import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { TABLE_TEXT as T } from '@/components/text';
import {
  listPostings,
  matchesWords,
  noteTextsByPosting,
  type SortField,
  searchWords,
} from '@/lib/db';
import { TRACKED_STATUSES } from '@/lib/schema';
import { PageHeading } from './PageHeading';
import { PostingTable } from './PostingTable';
import { TableFilters } from './TableFilters';
import { refineRows } from './tableRows';
import { useFitCache } from './useFitCache';
import { useProgressiveList } from './useProgressiveList';

/** Sort keys the database orders by itself; stage and fit are ordered after the query. */
const DB_SORT: Partial<Record<string, SortField>> = {
  updatedAt: 'updatedAt',
  savedAt: 'savedAt',
  title: 'title',
  company: 'company',
};

export function TablePage() {
  const filters = useDashboard((s) => s.filters);
  const sort = useDashboard((s) => s.sort);
  // Typing stays responsive: the query follows the search box a frame behind.
  const search = useDeferredValue(filters.search);
  const by = DB_SORT[sort.key] ?? 'updatedAt';
  const dir = DB_SORT[sort.key] ? sort.dir : 'desc';
  const unfiltered = filters.status === 'all' && by === 'updatedAt' && dir === 'desc';
  const { rows: loaded, complete } = useProgressiveList(
    () =>
      listPostings({
        status: filters.status === 'all' ? TRACKED_STATUSES : filters.status,
        sort: { by, dir },
      }),
    [filters.status, by, dir],
    unfiltered,
  );
  const painted = loaded !== undefined;
  // Fit and the notes are read once the first rows are on screen, so they never delay them.
  const fit = useFitCache(painted);
  // Search runs over the rows already in memory (their folded `searchText`) and the notes: one
  // pass of `includes` per keystroke instead of reading every posting again.
  const notes = useLiveQuery(async () => (painted ? noteTextsByPosting() : undefined), [painted]);
  const rows = useMemo(() => {
    const words = searchWords(search);
    if (!loaded || words.length === 0) return loaded;
    return loaded.filter((row) => matchesWords(row.searchText, notes?.get(row.jobKey), words));
  }, [loaded, search, notes]);
  const companies = useMemo(() => {
    const names = new Map<string, string>();
    for (const row of rows ?? []) {
      if (row.company) names.set(row.company.toLowerCase(), row.company);
    }
    return [...names.values()].sort((a, b) => a.localeCompare(b));
  }, [rows]);
  const shown = useMemo(
    () =>
      refineRows(rows ?? [], {
        company: filters.company,
        from: filters.from,
        to: filters.to,
        fit: filters.fit,
        workplace: filters.workplace,
        employment: filters.employment,
        sort,
        fitScore: fit ? fit.score : null,
      }),
    [
      rows,
      filters.company,
      filters.from,
      filters.to,
      filters.fit,
      filters.workplace,
      filters.employment,
      sort,
      fit,
    ],
  );

  return (
    <>
      <PageHeading title={T.heading} />
      <TableFilters companies={companies} hasProfile={fit !== null} />
      {rows === undefined ? (
        <p>{T.loading}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {complete ? T.count(shown.length) : T.loadingMore(shown.length)}
          </p>
          <PostingTable rows={shown} fit={fit} />
        </>
      )}
    </>
  );
}
