import { isStatus } from '../schema/values';
import type { QuickTracked } from './quick';

/**
 * A small copy of one posting's tracker state (what the popup's first screen shows of it: status,
 * its dates, the note texts, whether a profile exists) kept in the extension's session storage
 * next to the tab's posting preview, so that the first screen needs no database read at all
 * (`npm run bench:ui`). Written after each database write that changes it (mirror.ts), read by
 * the popup before anything else (lib/background/tab-peek.ts). Dexie-free: the first screen loads
 * this module.
 *
 * Only ever shown, never written back: the popup's live view reads the database a moment later
 * and replaces it, and the popup's writes carry what the user chose, not what this said.
 */

/** Session storage keys of the mirror: one per posting. */
export const MIRROR_PREFIX = 'tracked:';
export const mirrorKey = (jobKey: string) => `${MIRROR_PREFIX}${jobKey}`;

/** Bumped when the value's shape changes: an entry of another shape is not read. */
const MIRROR_FORMAT = 1;
/** Bounds of one entry: a posting with more or longer notes is read from the database instead. */
export const MIRROR_MAX_NOTES = 50;
export const MIRROR_MAX_CHARS = 8_000;

export interface MirrorValue extends QuickTracked {
  format: typeof MIRROR_FORMAT;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTime = (v: unknown): v is number | null => v === null || Number.isFinite(v);

function boundedNotes(notes: unknown): string[] | null {
  if (!Array.isArray(notes) || notes.length > MIRROR_MAX_NOTES) return null;
  let chars = 0;
  for (const note of notes) {
    if (typeof note !== 'string') return null;
    chars += note.length;
    if (chars > MIRROR_MAX_CHARS) return null;
  }
  return notes as string[];
}

/** The entry to keep for `tracked`, or null when it is over the bounds (then none is kept). */
export function mirrorOf(tracked: QuickTracked): MirrorValue | null {
  const notes = boundedNotes(tracked.notes);
  if (!notes) return null;
  const { status, savedAt, appliedAt, hasProfile } = tracked;
  return { format: MIRROR_FORMAT, status, savedAt, appliedAt, notes: [...notes], hasProfile };
}

/**
 * The tracker state a stored entry holds, or null when it is missing or not what this version
 * writes (another format, a field of the wrong type, over the bounds). Session storage holds only
 * what the extension wrote, but is checked as any stored input is.
 */
export function mirroredTracked(value: unknown): QuickTracked | null {
  if (!isRecord(value) || value.format !== MIRROR_FORMAT) return null;
  const { status, savedAt, appliedAt, hasProfile } = value;
  if (!isStatus(status) || !isTime(savedAt) || !isTime(appliedAt)) return null;
  if (typeof hasProfile !== 'boolean') return null;
  const notes = boundedNotes(value.notes);
  return notes ? { status, savedAt, appliedAt, notes: [...notes], hasProfile } : null;
}
