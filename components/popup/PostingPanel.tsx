import type {
  PostingFacts as Facts,
  FitReport,
  Note,
  PostingDetail,
  PostingRow,
  Requirement,
} from '@/lib/schema';
import { NOTE_MAX } from '@/lib/schema';
import { FitSummary } from '../FitSummary';
import { PostingFacts } from '../PostingFacts';
import { RequirementList } from '../RequirementList';
import type { TrackedStatus } from '../StatusSelect';
import { NoteBox } from './NoteBox';
import { SaveControls } from './SaveControls';
import { Section } from './Section';

/** The page's own title/company/location fill what the engine could not read from the text. */
export function postingFacts(row: PostingRow): Facts {
  const facts = row.extraction.posting;
  return {
    ...facts,
    title: facts.title ?? row.title,
    company: facts.company ?? row.company,
    locations: facts.locations.length > 0 ? facts.locations : row.location ? [row.location] : [],
  };
}

export interface PostingPanelProps {
  /** With the full extraction: each requirement quotes its evidence sentence. */
  posting: PostingDetail;
  /** null when the user has no profile yet, or while the fit engine loads. */
  fit: FitReport | null;
  /** The user has no profile: the panel says how to set one up. */
  profileMissing: boolean;
  notes: readonly Note[];
  noteDraft: string;
  requirementsOpen: boolean;
  busy: boolean;
  onSave: () => void;
  onStatus: (status: TrackedStatus) => void;
  onHighlight: (requirement: Requirement) => void;
  onNoteDraft: (text: string) => void;
  onAddNote: (text: string) => void;
  onToggleRequirements: () => void;
  onSetUpProfile: () => void;
}

/** The current tab's posting: facts, save and status, fit, requirements and a quick note. */
export function PostingPanel(props: PostingPanelProps) {
  const { posting, fit, notes } = props;
  const lastNote = notes.at(-1)?.text ?? null;
  return (
    <article className="posting-panel">
      <PostingFacts posting={postingFacts(posting)} headingLevel={2} />
      <SaveControls
        status={posting.status}
        savedAt={posting.savedAt}
        appliedAt={posting.appliedAt}
        busy={props.busy}
        onSave={props.onSave}
        onStatus={props.onStatus}
      />
      {fit && <FitSummary report={fit} />}
      {props.profileMissing && (
        <p className="notice">
          Set up your profile to see how you fit each requirement.{' '}
          <button type="button" className="link-button" onClick={props.onSetUpProfile}>
            Set up profile
          </button>
        </p>
      )}
      <Section
        title={`Requirements (${posting.extraction.requirements.length})`}
        open={props.requirementsOpen}
        onToggle={props.onToggleRequirements}
      >
        <p className="muted">Select a requirement to find its sentence on the page.</p>
        <RequirementList
          requirements={posting.extraction.requirements}
          fit={fit?.items}
          headingLevel={3}
          onSelect={props.onHighlight}
        />
      </Section>
      <NoteBox
        draft={props.noteDraft}
        onDraft={props.onNoteDraft}
        onAdd={props.onAddNote}
        lastNote={lastNote}
        noteCount={notes.length}
        maxLength={NOTE_MAX}
      />
    </article>
  );
}
