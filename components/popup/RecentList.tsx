import type { PostingRow } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';

export interface RecentListProps {
  postings: readonly Pick<PostingRow, 'jobKey' | 'title' | 'company' | 'status'>[];
  onOpen: (jobKey: string) => void;
}

/** The last postings the user touched; each opens on the dashboard. */
export function RecentList({ postings, onOpen }: RecentListProps) {
  // The popup leaves out the posting it already shows.
  if (postings.length === 0) return <p className="muted">No other postings yet.</p>;
  return (
    <div className="recent">
      <ul>
        {postings.map((p) => (
          <li key={p.jobKey}>
            <button type="button" className="recent-item" onClick={() => onOpen(p.jobKey)}>
              <span className="recent-title">{p.title ?? 'Untitled posting'}</span>
              <span className="recent-meta">
                {[p.company, STATUS_LABELS[p.status]].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
