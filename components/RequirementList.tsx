import { useState } from 'react';
import type { FitItem, Requirement } from '@/lib/schema';
import { FitBadge } from './FitBadge';
import {
  quotedRows,
  type RequirementGroup,
  type RequirementRow as Row,
  requirementGroups,
} from './postingDisplay';
import { describeRequirement } from './requirementLabel';
import { REQUIREMENT_TEXT as T } from './text';

const GAPS: ReadonlySet<FitItem['status']> = new Set(['partial', 'unmet']);

export interface RequirementListProps {
  requirements: readonly Requirement[];
  /** Fit items in the same order as `requirements`; omitted when there is no profile. */
  fit?: readonly FitItem[] | null;
  /**
   * Writes why an item falls short (text/fit's `fitReason`), shown beside its badge. Passed in, so
   * that the popup's first script goes without the fit wording (it comes with the fit).
   */
  fitReason?: (reason: FitItem['reason']) => string;
  /** Makes each item a button (the popup highlights the evidence on the page). */
  onSelect?: (requirement: Requirement, index: number) => void;
  /** Heading level of the group headings (Experience, Skills…). */
  headingLevel?: 2 | 3 | 4;
  /** Items shown per group before a "Show N more" button; every item when omitted. */
  foldAfter?: number;
}

/**
 * Requirements grouped by kind. Items quoting one sentence are listed together with the sentence
 * quoted once under them; a preferred item says so; fit badges sit in a column of their own.
 */
export function RequirementList({
  requirements,
  fit,
  fitReason,
  onSelect,
  headingLevel = 3,
  foldAfter,
}: RequirementListProps) {
  const groups = requirementGroups(requirements);
  if (groups.length === 0) {
    return <p className="req-empty">{T.none}</p>;
  }
  return (
    <div className="req-list">
      {groups.map((group) => (
        <Group
          key={group.key}
          group={group}
          fit={fit}
          fitReason={fitReason}
          onSelect={onSelect}
          headingLevel={headingLevel}
          foldAfter={foldAfter}
        />
      ))}
    </div>
  );
}

interface GroupProps
  extends Pick<RequirementListProps, 'fit' | 'fitReason' | 'onSelect' | 'foldAfter'> {
  group: RequirementGroup;
  headingLevel: 2 | 3 | 4;
}

function Group({ group, fit, fitReason, onSelect, headingLevel, foldAfter }: GroupProps) {
  const [unfolded, setUnfolded] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const title = T.groups[group.key];
  const total = group.rows.length;
  // A fold that would hide a single item hides nothing worth a button.
  const folds = foldAfter !== undefined && total > foldAfter + 1;
  const shown = folds && !unfolded ? group.rows.slice(0, foldAfter) : group.rows;
  return (
    <section className="req-group" aria-label={`${title} (${total})`}>
      <Heading className="req-group-title">
        {title} <span className="req-count">({total})</span>
      </Heading>
      <ul className="req-quotes">
        {quotedRows(shown).map((quoted) => (
          <li key={quoted.rows[0]?.index} className="req-quote">
            <ul className="req-items">
              {quoted.rows.map((row) => (
                <li key={row.index}>
                  <RequirementRow
                    row={row}
                    fit={fit?.[row.index]}
                    fitReason={fitReason}
                    onSelect={onSelect}
                    // Tools of the duties are not asked for: neither required nor preferred.
                    tagPreferred={group.key !== 'duties'}
                  />
                </li>
              ))}
            </ul>
            <Quote quoted={quoted} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {folds && (
        <button
          type="button"
          className="req-fold"
          aria-expanded={unfolded}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? T.showFewer : T.showMore(total - shown.length)}
        </button>
      )}
    </section>
  );
}

/**
 * The sentence, once for its items. With `onSelect` it can be clicked too (it finds the sentence,
 * as its items do); the keyboard reaches the same sentence through the items, so it is no tab stop.
 */
function Quote({ quoted, onSelect }: { quoted: QuotedRows; onSelect: GroupProps['onSelect'] }) {
  // Evidence is page text: rendered as a text node, never parsed as HTML.
  const sentence = <q className="req-evidence">{quoted.evidence}</q>;
  const first = quoted.rows[0];
  if (!onSelect || !first) return sentence;
  return (
    <button
      type="button"
      tabIndex={-1}
      className="req-quote-button"
      title={T.showOnPage}
      onClick={() => onSelect(first.requirement, first.index)}
    >
      {sentence}
    </button>
  );
}

function RequirementRow({
  row,
  fit,
  fitReason,
  onSelect,
  tagPreferred,
}: {
  row: Row;
  fit: FitItem | undefined;
  fitReason: RequirementListProps['fitReason'];
  onSelect: RequirementListProps['onSelect'];
  tagPreferred: boolean;
}) {
  const { requirement, index } = row;
  // Only phrasing content inside, so the same markup is valid within a button.
  const body = (
    <>
      <span className="req-head">
        <span className="req-item">{describeRequirement(requirement, row.alternatives)}</span>
        {tagPreferred && !requirement.required && <span className="req-tag">{T.preferred}</span>}
        {fit?.dealbreaker && <span className="dealbreaker-tag">{T.dealbreaker}</span>}
      </span>
      {fit && <FitBadge status={fit.status} />}
      {/* The gaps say why; a met or unknown item's badge says enough. */}
      {fit && fitReason && GAPS.has(fit.status) && (
        <span className="req-reason">{fitReason(fit.reason)}</span>
      )}
    </>
  );
  if (!onSelect) return <div className="req-row">{body}</div>;
  return (
    <button
      type="button"
      className="req-row"
      title={T.showOnPage}
      onClick={() => onSelect(requirement, index)}
    >
      {body}
    </button>
  );
}
