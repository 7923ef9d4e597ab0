import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { PostingPanel } from '@/components/popup/PostingPanel';
import { RecentList } from '@/components/popup/RecentList';
import { ScanPanel } from '@/components/popup/ScanPanel';
import { Section } from '@/components/popup/Section';
import type { TrackedStatus } from '@/components/StatusSelect';
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
import type { PostingDetail, Requirement } from '@/lib/schema';
import { usePopupStore } from './store';
import { canScan, highlightInTab, openDashboard, postingHash, scanTab } from './tab';
import { useCurrentTab } from './useCurrentTab';

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

export function App() {
  const current = useCurrentTab();
  const tab = current?.tab ?? null;
  const [scannedKey, setScannedKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ui = usePopupStore();

  const jobKey = scannedKey ?? current?.jobKey ?? null;
  const loaded = usePosting(jobKey);
  const posting = loaded?.posting ?? null;
  const profile = useLiveQuery(() => getProfile().catch(() => null), []);
  const notes = useLiveQuery(async () => (jobKey ? notesFor(jobKey) : []), [jobKey]) ?? [];
  const recent = useLiveQuery(() => recentPostings(RECENT_COUNT + 1), []) ?? [];

  // Until the tab and its posting are both known, the popup shows neither a posting nor the
  // scan offer (not a stale one either); the fit engine loads once one of them is painted.
  const loading = current === undefined || loaded?.jobKey !== jobKey;
  const checkFit = useCheckFit(!loading);
  const fit = useMemo(
    () => (posting && profile && checkFit ? checkFit(profile, posting.extraction) : null),
    [posting, profile, checkFit],
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
      (found) => setError(found ? null : 'That sentence is no longer on the page.'),
      () => setError('Reload the page to highlight its sentences.'),
    );
  };

  const onScan = () => {
    if (!tab) return;
    ui.setScan({ phase: 'scanning' });
    scanTab(tab.id).then(
      (outcome) => {
        setScannedKey(outcome.jobKey);
        if (outcome.jobKey) ui.setScan({ phase: 'idle' });
        else if (outcome.error) ui.setScan({ phase: 'error', message: outcome.error });
        else ui.setScan({ phase: 'none' });
      },
      (e: unknown) => ui.setScan({ phase: 'error', message: message(e) }),
    );
  };

  const shownError = error ?? loaded?.error ?? null;

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Reqlens</h1>
        <button type="button" onClick={() => openDashboard()}>
          Open dashboard
        </button>
      </header>
      {shownError && (
        <p role="alert" className="notice error">
          {shownError}
        </p>
      )}
      {loading ? (
        <p className="muted">Loading…</p>
      ) : posting && jobKey ? (
        <PostingPanel
          posting={posting}
          fit={fit}
          profileMissing={profile === null}
          notes={notes}
          noteDraft={ui.noteDrafts[jobKey] ?? ''}
          requirementsOpen={ui.openSections.requirements}
          busy={busy}
          onSave={() => act(() => savePosting(jobKey, Date.now()))}
          onStatus={(status: TrackedStatus) => act(() => setStatus(jobKey, status, Date.now()))}
          onHighlight={onHighlight}
          onNoteDraft={(text) => ui.setNoteDraft(jobKey, text)}
          onAddNote={(text) =>
            act(async () => {
              await addNote(jobKey, text, Date.now());
              ui.clearNoteDraft(jobKey);
            })
          }
          onToggleRequirements={() => ui.toggleSection('requirements')}
          onSetUpProfile={() => openDashboard('#/profile')}
        />
      ) : (
        <ScanPanel state={ui.scan} canScan={tab !== null && canScan(tab)} onScan={onScan} />
      )}
      <Section
        title="Recent postings"
        open={ui.openSections.recent}
        onToggle={() => ui.toggleSection('recent')}
      >
        <RecentList
          postings={recent.filter((p) => p.jobKey !== jobKey).slice(0, RECENT_COUNT)}
          onOpen={(key) => openDashboard(postingHash(key))}
        />
      </Section>
    </main>
  );
}
