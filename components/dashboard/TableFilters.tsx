import { useId } from 'react';
import { type FitFilter, useDashboard } from '@/components/dashboard/store';
import { EMPLOYMENT_LABELS, TABLE_FILTER_TEXT as T, WORKPLACE_LABELS } from '@/components/text';
import { EmploymentType, Status, TRACKED_STATUSES, Workplace } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';

const FIT_OPTIONS: { value: FitFilter; label: string }[] = (
  ['any', '75', '50', '25', 'unknown'] as const
).map((value) => ({ value, label: T.fitOptions[value] }));

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
    <search className="filters" aria-label={T.label}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{T.search}</label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder={T.searchPlaceholder}
          value={filters.search}
          onChange={(e) => setFilter('search', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{T.status}</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          onChange={(e) => {
            const v = e.target.value;
            const status = Status.safeParse(v);
            setFilter('status', status.success ? status.data : 'all');
          }}
        >
          <option value="all">{T.allTracked}</option>
          {TRACKED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
          <option value="seen">{STATUS_LABELS.seen}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-company`}>{T.company}</label>
        <select
          id={`${id}-company`}
          value={filters.company}
          onChange={(e) => setFilter('company', e.target.value)}
        >
          <option value="">{T.allCompanies}</option>
          {companyOptions.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-workplace`}>{T.workplace}</label>
        <select
          id={`${id}-workplace`}
          value={filters.workplace}
          onChange={(e) => {
            const workplace = Workplace.safeParse(e.target.value);
            setFilter('workplace', workplace.success ? workplace.data : '');
          }}
        >
          <option value="">{T.anyWorkplace}</option>
          {Workplace.options.map((w) => (
            <option key={w} value={w}>
              {WORKPLACE_LABELS[w]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-employment`}>{T.employment}</label>
        <select
          id={`${id}-employment`}
          value={filters.employment}
          onChange={(e) => {
            const type = EmploymentType.safeParse(e.target.value);
            setFilter('employment', type.success ? type.data : '');
          }}
        >
          <option value="">{T.anyEmployment}</option>
          {EmploymentType.options.map((t) => (
            <option key={t} value={t}>
              {EMPLOYMENT_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-fit`}>{T.fit}</label>
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
            {T.fitHint}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{T.from}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          onChange={(e) => setFilter('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{T.to}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          onChange={(e) => setFilter('to', e.target.value)}
        />
      </div>
      <button type="button" onClick={resetFilters}>
        {T.clear}
      </button>
    </search>
  );
}
