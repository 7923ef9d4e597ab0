export type ScanState =
  | { phase: 'idle' }
  | { phase: 'scanning' }
  | { phase: 'none' }
  | { phase: 'error'; message: string };

export interface ScanPanelProps {
  state: ScanState;
  /** False on pages an extension may not read (browser pages, the web store). */
  canScan: boolean;
  onScan: () => void;
}

/** Shown when the current tab has no detected posting. */
export function ScanPanel({ state, canScan, onScan }: ScanPanelProps) {
  return (
    <section className="scan-panel" aria-labelledby="scan-title">
      <h2 id="scan-title">No job posting detected</h2>
      {canScan ? (
        <>
          <p>If this page shows a job, Reqlens can read it now.</p>
          <button
            type="button"
            className="primary"
            onClick={onScan}
            disabled={state.phase === 'scanning'}
          >
            Scan this page
          </button>
        </>
      ) : (
        <p>Reqlens cannot read this page. Open a job posting on a website to use it.</p>
      )}
      <p role="status" className="scan-status">
        {state.phase === 'scanning' && 'Scanning…'}
        {state.phase === 'none' && 'No job posting found on this page.'}
        {state.phase === 'error' && `Could not scan this page: ${state.message}`}
      </p>
    </section>
  );
}
