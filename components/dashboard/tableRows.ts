import type { FitFilter, SortDir, SortKey } from '@/components/dashboard/store';
import { fold } from '@/lib/db';
import {
  type EmploymentType,
  employmentTypesOf,
  PostingFacts,
  type PostingRow,
  type Salary,
  Status,
  type Workplace,
} from '@/lib/schema';

/**
 * The table's filters and orders that the database query does not do: company (done here so the
 * company list can come from the same rows), the saved-date range, fit (derived from the profile,
 * never stored) and the stage order. Pure, so it is tested on its own.
 */

/** What the refinements read of a posting. */
export type RefinableRow = Pick<
  PostingRow,
  'jobKey' | 'company' | 'status' | 'savedAt' | 'createdAt' | 'updatedAt'
> & {
  /** Unchecked in lists (`ListedPosting`): the facts the table shows are parsed from it. */
  extraction?: unknown;
};

/** What the table shows and filters on of a posting's extraction. */
export interface RowFacts {
  workplace: Workplace | null;
  employmentTypes: EmploymentType[];
  salary: Salary | null;
}

const TableFacts = PostingFacts.pick({
  workplace: true,
  employmentTypes: true,
  employmentType: true,
  salary: true,
});

const NO_FACTS: RowFacts = { workplace: null, employmentTypes: [], salary: null };
const factsCache = new WeakMap<object, RowFacts>();

/**
 * The work model, employment types and salary of a listed row, read from its unchecked
 * extraction once per row object: a damaged extraction shows none of them, it never throws.
 */
export function rowFacts(row: RefinableRow): RowFacts {
  const extraction = row.extraction;
  if (typeof extraction !== 'object' || extraction === null) return NO_FACTS;
  const hit = factsCache.get(extraction);
  if (hit) return hit;
  const parsed = TableFacts.safeParse((extraction as { posting?: unknown }).posting);
  const facts = parsed.success
    ? {
        workplace: parsed.data.workplace,
        employmentTypes: employmentTypesOf(parsed.data),
        salary: parsed.data.salary,
      }
    : NO_FACTS;
  factsCache.set(extraction, facts);
  return facts;
}

export interface Refinement<T extends RefinableRow = RefinableRow> {
  /** Exact company (case and accents ignored); '' for all. */
  company: string;
  from: string;
  to: string;
  fit: FitFilter;
  /** Work model and employment type ('' for any): postings that do not say are left out. */
  workplace?: Workplace | '';
  employment?: EmploymentType | '';
  sort: { key: SortKey; dir: SortDir };
  /** null when there is no profile: fit filters and fit order do nothing then. */
  fitScore: ((row: T) => number | null) | null;
}

/** When the posting went on the tracker; an unsaved one counts from when it was first seen. */
export const savedDay = (row: Pick<PostingRow, 'savedAt' | 'createdAt'>) =>
  row.savedAt ?? row.createdAt;

/** Local midnight of a YYYY-MM-DD date, or null for an empty or invalid one. */
function dayStart(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

function passesFit(score: number | null, fit: FitFilter): boolean {
  if (fit === 'any') return true;
  if (fit === 'unknown') return score === null;
  return score !== null && score >= Number(fit);
}

export function refineRows<T extends RefinableRow>(rows: readonly T[], r: Refinement<T>): T[] {
  const from = dayStart(r.from);
  const toStart = dayStart(r.to);
  // "to" is inclusive: everything before the next local midnight.
  const until =
    toStart === null ? null : new Date(toStart).setDate(new Date(toStart).getDate() + 1);
  const score = r.fitScore;
  const company = fold(r.company.trim());
  let out = rows.filter((row) => {
    if (company && fold(row.company ?? '') !== company) return false;
    const day = savedDay(row);
    if (from !== null && day < from) return false;
    if (until !== null && day >= until) return false;
    if (r.workplace && rowFacts(row).workplace !== r.workplace) return false;
    if (r.employment && !rowFacts(row).employmentTypes.includes(r.employment)) return false;
    // Fit is computed only when a fit filter asks for it: the table shows scores lazily per row.
    return score === null || r.fit === 'any' || passesFit(score(row), r.fit);
  });
  const sign = r.sort.dir === 'asc' ? 1 : -1;
  if (r.sort.key === 'status') {
    const rank = (row: T) => Status.options.indexOf(row.status);
    out = out.sort((a, b) => (rank(a) - rank(b)) * sign || b.updatedAt - a.updatedAt);
  } else if (r.sort.key === 'fit' && score !== null) {
    const scores = new Map(out.map((row) => [row.jobKey, score(row)]));
    out = out.sort((a, b) => {
      const x = scores.get(a.jobKey) ?? null;
      const y = scores.get(b.jobKey) ?? null;
      // Unscored postings sit last whichever way the column is sorted.
      if (x === y) return b.updatedAt - a.updatedAt;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x - y) * sign;
    });
  }
  return out;
}
