import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { POSTING_TEXT as T } from '@/components/text';
import { fitReason } from '@/components/text/fit';
import { getPosting, notesFor, postingHistory, setStatus } from '@/lib/db';
import { siteName } from '@/lib/detect/sites/names';
import { withPageFacts } from '@/lib/posting-facts';
import type { Evidence } from '@/lib/schema';
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

/** The address to open, when it is a web page: never a `javascript:` or extension URL. */
export function openableUrl(...candidates: string[]): string | null {
  for (const candidate of candidates) {
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not an absolute URL (a job added by hand has none): try the next one.
    }
  }
  return null;
}

/** One posting: what it asks and how the user fits, its text, and the application's follow-up. */
export function PostingPage({ jobKey }: { jobKey: string }) {
  const data = useLiveQuery(() => load(jobKey), [jobKey]);
  const fit = useFitCache();
  const announce = useDashboard((s) => s.announce);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [highlight, setHighlight] = useState<{ evidence: Evidence; seq: number } | null>(null);
  const posting = data && 'posting' in data ? data.posting : undefined;
  usePageFocus(posting?.title ?? T.fallbackTitle, headingRef, data !== undefined);

  if (data === undefined) return <p>{T.loading}</p>;
  if ('error' in data) {
    return (
      <p className="notice error" role="alert">
        {T.unreadable} {data.error}
      </p>
    );
  }
  if (!posting) {
    return (
      <>
        <h1>{T.notFound}</h1>
        <p>
          {T.notFoundHint} <a href="#/board">{T.backToBoard}</a>
        </p>
      </>
    );
  }
  const report = fit ? fit.report(posting) : null;
  const openUrl = openableUrl(posting.canonicalUrl, posting.url);

  return (
    <article aria-label={posting.title ?? T.fallbackTitle}>
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
              announce(T.statusChanged(STATUS_LABELS[to]));
            }}
          />
          {openUrl && (
            <a
              className="button"
              href={openUrl}
              target="_blank"
              rel="noopener noreferrer"
              title={T.openHint}
            >
              {T.open}
            </a>
          )}
          <span className="muted">
            {T.seenOn} {siteName(posting.site)}
          </span>
        </div>
      </div>
      <div className="posting-layout">
        <div>
          <section className="panel" aria-labelledby="fit-heading">
            <h2 id="fit-heading">{T.fitHeading}</h2>
            {report ? (
              <FitSummary report={report} />
            ) : (
              <p className="muted">
                <a href="#/profile">{T.fillProfile}</a> {T.fillProfileRest}
              </p>
            )}
            {posting.extraction.requirements.length > 0 && <p className="hint">{T.selectHint}</p>}
            <RequirementList
              requirements={posting.extraction.requirements}
              fit={report?.items ?? null}
              fitReason={fitReason}
              onSelect={(requirement) =>
                setHighlight((h) => ({ evidence: requirement.evidence, seq: (h?.seq ?? 0) + 1 }))
              }
            />
          </section>
          <WhatChanged versions={posting.versions} text={posting.text} />
          <PostingText text={posting.text} highlight={highlight} />
        </div>
        <div>
          <section className="panel" aria-labelledby="history-heading">
            <h2 id="history-heading">{T.historyHeading}</h2>
            <StatusHistory events={data.events} />
          </section>
          <section className="panel" aria-labelledby="dates-heading">
            <h2 id="dates-heading">{T.datesHeading}</h2>
            <PostingDates posting={posting} events={data.events} />
          </section>
          <div className="panel">
            <InterviewsPanel posting={posting} />
          </div>
          <div className="panel">
            <ReminderPanel jobKey={posting.jobKey} reminderAt={posting.reminderAt} />
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
