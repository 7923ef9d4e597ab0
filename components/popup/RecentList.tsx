import { RECENT_TEXT as T } from '@/components/text';
import type { PostingRow } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';
import { usePossibleDuplicates } from '../usePossibleDuplicates';

export interface RecentListProps {
  postings: readonly Pick<PostingRow, 'jobKey' | 'title' | 'company' | 'status'>[];
  onOpen: (jobKey: string) => void;
}

/** The last postings the user touched; each opens on the dashboard, marked when it looks doubled. */
export function RecentList({ postings, onOpen }: RecentListProps) {
  const duplicates = usePossibleDuplicates(postings.map((p) => p.jobKey));
  // The popup leaves out the posting it already shows.
  if (postings.length === 0) return <p className="muted">{T.none}</p>;
  return (
    <div className="recent">
      <ul>
        {postings.map((p) => (
          <li key={p.jobKey}>
            <button type="button" className="recent-item" onClick={() => onOpen(p.jobKey)}>
              <span className="recent-title">{p.title ?? T.untitled}</span>
              <span className="recent-meta">
                {[p.company, STATUS_LABELS[p.status]].filter(Boolean).join(' · ')}
                {duplicates.has(p.jobKey) && <span className="dup-tag">{T.duplicate}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
