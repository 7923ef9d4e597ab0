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
          posting.interviews.length > 1 ? 'Interviews' : 'Interview',
          posting.interviews.map((i) => day.format(i.at)).join(', '),
        ]
      : ['Interviewing', stage === undefined ? 'Not yet' : `Since ${day.format(stage)}`];
  const rows: [string, string][] = [
    ['First seen', day.format(posting.createdAt)],
    ['Saved', posting.savedAt === null ? 'Not saved' : day.format(posting.savedAt)],
    ['Applied', posting.appliedAt === null ? 'Not yet' : day.format(posting.appliedAt)],
    interviews,
    [
      'Deadline',
      posting.deadline === null ? 'Not given by the posting' : day.format(posting.deadline),
    ],
  ];
  const overdue = posting.deadline !== null && posting.deadline < Date.now();
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>
            {value}
            {term === 'Deadline' && overdue && <span className="error"> (passed)</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
