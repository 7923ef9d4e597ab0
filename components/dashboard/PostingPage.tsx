import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { getPosting, notesFor, postingHistory, setStatus } from '@/lib/db';
import { withPageFacts } from '@/lib/posting-facts';
import { FitSummary } from '../FitSummary';
import { PostingFacts } from '../PostingFacts';
import { RequirementList } from '../RequirementList';
import { STATUS_LABELS, StatusSelect } from '../StatusSelect';
import { ContactsPanel } from './ContactsPanel';
import { EditFacts } from './EditFacts';
import { InterviewsPanel } from './InterviewsPanel';
import { NotesPanel } from './NotesPanel';
import { PostingDates } from './PostingDates';
import { PostingText } from './PostingText';
import { ReminderPanel } from './ReminderPanel';
import { StatusHistory } from './StatusHistory';
import { useFitCache } from './useFitCache';
import { usePageFocus } from './usePageFocus';
import { WhatChanged } from './WhatChanged';

async function load(jobKey: string) {
  try {
    const [posting, events, notes] = await Promise.all([
      getPosting(jobKey),
      postingHistory(jobKey),
      notesFor(jobKey),
    ]);
    return { posting, events, notes };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** One posting: what it asks and how the user fits, its text, and the application's follow-up. */
export function PostingPage({ jobKey }: { jobKey: string }) {
  const data = useLiveQuery(() => load(jobKey), [jobKey]);
  const fit = useFitCache();
  const announce = useDashboard((s) => s.announce);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const posting = data && 'posting' in data ? data.posting : undefined;
  usePageFocus(posting?.title ?? 'Posting', headingRef);

  if (data === undefined) return <p>Loading…</p>;
  if ('error' in data) {
    return (
      <p className="notice error" role="alert">
        This posting could not be read: {data.error}
      </p>
    );
  }
  if (!posting) {
    return (
      <>
        <h1>Posting not found</h1>
        <p>
          It may have been deleted or merged. <a href="#/board">Back to the board</a>
        </p>
      </>
    );
  }
  const report = fit ? fit.report(posting) : null;

  return (
    <article aria-label={posting.title ?? 'Posting'}>
      <div className="panel">
        <PostingFacts
          posting={withPageFacts(posting.extraction.posting, posting)}
          headingLevel={1}
          headingRef={headingRef}
        />
        <EditFacts posting={posting} />
        <div className="row" style={{ marginTop: 12 }}>
          <StatusSelect
            value={posting.status}
            onChange={async (to) => {
              await setStatus(posting.jobKey, to, Date.now());
              announce(`Status changed to ${STATUS_LABELS[to]}.`);
            }}
          />
          {posting.url && (
            <span className="muted">
              Seen on <span>{posting.url}</span>
            </span>
          )}
        </div>
      </div>
      <div className="posting-layout">
        <div>
          <section className="panel" aria-labelledby="fit-heading">
            <h2 id="fit-heading">Requirements and fit</h2>
            {report ? (
              <FitSummary report={report} />
            ) : (
              <p className="muted">
                <a href="#/profile">Fill in your profile</a> to see how you fit each requirement.
              </p>
            )}
            <RequirementList
              requirements={posting.extraction.requirements}
              fit={report?.items ?? null}
            />
          </section>
          <WhatChanged versions={posting.versions} text={posting.text} />
          <PostingText text={posting.text} />
        </div>
        <div>
          <section className="panel" aria-labelledby="history-heading">
            <h2 id="history-heading">Status history</h2>
            <StatusHistory events={data.events} />
          </section>
          <section className="panel" aria-labelledby="dates-heading">
            <h2 id="dates-heading">Dates</h2>
            <PostingDates posting={posting} events={data.events} />
          </section>
          <div className="panel">
            <InterviewsPanel posting={posting} />
          </div>
          <div className="panel">
            <ReminderPanel
              key={posting.reminderAt ?? 'none'}
              jobKey={posting.jobKey}
              reminderAt={posting.reminderAt}
            />
          </div>
          <div className="panel">
            <NotesPanel jobKey={posting.jobKey} notes={data.notes} />
          </div>
          <div className="panel">
            <ContactsPanel jobKey={posting.jobKey} contacts={posting.contacts} />
          </div>
        </div>
      </div>
    </article>
  );
}
