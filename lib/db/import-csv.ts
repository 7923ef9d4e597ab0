import { Extraction, MAX_VERSIONS, Note, PostingBody, PostingRow, StatusEvent } from '../schema';
import { db } from './database';
import { parseRow, parseRows } from './rows';

/**
 * Writing a tracker import (a CSV file) in one read-write transaction: the stored postings and
 * notes are read, the caller's pure `plan` decides what to write from them, and everything is
 * written or, on any failure, nothing. The plan runs inside the transaction (so nothing stored in
 * between is overwritten) and is synchronous: nothing foreign is awaited while it is open.
 */

export interface TrackerSnapshot {
  /** Every readable stored posting (a damaged row is left out and cannot be matched). */
  postings: PostingRow[];
  notes: Note[];
}

export interface TrackerWrites {
  /** New postings, each with its body. */
  added: { row: PostingRow; body: PostingBody }[];
  /**
   * Stored postings rewritten. Their facts (title, company, salary, work model…) go over the
   * stored body's extraction as well, which the posting's page reads; its requirements stay.
   */
  updated: PostingRow[];
  /**
   * Bodies of updated postings that get a text and its reading (the file's description of a job
   * that had none read); a text they held is kept as a version.
   */
  reread: { jobKey: string; text: string; extraction: Extraction }[];
  events: Omit<StatusEvent, 'id'>[];
  notes: Omit<Note, 'id'>[];
}

export async function writeTrackerImport<R>(
  plan: (stored: TrackerSnapshot) => { writes: TrackerWrites; result: R },
): Promise<R> {
  return db.transaction('rw', [db.postings, db.bodies, db.events, db.notes], async () => {
    const [rows, notes] = await Promise.all([db.postings.toArray(), db.notes.toArray()]);
    const { writes, result } = plan({
      postings: parseRows(PostingRow, 'postings', rows),
      notes: parseRows(Note, 'notes', notes),
    });
    // Checked again on the way in: a plan is only a promise, and a bad row must change nothing.
    const added = writes.added.map(({ row, body }) => ({
      row: PostingRow.parse(row),
      body: PostingBody.parse(body),
    }));
    const updated = writes.updated.map((row) => PostingRow.parse(row));
    const reread = new Map(
      writes.reread.map((r) => [
        r.jobKey,
        { text: r.text, extraction: Extraction.parse(r.extraction) },
      ]),
    );
    const bodies = await db.bodies.bulkGet(updated.map((row) => row.jobKey));
    const changedBodies = bodies.flatMap((stored, i): PostingBody[] => {
      const row = updated[i];
      if (!row) return [];
      const read = reread.get(row.jobKey);
      const body =
        stored === undefined ? undefined : parseRow(PostingBody, 'bodies', row.jobKey, stored);
      if (read) return [rereadBody(row, body, read)];
      if (!body) return [];
      return [{ ...body, extraction: { ...body.extraction, posting: row.extraction.posting } }];
    });
    await db.postings.bulkPut([...added.map((a) => a.row), ...updated]);
    await db.bodies.bulkPut([...added.map((a) => a.body), ...changedBodies]);
    await db.events.bulkAdd(
      writes.events.map((e) => StatusEvent.omit({ id: true }).parse(e)) as StatusEvent[],
    );
    await db.notes.bulkAdd(writes.notes.map((n) => Note.omit({ id: true }).parse(n)) as Note[]);
    return result;
  });
}

/** A body given the file's text and reading; the text it held before becomes a version. */
function rereadBody(
  row: PostingRow,
  body: PostingBody | undefined,
  read: { text: string; extraction: Extraction },
): PostingBody {
  const versions = body?.versions ?? [];
  return {
    jobKey: row.jobKey,
    ...read,
    jsonLd: body?.jsonLd ?? null,
    versions:
      body && body.text.trim() !== ''
        ? [
            ...versions,
            { text: body.text, extraction: body.extraction, capturedAt: row.capturedAt },
          ].slice(-MAX_VERSIONS)
        : versions,
  };
}

/** The stored postings and notes, read in one transaction: what a preview plans against. */
export async function readTrackerSnapshot(): Promise<TrackerSnapshot> {
  return db.transaction('r', [db.postings, db.notes], async () => {
    const [rows, notes] = await Promise.all([db.postings.toArray(), db.notes.toArray()]);
    return {
      postings: parseRows(PostingRow, 'postings', rows),
      notes: parseRows(Note, 'notes', notes),
    };
  });
}
