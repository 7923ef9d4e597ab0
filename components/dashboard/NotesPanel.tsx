import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { NOTE_TEXT as T } from '@/components/text';
import { addNote } from '@/lib/db';
import type { Note } from '@/lib/schema';
import { NoteItem } from './NoteItem';

export function NotesPanel({ jobKey, notes }: { jobKey: string; notes: Note[] }) {
  const id = useId();
  const [text, setText] = useState('');
  const announce = useDashboard((s) => s.announce);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    await addNote(jobKey, text.trim(), Date.now());
    setText('');
    announce(T.added);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      {notes.length > 0 && (
        <ul className="list-plain">
          {notes.map((note) => (
            <li key={note.id}>
              <NoteItem note={note} />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-new`}>{T.newNote}</label>
          <textarea id={`${id}-new`} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" disabled={!text.trim()}>
          {T.add}
        </button>
      </form>
    </section>
  );
}
