import { SCAN_TEXT as T } from '@/components/text';
import type { ManualPostingInput, PageOffer } from '@/lib/schema/manual';
import type { JobFormValues } from '../JobForm';
import { useLazyModule } from '../lazyModule';
import { POPUP_LATER } from './later';

export type ScanState =
  | { phase: 'idle' }
  | { phase: 'scanning' }
  /** The scan found no posting text: offer to save the page with pasted text. */
  | { phase: 'offer'; offer: PageOffer | null }
  /** The user chose to type a job in. */
  | { phase: 'manual' }
  | { phase: 'error'; message: string };

export interface ScanPanelProps {
  state: ScanState;
  /** False on pages an extension may not read (browser pages, the web store). */
  canScan: boolean;
  /** The tab's address when the browser tells it: the form starts with it. */
  pageUrl: string | null;
  onScan: () => void;
  onAddByHand: () => void;
  onSaveJob: (entry: ManualPostingInput) => void;
  onCancel: () => void;
  /** A save is under way, and why the last one failed. */
  saving: boolean;
  saveError: string | null;
}

const webUrl = (url: string | null) => (url && /^https?:/i.test(url) ? url : '');

const fromOffer = (
  empty: JobFormValues,
  offer: PageOffer | null,
  pageUrl: string | null,
): JobFormValues => ({
  ...empty,
  title: offer?.title ?? '',
  company: offer?.company ?? '',
  location: offer?.location ?? '',
  url: webUrl(offer?.url ?? pageUrl),
});

/**
 * Shown when the current tab has no detected posting. Never a dead end: a scan either finds the
 * posting or leads to saving the page anyway, and a job can always be typed in by hand.
 */
export function ScanPanel(props: ScanPanelProps) {
  const { state, canScan, pageUrl, saving, saveError } = props;
  const formShown = state.phase === 'offer' || state.phase === 'manual';
  // The form is not in the first screen's script: loaded after it painted, or here when asked.
  const form = useLazyModule(POPUP_LATER.jobForm, formShown);
  if (state.phase === 'offer' || state.phase === 'manual') {
    const offered = state.phase === 'offer';
    return (
      <section className="scan-panel" aria-labelledby="scan-title">
        <h2 id="scan-title">{offered ? T.offerHeading : T.manualHeading}</h2>
        {offered && <p>{T.offer}</p>}
        {form && (
          <form.JobForm
            initial={offered ? fromOffer(form.EMPTY_JOB, state.offer, pageUrl) : form.EMPTY_JOB}
            submitLabel={offered ? T.savePage : T.saveJob}
            busy={saving}
            error={saveError}
            onSubmit={props.onSaveJob}
            onCancel={props.onCancel}
            compact
          />
        )}
      </section>
    );
  }
  return (
    <section className="scan-panel" aria-labelledby="scan-title">
      <h2 id="scan-title">{T.heading}</h2>
      {canScan ? (
        <>
          <p>{T.canScan}</p>
          <button
            type="button"
            className="primary"
            onClick={props.onScan}
            disabled={state.phase === 'scanning'}
          >
            {T.scan}
          </button>
        </>
      ) : (
        <p>{T.cannotScan}</p>
      )}
      <button type="button" className="link-button" onClick={props.onAddByHand}>
        {T.addByHand}
      </button>
      <p role="status" className="scan-status">
        {state.phase === 'scanning' && T.scanning}
        {state.phase === 'error' && `${T.failed} ${state.message}`}
      </p>
    </section>
  );
}
