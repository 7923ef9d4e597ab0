import { useEffect, useState } from 'react';
import { loadPopupLater } from '@/components/popup/later';
import { PostingPanel, type TrackedParts } from '@/components/popup/PostingPanel';
import { ScanPanel } from '@/components/popup/ScanPanel';
import type { TrackedStatus } from '@/components/StatusSelect';
import { POPUP_TEXT as T } from '@/components/text';
import type { QuickTracked } from '@/lib/db/quick';
import type { Requirement } from '@/lib/schema/extraction';
import type { ManualPostingInput } from '@/lib/schema/manual';
import type { LiveView, TrackerActions } from './LivePopup';
import { usePopupStore } from './store';
import { canScan, openDashboard } from './tab';
import { type CurrentTab, useCurrentTab } from './useCurrentTab';

type LiveModule = typeof import('./LivePopup');

let loading: Promise<LiveModule> | undefined;
let loaded: LiveModule['LivePopup'] | null = null;

/**
 * Loads the popup's database side (Dexie, zod, live queries, the writes), once. The first screen
 * paints without it; it starts loading after that paint, or on the first write.
 */
export function loadLivePopup(): Promise<LiveModule> {
  loading ??= import('./LivePopup').then((m) => {
    loaded = m.LivePopup;
    // Then what the first screen left out: the fit's display and the job form (later.ts).
    loadPopupLater().catch((error: unknown) =>
      console.error('Reqlens could not load the popup’s later parts', error),
    );
    return m;
  });
  return loading;
}

/**
 * The popup's database side once loaded, null before: the first screen does not wait for it. Not
 * React.lazy: Suspense holds content that resolves soon after its fallback for up to 300 ms, to
 * avoid flicker, and here the first screen's data is meant to be replaced as soon as the database
 * answers.
 */
function useLivePopup(): LiveModule['LivePopup'] | null {
  const [live, setLive] = useState<LiveModule['LivePopup'] | null>(() => loaded);
  useEffect(() => {
    if (live) return;
    let mounted = true;
    loadLivePopup().then(
      (m) => mounted && setLive(() => m.LivePopup),
      (error: unknown) => console.error('Reqlens could not load the popup', error),
    );
    return () => {
      mounted = false;
    };
  }, [live]);
  return live;
}

const actions = () => import('./actions');

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface AppProps {
  /** The tab and its posting, when the entry point has read them already. */
  initial?: CurrentTab;
  /**
   * The tracker state of `initial`'s posting, read before the database module loads: the first
   * screen shows the posting's controls with it. null when it could not be read that way.
   */
  quick?: QuickTracked | null;
}

export function App({ initial, quick = null }: AppProps) {
  const current = useCurrentTab(initial);
  const LivePopup = useLivePopup();
  const tab = current?.tab ?? null;
  const [scannedKey, setScannedKey] = useState<string | null>(null);
  const ui = usePopupStore();

  const jobKey = scannedKey ?? current?.jobKey ?? null;
  const preview = current?.jobKey === jobKey ? (current?.preview ?? null) : null;

  const onScan = () => {
    if (!tab) return;
    ui.setScan({ phase: 'scanning' });
    actions()
      .then((m) => m.scanTab(tab.id))
      .then(
        (outcome) => {
          setScannedKey(outcome.jobKey);
          if (outcome.jobKey) ui.setScan({ phase: 'idle' });
          else if (outcome.error) ui.setScan({ phase: 'error', message: outcome.error });
          // Nothing readable: the user said this is a job, so offer to save the page anyway.
          else ui.setScan({ phase: 'offer', offer: outcome.offer });
        },
        (e: unknown) => ui.setScan({ phase: 'error', message: message(e) }),
      );
  };

  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const onSaveJob = (entry: ManualPostingInput) => {
    const fromPage = ui.scan.phase === 'offer';
    setSaving(true);
    setSaveError(null);
    actions()
      .then((m) => m.saveJob(entry, fromPage ? tab : null))
      .then(
        (jobKey) => {
          setScannedKey(jobKey);
          ui.setScan({ phase: 'idle' });
        },
        (e: unknown) => setSaveError(message(e)),
      )
      .finally(() => setSaving(false));
  };

  // The tracker's writes, the same on the first screen and once the database side has loaded.
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Runs a write; a failure is shown instead of being lost with the popup. */
  const act = (write: (live: LiveModule) => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    loadLivePopup()
      .then(write)
      .catch((e: unknown) => setError(message(e)))
      .finally(() => setBusy(false));
  };
  const onHighlight = (requirement: Requirement) => {
    if (!tab) return;
    actions()
      .then((m) => m.highlightInTab(tab.id, requirement.evidence.text))
      .then(
        (found) => setError(found ? null : T.sentenceGone),
        () => setError(T.reloadToHighlight),
      );
  };
  const tracker: TrackerActions | null = jobKey
    ? {
        busy,
        noteDraft: ui.noteDrafts[jobKey] ?? '',
        onSave: () => act((m) => m.savePosting(jobKey, Date.now())),
        onStatus: (status: TrackedStatus) => act((m) => m.setStatus(jobKey, status, Date.now())),
        onHighlight,
        onNoteDraft: (text) => ui.setNoteDraft(jobKey, text),
        onAddNote: (text) =>
          act(async (m) => {
            await m.addNote(jobKey, text, Date.now());
            ui.clearNoteDraft(jobKey);
          }),
        onSetUpProfile: () => openDashboard('#/profile'),
      }
    : null;
  // The controls of the first screen: what the entry point read of the posting's row, as long
  // as the popup still shows that posting.
  const first = quick && jobKey && jobKey === initial?.jobKey ? quick : null;
  const firstTracked: TrackedParts | null =
    first && tracker
      ? {
          posting: first,
          fit: null,
          profileMissing: !first.hasProfile,
          notes: first.notes.map((text) => ({ text })),
          ...tracker,
        }
      : null;

  const scanPanel = (
    <ScanPanel
      state={ui.scan}
      canScan={tab !== null && canScan(tab)}
      pageUrl={tab?.url ?? null}
      onScan={onScan}
      onAddByHand={() => ui.setScan({ phase: 'manual' })}
      onSaveJob={onSaveJob}
      onCancel={() => ui.setScan({ phase: 'idle' })}
      saving={saving}
      saveError={saveError}
    />
  );
  const loadingLine = <p className="muted">{T.loading}</p>;
  // Once the database side has answered for this posting, the panel shows its answer instead.
  const [view, setView] = useState<LiveView | null>(null);
  const live = view && view.jobKey === jobKey ? view : null;
  const shownError = error ?? live?.error ?? null;
  const liveTracked: TrackedParts | null =
    live?.posting && tracker
      ? {
          posting: live.posting,
          fit: live.fit,
          profileMissing: live.profileMissing,
          notes: live.notes,
          ...tracker,
        }
      : null;

  // The panel's data: the database's answer once it has come, before that the first screen's
  // (the tab's preview and the row read before the database module).
  const shown = live
    ? live.extraction && { extraction: live.extraction, tracked: liveTracked }
    : preview && { extraction: preview, tracked: firstTracked };
  // One panel element in one place whichever read it shows: when the database's answer replaces
  // the first screen's, React updates that panel (a focused note box keeps its focus and caret).
  const body = shown ? (
    <PostingPanel
      extraction={shown.extraction}
      tracked={shown.tracked}
      requirementsOpen={ui.openSections.requirements}
      onToggleRequirements={() => ui.toggleSection('requirements')}
    />
  ) : jobKey && !live ? (
    loadingLine
  ) : (
    scanPanel
  );

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{T.brand}</h1>
        <button type="button" onClick={() => openDashboard()}>
          {T.openDashboard}
        </button>
      </header>
      {shownError && (
        <p role="alert" className="notice error">
          {shownError}
        </p>
      )}
      {current === undefined ? loadingLine : body}
      {current !== undefined && LivePopup && <LivePopup jobKey={jobKey} onView={setView} />}
    </main>
  );
}
