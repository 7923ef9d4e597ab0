import type { PostingRow, StatusEvent } from '@/lib/schema';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The dates a job seeker plans around; interviews come from the status history. */
export function PostingDates({ posting, events }: { posting: PostingRow; events: StatusEvent[] }) {
  const interviews = events.filter((e) => e.to === 'interviewing').map((e) => e.at);
  const rows: [string, string][] = [
    ['First seen', day.format(posting.createdAt)],
    ['Saved', posting.savedAt === null ? 'Not saved' : day.format(posting.savedAt)],
    ['Applied', posting.appliedAt === null ? 'Not yet' : day.format(posting.appliedAt)],
    [
      interviews.length > 1 ? 'Interviews' : 'Interviewing',
      interviews.length ? interviews.map((t) => day.format(t)).join(', ') : 'Not yet',
    ],
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
