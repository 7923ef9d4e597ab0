import { EMPLOYMENT_LABELS, FACTS_TEXT as T, WORKPLACE_LABELS } from '@/components/text';
import type { PostingFacts, Requirement, RequirementKind } from '@/lib/schema';
import { employmentTypesOf } from '@/lib/schema/values';
import { formatSalary } from './formatSalary';

/**
 * What the posting views show, as plain data: shared by the React components and the popup's
 * first screen (painted before React loads), so both say the same thing.
 */

/** The facts a job seeker scans first, as [term, value]; missing facts are left out, not guessed. */
export function factRows(posting: PostingFacts, locale?: string): [string, string][] {
  const facts: [string, string | null][] = [
    [T.company, posting.company],
    [T.location, posting.locations.length > 0 ? posting.locations.join(' · ') : null],
    [T.workModel, posting.workplace ? WORKPLACE_LABELS[posting.workplace] : null],
    [T.salary, formatSalary(posting.salary, locale)],
    [T.employment, employmentText(posting)],
  ];
  facts.push([T.relocation, posting.relocation ? T.relocations[posting.relocation] : null]);
  facts.push([T.visa, posting.visaSponsorship ? T.visas[posting.visaSponsorship] : null]);
  return facts.filter((f): f is [string, string] => f[1] !== null);
}

/** "Full-time · Temporary": every type the posting states, or null when it states none. */
export function employmentText(posting: PostingFacts): string | null {
  const types = employmentTypesOf(posting);
  return types.length > 0 ? types.map((t) => EMPLOYMENT_LABELS[t]).join(' · ') : null;
}

export const UNTITLED = T.untitled;

export interface RequirementRow {
  requirement: Requirement;
  /** Position in the extraction, which fit items share. */
  index: number;
  /** A group of alternatives (`anyOf`) shown as one line: every member, this one first. */
  alternatives?: Requirement[];
}

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
 * One row per requirement, in the posting's order; alternatives ("Salesforce or HubSpot") are one
 * row, at their first member.
 */
export function requirementRows(requirements: readonly Requirement[]): RequirementRow[] {
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
  return rows;
}

/** A group of the list: one kind of requirement, or the tools only mentioned in the duties. */
export type RequirementGroupKey = RequirementKind | 'duties';

/** The order a job seeker reads them in: what they have done and know first, conditions last. */
const GROUP_ORDER: readonly RequirementGroupKey[] = [
  'experience',
  'education',
  'skill',
  'language',
  'certification',
  'license',
  'work_authorization',
  'clearance',
  'travel',
  'schedule',
  'duties',
];

/** Rows quoting the same sentence: the sentence is shown once, under all of them. */
export interface QuotedRows {
  evidence: string;
  rows: RequirementRow[];
}

export interface RequirementGroup {
  key: RequirementGroupKey;
  /** Every row of the group, sentence by sentence (in the order the sentences come). */
  rows: RequirementRow[];
}

/**
 * Requirements grouped by kind, then the tools only mentioned in the role's duties (not scored);
 * empty groups left out. Inside a group, the rows that quote one sentence are kept together, in
 * the order the sentences first come, so `quotedRows` can show each sentence once.
 */
export function requirementGroups(requirements: readonly Requirement[]): RequirementGroup[] {
  const byKey = new Map<RequirementGroupKey, RequirementRow[]>();
  for (const row of requirementRows(requirements)) {
    const key = inDuties(row.requirement) ? 'duties' : row.requirement.kind;
    const rows = byKey.get(key) ?? [];
    rows.push(row);
    byKey.set(key, rows);
  }
  return GROUP_ORDER.flatMap((key) => {
    const rows = byKey.get(key);
    return rows ? [{ key, rows: quotedRows(rows).flatMap((q) => q.rows) }] : [];
  });
}

/** Rows gathered by the sentence they quote, in the order the sentences first come. */
export function quotedRows(rows: readonly RequirementRow[]): QuotedRows[] {
  const bySentence = new Map<string, QuotedRows>();
  for (const row of rows) {
    const evidence = row.requirement.evidence.text;
    const quoted = bySentence.get(evidence);
    if (quoted) quoted.rows.push(row);
    else bySentence.set(evidence, { evidence, rows: [row] });
  }
  return [...bySentence.values()];
}
