import type { FitItem, Requirement } from '@/lib/schema';
import { FitBadge } from './FitBadge';
import { type RequirementRow as Row, requirementGroups } from './postingDisplay';
import { describeRequirement, KIND_LABELS } from './requirementLabel';

export interface RequirementListProps {
  requirements: readonly Requirement[];
  /** Fit items in the same order as `requirements`; omitted when there is no profile. */
  fit?: readonly FitItem[] | null;
  /** Makes each row a button (the popup highlights the evidence on the page). */
  onSelect?: (requirement: Requirement, index: number) => void;
  /** Heading level of the Required / Preferred headings. */
  headingLevel?: 2 | 3 | 4;
}

export function RequirementList({
  requirements,
  fit,
  onSelect,
  headingLevel = 3,
}: RequirementListProps) {
  const groups = requirementGroups(requirements);

  if (groups.length === 0) {
    return <p className="req-empty">No requirements found in this posting.</p>;
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="req-list">
      {groups.map((group) => (
        <section key={group.title} aria-label={`${group.title} (${group.rows.length})`}>
          <Heading className="req-group-title">
            {group.title} <span className="req-count">({group.rows.length})</span>
          </Heading>
          <ul>
            {group.rows.map((row) => (
              <li key={row.index}>
                <RequirementRow row={row} fit={fit?.[row.index]} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function RequirementRow({
  row,
  fit,
  onSelect,
}: {
  row: Row;
  fit: FitItem | undefined;
  onSelect: RequirementListProps['onSelect'];
}) {
  const { requirement, index } = row;
  // Only phrasing content inside, so the same markup is valid within a button.
  const body = (
    <>
      <span className="req-head">
        <span className={`req-kind req-kind-${requirement.kind}`}>
          {KIND_LABELS[requirement.kind]}
        </span>
        <span className="req-item">{describeRequirement(requirement, row.alternatives)}</span>
        {fit && <FitBadge status={fit.status} />}
        {fit?.dealbreaker && <span className="dealbreaker-tag">Dealbreaker</span>}
      </span>
      {fit?.reason && <span className="req-reason">{fit.reason}</span>}
      {/* Evidence is page text: rendered as a text node, never parsed as HTML. */}
      <q className="req-evidence">{requirement.evidence.text}</q>
    </>
  );
  if (!onSelect) return <div className="req-row">{body}</div>;
  return (
    <button
      type="button"
      className="req-row"
      title="Show this sentence on the page"
      onClick={() => onSelect(requirement, index)}
    >
      {body}
    </button>
  );
}
