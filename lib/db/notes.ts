import { Note } from '../schema';
import { db } from './database';
import { parseRow, parseRows } from './rows';
import { postingForWrite } from './status';

const noteText = Note.shape.text;

/** Adds a note to a posting (bumping the posting's `updatedAt`); returns the note's id. */
export async function addNote(jobKey: string, text: string, now: number): Promise<number> {
  const body = noteText.parse(text);
  return db.transaction('rw', db.postings, db.notes, async () => {
    const row = await postingForWrite(jobKey);
    await db.postings.put({ ...row, updatedAt: now });
    return db.notes.add({ jobKey, text: body, createdAt: now, updatedAt: now });
  });
}

export async function updateNote(id: number, text: string, now: number): Promise<void> {
  const body = noteText.parse(text);
  await db.transaction('rw', db.postings, db.notes, async () => {
    const stored = await db.notes.get(id);
    if (stored === undefined) throw new Error(`No note has the id ${id}`);
    const note = parseRow(Note, 'notes', id, stored);
    const row = await postingForWrite(note.jobKey);
    await db.notes.put({ ...note, text: body, updatedAt: now });
    await db.postings.put({ ...row, updatedAt: now });
  });
}

export async function deleteNote(id: number): Promise<void> {
  await db.notes.delete(id);
}

/** A posting's notes, oldest first. */
export async function notesFor(jobKey: string): Promise<Note[]> {
  const notes = parseRows(Note, 'notes', await db.notes.where('jobKey').equals(jobKey).toArray());
  return notes.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}
