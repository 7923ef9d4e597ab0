import type { PostingFacts, Requirement } from '@/lib/schema';
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
    ['Employment', posting.employmentType ? EMPLOYMENT_LABELS[posting.employmentType] : null],
  ];
  facts.push(['Relocation', posting.relocation ? RELOCATION_LABELS[posting.relocation] : null]);
  facts.push(['Visa', posting.visaSponsorship ? VISA_LABELS[posting.visaSponsorship] : null]);
  return facts.filter((f): f is [string, string] => f[1] !== null);
}

const RELOCATION_LABELS: Record<NonNullable<PostingFacts['relocation']>, string> = {
  offered: 'Relocation support offered',
  not_offered: 'No relocation support',
};

const VISA_LABELS: Record<NonNullable<PostingFacts['visaSponsorship']>, string> = {
  offered: 'Visa sponsorship offered',
  not_offered: 'No visa sponsorship',
};

export const UNTITLED = 'Untitled posting';

export interface RequirementRow {
  requirement: Requirement;
  /** Position in the extraction, which fit items share. */
  index: number;
  /** A group of alternatives (`anyOf`) shown as one line: every member, this one first. */
  alternatives?: Requirement[];
}

export type RequirementGroupTitle = 'Required' | 'Preferred' | 'Mentioned in the role';

/** Alternatives' group id, for the kinds that have one. */
function groupOf(r: Requirement): string | undefined {
  return r.kind === 'skill' || r.kind === 'certification' || r.kind === 'license'
    ? r.anyOf
    : undefined;
}

function inDuties(r: Requirement): boolean {
  return (r.kind === 'skill' || r.kind === 'certification') && r.inDuties === true;
}

/**
 * Required, then preferred, then the tools only mentioned in the role's duties (not scored); empty
 * groups left out. Alternatives ("Salesforce or HubSpot") are one row, at their first member.
 */
export function requirementGroups(
  requirements: readonly Requirement[],
): { title: RequirementGroupTitle; rows: RequirementRow[] }[] {
  const rows: RequirementRow[] = [];
  const byGroup = new Map<string, RequirementRow>();
  for (const [index, requirement] of requirements.entries()) {
    const group = groupOf(requirement);
    const row = group === undefined ? undefined : byGroup.get(group);
    if (row) {
      row.alternatives?.push(requirement);
      continue;
    }
    const fresh: RequirementRow = { requirement, index };
    if (group !== undefined) {
      fresh.alternatives = [requirement];
      byGroup.set(group, fresh);
    }
    rows.push(fresh);
  }
  for (const row of rows)
    if (row.alternatives && row.alternatives.length < 2) delete row.alternatives;
  const asked = rows.filter((r) => !inDuties(r.requirement));
  return [
    { title: 'Required' as const, rows: asked.filter((r) => r.requirement.required) },
    { title: 'Preferred' as const, rows: asked.filter((r) => !r.requirement.required) },
    {
      title: 'Mentioned in the role' as const,
      rows: rows.filter((r) => inDuties(r.requirement)),
    },
  ].filter((g) => g.rows.length > 0);
}
