import type { Extraction, FitReport, Note, PostingDetail, Requirement } from '@/lib/schema';
import { NOTE_MAX } from '@/lib/schema/limits';
import { useLazyModule } from '../lazyModule';
import { PostingFacts } from '../PostingFacts';
import { RequirementList } from '../RequirementList';
import type { TrackedStatus } from '../StatusSelect';
import { POPUP_TEXT as T } from '../text';
import { POPUP_LATER } from './later';
import { NoteBox } from './NoteBox';
import { SaveControls } from './SaveControls';
import { Section } from './Section';

/** The tracker's side of the panel, read from the database. */
export interface TrackedParts {
  posting: Pick<PostingDetail, 'status' | 'savedAt' | 'appliedAt'>;
  /** null when the user has no profile yet, or while the fit engine loads. */
  fit: FitReport | null;
  /** The user has no profile: the panel says how to set one up. */
  profileMissing: boolean;
  /** The posting's notes, oldest first (only their text shows here). */
  notes: readonly Pick<Note, 'text'>[];
  noteDraft: string;
  busy: boolean;
  onSave: () => void;
  onStatus: (status: TrackedStatus) => void;
  onHighlight: (requirement: Requirement) => void;
  onNoteDraft: (text: string) => void;
  onAddNote: (text: string) => void;
  onSetUpProfile: () => void;
}

export interface PostingPanelProps {
  /** Facts (with the page's own names filled in) and requirements, each quoting its evidence. */
  extraction: Extraction;
  /**
   * null on the first screen, painted from the tab's preview before the database has opened:
   * facts and requirements show, the controls follow a moment later.
   */
  tracked: TrackedParts | null;
  requirementsOpen: boolean;
  onToggleRequirements: () => void;
}

/** Requirements shown per group before "Show N more": the popup stays short. */
const FOLD_AFTER = 3;

/**
 * The current tab's posting, in the order a job seeker acts on it: what it is, Save and status,
 * a quick note, the fit at a glance, then the requirements grouped by kind.
 */
export function PostingPanel({
  extraction,
  tracked,
  requirementsOpen,
  onToggleRequirements,
}: PostingPanelProps) {
  const notes = tracked?.notes ?? [];
  // The fit shows with its words (loaded after the first screen, usually long before the fit).
  const fitParts = useLazyModule(POPUP_LATER.fit, Boolean(tracked?.fit));
  const fit = fitParts ? tracked?.fit : null;
  return (
    <article className="posting-panel" aria-busy={tracked === null}>
      <PostingFacts posting={extraction.posting} headingLevel={2} />
      {tracked ? (
        <>
          <SaveControls
            status={tracked.posting.status}
            savedAt={tracked.posting.savedAt}
            appliedAt={tracked.posting.appliedAt}
            busy={tracked.busy}
            onSave={tracked.onSave}
            onStatus={tracked.onStatus}
          />
          <NoteBox
            draft={tracked.noteDraft}
            onDraft={tracked.onNoteDraft}
            onAdd={tracked.onAddNote}
            lastNote={notes.at(-1)?.text ?? null}
            noteCount={notes.length}
            maxLength={NOTE_MAX}
          />
        </>
      ) : (
        // Holds the controls' place so nothing below moves when they arrive.
        <div className="save-controls save-pending" />
      )}
      {fit && fitParts && <fitParts.FitSummary report={fit} compact />}
      {tracked?.profileMissing && (
        <p className="notice">
          {T.setUpPrompt}{' '}
          <button type="button" className="link-button" onClick={tracked.onSetUpProfile}>
            {T.setUpProfile}
          </button>
        </p>
      )}
      <Section
        title={T.requirements(extraction.requirements.length)}
        open={requirementsOpen}
        onToggle={onToggleRequirements}
      >
        <p className="muted">{T.selectHint}</p>
        <RequirementList
          requirements={extraction.requirements}
          fit={fit?.items}
          fitReason={fitParts?.fitReason}
          headingLevel={3}
          onSelect={tracked?.onHighlight}
          foldAfter={FOLD_AFTER}
        />
      </Section>
    </article>
  );
}
