import { type FormEvent, useId } from 'react';

export interface NoteBoxProps {
  draft: string;
  onDraft: (text: string) => void;
  onAdd: (text: string) => void;
  /** The latest note of this posting, shown so the user sees what they wrote last. */
  lastNote: string | null;
  noteCount: number;
  maxLength: number;
}

/** A quick note: the draft lives in UI state until it is added to the posting. */
export function NoteBox({ draft, onDraft, onAdd, lastNote, noteCount, maxLength }: NoteBoxProps) {
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (text) onAdd(text);
  };
  return (
    <form className="note-box" onSubmit={submit}>
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={2}
        value={draft}
        maxLength={maxLength}
        placeholder="Recruiter's name, why it appeals, what to ask…"
        onChange={(e) => onDraft(e.target.value)}
      />
      <div className="note-actions">
        <button type="submit" disabled={draft.trim() === ''}>
          Add note
        </button>
        {noteCount > 0 && (
          <span className="note-count">
            {noteCount} {noteCount === 1 ? 'note' : 'notes'}
          </span>
        )}
      </div>
      {lastNote !== null && <p className="last-note">{lastNote}</p>}
    </form>
  );
}
