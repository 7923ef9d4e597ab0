import { type FormEvent, useId } from 'react';
import { POPUP_TEXT as T } from '../text';

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
      <label htmlFor={id}>{T.note}</label>
      <textarea
        id={id}
        rows={2}
        value={draft}
        maxLength={maxLength}
        placeholder={T.notePlaceholder}
        onChange={(e) => onDraft(e.target.value)}
      />
      <div className="note-actions">
        <button type="submit" disabled={draft.trim() === ''}>
          {T.addNote}
        </button>
        {noteCount > 0 && <span className="note-count">{T.noteCount(noteCount)}</span>}
      </div>
      {lastNote !== null && <p className="last-note">{lastNote}</p>}
    </form>
  );
}
