import type { FitReport } from '@/lib/schema';
import { FitBadge, fitIcon, fitLabel } from './FitBadge';
import { scoreText } from './scoreText';
import { FIT_TEXT as T } from './text';
import { fitReason, fitWhy } from './text/fit';

function counts(met: number, total: number, unknown: number): string {
  const known = total === 0 ? T.nothingToCompare : T.met(met, total);
  return unknown > 0 ? `${known} · ${T.unknown(unknown)}` : known;
}

export interface FitSummaryProps {
  report: FitReport;
  /**
   * The popup's size: the score with its one-line why, the dealbreakers, and each posting-level
   * check as a chip (its reason for screen readers and on hover). The counts are in the why.
   */
  compact?: boolean;
}

/** The fit at a glance: score, required and preferred counts, dealbreakers, posting-level checks. */
export function FitSummary({ report, compact }: FitSummaryProps) {
  if (compact) return <CompactFit report={report} />;
  return (
    <div className="fit-summary">
      <p className="fit-score">
        <strong>{scoreText(report.score)}</strong>
      </p>
      <p className="fit-why">{fitWhy(report.why)}</p>
      <dl className="fit-counts">
        <div>
          <dt>{T.required}</dt>
          <dd>{counts(report.requiredMet, report.requiredTotal, report.requiredUnknown)}</dd>
        </div>
        <div>
          <dt>{T.preferred}</dt>
          <dd>{counts(report.preferredMet, report.preferredTotal, report.preferredUnknown)}</dd>
        </div>
      </dl>
      <Dealbreakers reasons={report.dealbreakers.map(fitReason)} />
      {report.facts.length > 0 && (
        <ul className="fit-facts">
          {report.facts.map((fact) => (
            <li key={fact.topic} className="fit-fact">
              <span className="fit-fact-topic">{T.topics[fact.topic]}</span>
              <FitBadge status={fact.status} />
              <span className="fit-fact-reason">{fitReason(fact.reason)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Dealbreakers({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="dealbreakers">
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>
            <strong>{T.dealbreaker}</strong> {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function CompactFit({ report }: { report: FitReport }) {
  return (
    <div className="fit-summary fit-compact">
      <p className="fit-headline">
        <strong className="fit-score">{scoreText(report.score)}</strong>{' '}
        <span className="fit-why">{fitWhy(report.why)}</span>
      </p>
      <Dealbreakers reasons={report.dealbreakers.map(fitReason)} />
      {report.facts.length > 0 && (
        <ul className="fit-chips">
          {report.facts.map((fact) => (
            <li
              key={fact.topic}
              className={`fit-chip fit-${fact.status}`}
              title={fitReason(fact.reason)}
            >
              <span aria-hidden="true" className="fit-icon">
                {fitIcon(fact.status)}
              </span>
              {T.topics[fact.topic]}
              <span className="visually-hidden">{`: ${fitLabel(fact.status)}, ${fitReason(fact.reason)}`}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
