import { EDIT_TEXT as T } from '@/components/text';
import { withPageFacts } from '@/lib/posting-facts';
import type { FactEdits, PostingDetail, SalaryPeriod } from '@/lib/schema';
import { fromInputs, toDateInput } from './localDate';

/** The posting-facts form as the user sees it: every field a string (inputs speak strings). */
export interface FactDraft {
  title: string;
  company: string;
  location: string;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: SalaryPeriod | '';
  /** Local YYYY-MM-DD, or ''. */
  deadline: string;
}

const amountText = (n: number | null | undefined) => (n == null ? '' : String(n));

/** The form's starting point: the facts the posting's page shows now. */
export function draftOf(posting: PostingDetail): FactDraft {
  const facts = withPageFacts(posting.extraction.posting, posting);
  const salary = facts.salary;
  return {
    title: facts.title ?? '',
    company: facts.company ?? '',
    location: posting.location ?? facts.locations.join(' · '),
    salaryMin: amountText(salary?.min),
    salaryMax: amountText(salary?.max),
    currency: salary?.currency ?? '',
    period: salary?.period ?? '',
    deadline: posting.deadline === null ? '' : toDateInput(posting.deadline),
  };
}

/** "52 000", "52,000", "52000.50" → 52000(.5); null for an empty field; NaN for anything else. */
function amount(s: string): number | null {
  const t = s.replace(/[\s\u00a0',]/g, '').trim();
  if (t === '') return null;
  return /^\d{1,12}(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}

export type DraftResult = { edits: FactEdits } | { error: string };

/** What the user changed, as `editFacts` takes it; only changed facts are edits. */
export function changesOf(before: FactDraft, after: FactDraft): DraftResult {
  const edits: FactEdits = {};
  for (const field of ['title', 'company', 'location'] as const) {
    if (after[field].trim() !== before[field].trim()) edits[field] = after[field];
  }
  const salaryFields = ['salaryMin', 'salaryMax', 'currency', 'period'] as const;
  if (salaryFields.some((f) => after[f].trim() !== before[f].trim())) {
    const min = amount(after.salaryMin);
    const max = amount(after.salaryMax);
    if (Number.isNaN(min) || Number.isNaN(max)) return { error: T.badAmount };
    const currency = after.currency.trim().toUpperCase();
    if (currency !== '' && !/^[A-Z]{3}$/.test(currency)) return { error: T.badCurrency };
    edits.salary =
      min === null && max === null
        ? null
        : { min, max, currency: currency || null, period: after.period || null };
  }
  if (after.deadline !== before.deadline) {
    // "Apply by" a day means until that day's end, in the user's time zone.
    edits.deadline = after.deadline === '' ? null : fromInputs(after.deadline, '23:59');
  }
  return { edits };
}
