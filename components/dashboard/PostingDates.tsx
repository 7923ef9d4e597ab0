import { DATES_TEXT as T } from '@/components/text';
import type { PostingRow, StatusEvent } from '@/lib/schema';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * The dates a job seeker plans around. Interviews are the scheduled ones; without any, the day
 * the posting entered the interviewing stage (from the status history).
 */
export function PostingDates({ posting, events }: { posting: PostingRow; events: StatusEvent[] }) {
  const stage = events.find((e) => e.to === 'interviewing')?.at;
  const interviews: [string, string] =
    posting.interviews.length > 0
      ? [
          posting.interviews.length > 1 ? T.interviews : T.interview,
          posting.interviews.map((i) => day.format(i.at)).join(', '),
        ]
      : [T.interviewing, stage === undefined ? T.notYet : T.since(day.format(stage))];
  const rows: [string, string][] = [
    [T.firstSeen, day.format(posting.createdAt)],
    [T.saved, posting.savedAt === null ? T.notSaved : day.format(posting.savedAt)],
    [T.applied, posting.appliedAt === null ? T.notYet : day.format(posting.appliedAt)],
    interviews,
    [T.deadline, posting.deadline === null ? T.noDeadline : day.format(posting.deadline)],
  ];
  const overdue = posting.deadline !== null && posting.deadline < Date.now();
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>
            {value}
            {term === T.deadline && overdue && <span className="error">{T.passed}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
