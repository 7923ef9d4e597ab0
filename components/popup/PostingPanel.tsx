import type { Extraction, FitReport, Note, PostingDetail, Requirement } from '@/lib/schema';
import { NOTE_MAX } from '@/lib/schema';
import { FitSummary } from '../FitSummary';
import { PostingFacts } from '../PostingFacts';
import { RequirementList } from '../RequirementList';
import type { TrackedStatus } from '../StatusSelect';
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
  notes: readonly Note[];
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

/** The current tab's posting: facts, save and status, fit, requirements and a quick note. */
export function PostingPanel({
  extraction,
  tracked,
  requirementsOpen,
  onToggleRequirements,
}: PostingPanelProps) {
  const notes = tracked?.notes ?? [];
  return (
    <article className="posting-panel" aria-busy={tracked === null}>
      <PostingFacts posting={extraction.posting} headingLevel={2} />
      {tracked ? (
        <SaveControls
          status={tracked.posting.status}
          savedAt={tracked.posting.savedAt}
          appliedAt={tracked.posting.appliedAt}
          busy={tracked.busy}
          onSave={tracked.onSave}
          onStatus={tracked.onStatus}
        />
      ) : (
        // Holds the controls' place so nothing below moves when they arrive.
        <div className="save-controls save-pending" />
      )}
      {tracked?.fit && <FitSummary report={tracked.fit} />}
      {tracked?.profileMissing && (
        <p className="notice">
          Set up your profile to see how you fit each requirement.{' '}
          <button type="button" className="link-button" onClick={tracked.onSetUpProfile}>
            Set up profile
          </button>
        </p>
      )}
      <Section
        title={`Requirements (${extraction.requirements.length})`}
        open={requirementsOpen}
        onToggle={onToggleRequirements}
      >
        <p className="muted">Select a requirement to find its sentence on the page.</p>
        <RequirementList
          requirements={extraction.requirements}
          fit={tracked?.fit?.items}
          headingLevel={3}
          onSelect={tracked?.onHighlight}
        />
      </Section>
      {tracked && (
        <NoteBox
          draft={tracked.noteDraft}
          onDraft={tracked.onNoteDraft}
          onAdd={tracked.onAddNote}
          lastNote={notes.at(-1)?.text ?? null}
          noteCount={notes.length}
          maxLength={NOTE_MAX}
        />
      )}
    </article>
  );
}
