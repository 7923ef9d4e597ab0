import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useMemo, useState } from 'react';
import { PostingPanel } from '@/components/popup/PostingPanel';
import { RecentList } from '@/components/popup/RecentList';
import { Section } from '@/components/popup/Section';
import type { TrackedStatus } from '@/components/StatusSelect';
import { POPUP_TEXT as T } from '@/components/text';
import { useCheckFit } from '@/components/useCheckFit';
import {
  addNote,
  getPosting,
  getProfile,
  notesFor,
  recentPostings,
  savePosting,
  setStatus,
} from '@/lib/db';
import { withPageFacts } from '@/lib/posting-facts';
import type { PostingDetail, Requirement } from '@/lib/schema';
import { usePopupStore } from './store';
import { type ActiveTab, highlightInTab, openDashboard, postingHash } from './tab';

const RECENT_COUNT = 5;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Loaded {
  /** The key this answer is for: a live query keeps its last answer while the key changes. */
  jobKey: string | null;
  posting: PostingDetail | null;
  /** Why a stored posting could not be read (a damaged row), shown rather than thrown. */
  error: string | null;
}

/** Reads one posting by primary key, live: undefined while loading. */
function usePosting(jobKey: string | null): Loaded | undefined {
  return useLiveQuery(async (): Promise<Loaded> => {
    if (!jobKey) return { jobKey, posting: null, error: null };
    try {
      return { jobKey, posting: (await getPosting(jobKey)) ?? null, error: null };
    } catch (e) {
      return { jobKey, posting: null, error: message(e) };
    }
  }, [jobKey]);
}

export interface LivePopupProps {
  tab: ActiveTab | null;
  jobKey: string | null;
  /** Shown until the database answers: the posting from the tab's preview, or a loading line. */
  firstScreen: ReactNode;
  /** Shown when the tab has no stored posting. */
  scanPanel: ReactNode;
}

/**
 * The popup's database side (loaded after the first screen): the stored posting with its
 * tracker controls, fit and notes, and the recent postings.
 */
export function LivePopup({ tab, jobKey, firstScreen, scanPanel }: LivePopupProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ui = usePopupStore();

  const loaded = usePosting(jobKey);
  const posting = loaded?.posting ?? null;
  const profile = useLiveQuery(() => getProfile().catch(() => null), []);
  const notes = useLiveQuery(async () => (jobKey ? notesFor(jobKey) : []), [jobKey]) ?? [];
  const recent = useLiveQuery(() => recentPostings(RECENT_COUNT + 1), []) ?? [];

  const loading = loaded?.jobKey !== jobKey;
  const checkFit = useCheckFit(!loading);
  const fit = useMemo(
    () => (posting && profile && checkFit ? checkFit(profile, posting.extraction) : null),
    [posting, profile, checkFit],
  );
  const extraction = useMemo(
    () =>
      posting && {
        posting: withPageFacts(posting.extraction.posting, posting),
        requirements: posting.extraction.requirements,
      },
    [posting],
  );

  /** Runs a write; a failure is shown instead of being lost with the popup. */
  const act = (write: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    write()
      .catch((e: unknown) => setError(message(e)))
      .finally(() => setBusy(false));
  };

  const onHighlight = (requirement: Requirement) => {
    if (!tab) return;
    highlightInTab(tab.id, requirement.evidence.text).then(
      (found) => setError(found ? null : T.sentenceGone),
      () => setError(T.reloadToHighlight),
    );
  };

  const shownError = error ?? loaded?.error ?? null;

  return (
    <>
      {shownError && (
        <p role="alert" className="notice error">
          {shownError}
        </p>
      )}
      {loading ? (
        firstScreen
      ) : posting && extraction && jobKey ? (
        <PostingPanel
          extraction={extraction}
          requirementsOpen={ui.openSections.requirements}
          onToggleRequirements={() => ui.toggleSection('requirements')}
          tracked={{
            posting,
            fit,
            profileMissing: profile === null,
            notes,
            noteDraft: ui.noteDrafts[jobKey] ?? '',
            busy,
            onSave: () => act(() => savePosting(jobKey, Date.now())),
            onStatus: (status: TrackedStatus) => act(() => setStatus(jobKey, status, Date.now())),
            onHighlight,
            onNoteDraft: (text) => ui.setNoteDraft(jobKey, text),
            onAddNote: (text) =>
              act(async () => {
                await addNote(jobKey, text, Date.now());
                ui.clearNoteDraft(jobKey);
              }),
            onSetUpProfile: () => openDashboard('#/profile'),
          }}
        />
      ) : (
        scanPanel
      )}
      <Section
        title={T.recent}
        open={ui.openSections.recent}
        onToggle={() => ui.toggleSection('recent')}
      >
        <RecentList
          postings={recent.filter((p) => p.jobKey !== jobKey).slice(0, RECENT_COUNT)}
          onOpen={(key) => openDashboard(postingHash(key))}
        />
      </Section>
    </>
  );
}
