import { useEffect, useState } from 'react';
import { PostingPanel } from '@/components/popup/PostingPanel';
import { ScanPanel } from '@/components/popup/ScanPanel';
import { POPUP_TEXT as T } from '@/components/text';
import type { ManualPostingInput } from '@/lib/schema/manual';
import { usePopupStore } from './store';
import { canScan, openDashboard, saveJob, scanTab } from './tab';
import { type CurrentTab, useCurrentTab } from './useCurrentTab';

type LiveModule = typeof import('./LivePopup');

let loading: Promise<LiveModule> | undefined;
let loaded: LiveModule['LivePopup'] | null = null;

/**
 * Starts loading the popup's database side (Dexie, the tracker controls), once: the entry point
 * calls it before the first render so the two load side by side.
 */
export function loadLivePopup(): Promise<LiveModule> {
  loading ??= import('./LivePopup').then((m) => {
    loaded = m.LivePopup;
    return m;
  });
  return loading;
}

/**
 * The popup's database side once loaded, null before: the first screen does not wait for it. Not
 * React.lazy: Suspense holds content that resolves soon after its fallback for up to 300 ms, to
 * avoid flicker, and here the first screen is meant to be replaced as soon as the database answers.
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

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface AppProps {
  /** The tab and its posting, when the entry point has read them already. */
  initial?: CurrentTab;
}

export function App({ initial }: AppProps) {
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
    scanTab(tab.id).then(
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
    saveJob(entry, fromPage ? tab : null)
      .then(
        (jobKey) => {
          setScannedKey(jobKey);
          ui.setScan({ phase: 'idle' });
        },
        (e: unknown) => setSaveError(message(e)),
      )
      .finally(() => setSaving(false));
  };

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
  const firstScreen = preview ? (
    <PostingPanel
      extraction={preview}
      tracked={null}
      requirementsOpen={ui.openSections.requirements}
      onToggleRequirements={() => ui.toggleSection('requirements')}
    />
  ) : jobKey ? (
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
      {current === undefined ? (
        loadingLine
      ) : LivePopup ? (
        <LivePopup tab={tab} jobKey={jobKey} firstScreen={firstScreen} scanPanel={scanPanel} />
      ) : (
        firstScreen
      )}
    </main>
  );
}
