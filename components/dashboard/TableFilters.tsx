import { useId } from 'react';
import { type FitFilter, useDashboard } from '@/entrypoints/dashboard/store';
import { Status, TRACKED_STATUSES } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';

const FIT_OPTIONS: { value: FitFilter; label: string }[] = [
  { value: 'any', label: 'Any fit' },
  { value: '75', label: '75% or more' },
  { value: '50', label: '50% or more' },
  { value: '25', label: '25% or more' },
  { value: 'unknown', label: 'Fit unknown' },
];

export interface TableFiltersProps {
  companies: readonly string[];
  /** Fit filters need a profile. */
  hasProfile: boolean;
}

/** Search and filters of the table; their values live in the UI store so they survive navigation. */
export function TableFilters({ companies, hasProfile }: TableFiltersProps) {
  const id = useId();
  const filters = useDashboard((s) => s.filters);
  const setFilter = useDashboard((s) => s.setFilter);
  const resetFilters = useDashboard((s) => s.resetFilters);
  // The chosen company stays selectable even when other filters leave none of its postings.
  const companyOptions =
    filters.company && !companies.includes(filters.company)
      ? [filters.company, ...companies]
      : companies;
  return (
    <search className="filters" aria-label="Filter postings">
      <div className="field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Title, company or notes"
          value={filters.search}
          onChange={(e) => setFilter('search', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          onChange={(e) => {
            const v = e.target.value;
            const status = Status.safeParse(v);
            setFilter('status', status.success ? status.data : 'all');
          }}
        >
          <option value="all">All tracked</option>
          {TRACKED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
          <option value="seen">{STATUS_LABELS.seen}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-company`}>Company</label>
        <select
          id={`${id}-company`}
          value={filters.company}
          onChange={(e) => setFilter('company', e.target.value)}
        >
          <option value="">All companies</option>
          {companyOptions.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-fit`}>Fit</label>
        <select
          id={`${id}-fit`}
          value={filters.fit}
          disabled={!hasProfile}
          aria-describedby={hasProfile ? undefined : `${id}-fit-hint`}
          onChange={(e) => {
            const next = FIT_OPTIONS.find((o) => o.value === e.target.value);
            if (next) setFilter('fit', next.value);
          }}
        >
          {FIT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {!hasProfile && (
          <span id={`${id}-fit-hint`} className="hint">
            Fill in your profile to filter by fit
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Saved from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          onChange={(e) => setFilter('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Saved until</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          onChange={(e) => setFilter('to', e.target.value)}
        />
      </div>
      <button type="button" onClick={resetFilters}>
        Clear filters
      </button>
    </search>
  );
}
