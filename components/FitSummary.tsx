import type { FitReport, FitTopic } from '@/lib/schema';
import { FitBadge } from './FitBadge';
import { scoreText } from './scoreText';

const TOPIC_LABELS: Record<FitTopic, string> = {
  workplace: 'Work model',
  location: 'Location',
  salary: 'Salary',
  visa: 'Visa',
  employment: 'Employment',
};

function counts(met: number, total: number, unknown: number): string {
  const known = total === 0 ? 'nothing to compare' : `${met} of ${total} met`;
  return unknown > 0 ? `${known} · ${unknown} unknown` : known;
}

export interface FitSummaryProps {
  report: FitReport;
}

/** The fit at a glance: score, required and preferred counts, dealbreakers, posting-level checks. */
export function FitSummary({ report }: FitSummaryProps) {
  return (
    <div className="fit-summary">
      <p className="fit-score">
        <strong>{scoreText(report.score)}</strong>
      </p>
      <p className="fit-why">{report.why}</p>
      <dl className="fit-counts">
        <div>
          <dt>Required</dt>
          <dd>{counts(report.requiredMet, report.requiredTotal, report.requiredUnknown)}</dd>
        </div>
        <div>
          <dt>Preferred</dt>
          <dd>{counts(report.preferredMet, report.preferredTotal, report.preferredUnknown)}</dd>
        </div>
      </dl>
      {report.dealbreakers.length > 0 && (
        <div className="dealbreakers">
          <ul>
            {report.dealbreakers.map((reason) => (
              <li key={reason}>
                <strong>Dealbreaker:</strong> {reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.facts.length > 0 && (
        <ul className="fit-facts">
          {report.facts.map((fact) => (
            <li key={fact.topic} className="fit-fact">
              <span className="fit-fact-topic">{TOPIC_LABELS[fact.topic]}</span>
              <FitBadge status={fact.status} />
              <span className="fit-fact-reason">{fact.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
