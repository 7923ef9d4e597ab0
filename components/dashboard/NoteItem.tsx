import { useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { COMMON_TEXT, NOTE_TEXT as T } from '@/components/text';
import { deleteNote, updateNote } from '@/lib/db';
import type { Note } from '@/lib/schema';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One note: read, edit in place, or delete. */
export function NoteItem({ note }: { note: Note }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const announce = useDashboard((s) => s.announce);
  if (editing) {
    return (
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return;
          await updateNote(note.id, text.trim(), Date.now());
          setEditing(false);
          announce(T.updated);
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {T.editLabel}
        </label>
        <textarea id={id} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="row">
          <button type="submit" className="primary" disabled={!text.trim()}>
            {T.save}
          </button>
          <button
            type="button"
            onClick={() => {
              setText(note.text);
              setEditing(false);
            }}
          >
            {COMMON_TEXT.cancel}
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      {/* Notes are the user's text, shown as text. */}
      <p style={{ whiteSpace: 'pre-wrap', margin: '0 0 4px' }}>{note.text}</p>
      <div className="row muted">
        <span>
          {note.updatedAt === note.createdAt
            ? when.format(note.createdAt)
            : T.editedAt(when.format(note.createdAt))}
        </span>
        <button type="button" className="link" onClick={() => setEditing(true)}>
          {T.edit}
        </button>
        <button
          type="button"
          className="link"
          onClick={async () => {
            await deleteNote(note.id);
            announce(T.deleted);
          }}
        >
          {T.delete}
        </button>
      </div>
    </>
  );
}
