import { employmentTypesOf, type PostingFacts, type Requirement } from '@/lib/schema';
import { formatSalary } from './formatSalary';
import { EMPLOYMENT_LABELS, WORKPLACE_LABELS } from './requirementLabel';

/**
 * What the posting views show, as plain data: shared by the React components and the popup's
 * first screen (painted before React loads), so both say the same thing.
 */

/** The facts a job seeker scans first, as [term, value]; missing facts are left out, not guessed. */
export function factRows(posting: PostingFacts, locale?: string): [string, string][] {
  const facts: [string, string | null][] = [
    ['Company', posting.company],
    ['Location', posting.locations.length > 0 ? posting.locations.join(' · ') : null],
    ['Work model', posting.workplace ? WORKPLACE_LABELS[posting.workplace] : null],
    ['Salary', formatSalary(posting.salary, locale)],
    ['Employment', employmentText(posting)],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null);
}

/** "Full-time · Temporary": every type the posting states, or null when it states none. */
export function employmentText(posting: PostingFacts): string | null {
  const types = employmentTypesOf(posting);
  return types.length > 0 ? types.map((t) => EMPLOYMENT_LABELS[t]).join(' · ') : null;
}

export const UNTITLED = 'Untitled posting';

export interface RequirementRow {
  requirement: Requirement;
  /** Position in the extraction, which fit items share. */
  index: number;
}

/** Required, then preferred; empty groups left out. */
export function requirementGroups(
  requirements: readonly Requirement[],
): { title: 'Required' | 'Preferred'; rows: RequirementRow[] }[] {
  const rows = requirements.map((requirement, index) => ({ requirement, index }));
  return [
    { title: 'Required' as const, rows: rows.filter((r) => r.requirement.required) },
    { title: 'Preferred' as const, rows: rows.filter((r) => !r.requirement.required) },
  ].filter((g) => g.rows.length > 0);
}
