import { z } from 'zod';
import { DetectedBy, LIMITS } from './capture';
import { Extraction, FitInput } from './extraction';
import { NOTE_MAX } from './limits';
import { EditableFact } from './manual';
import { Status } from './tracker';

/**
 * Rows as stored in IndexedDB. Every date is epoch milliseconds and every absent value is `null`
 * (never `undefined`, never a Date), so a JSON export of a row parses back to an identical row.
 */

/** The latest time a row may hold: 1 January 2200, far past any deadline, reminder or interview. */
export const TIME_MAX = Date.UTC(2200, 0, 1);

/**
 * Epoch milliseconds, from 1970 to `TIME_MAX`. Bounded so every stored time is a date the UI can
 * format: a time beyond JavaScript's date range (an imported 9e15) made every list that showed it
 * throw "Invalid time value".
 */
export const Time = z
  .number()
  .int()
  .min(0, 'must be a date from 1970 on')
  .max(TIME_MAX, 'must be a date before the year 2200');

/** How many earlier texts of a posting are kept when the employer edits it. */
export const MAX_VERSIONS = 5;

export const JobKey = z.string().min(1).max(LIMITS.url);

/** An earlier text of a posting, kept when a later visit found the text changed. */
export const PostingVersion = z.object({
  text: z.string(),
  extraction: Extraction,
  capturedAt: Time,
});
export type PostingVersion = z.infer<typeof PostingVersion>;

export const Contact = z.object({
  name: z.string().min(1).max(LIMITS.short),
  role: z.string().max(LIMITS.short).nullable(),
  email: z.string().max(LIMITS.short).nullable(),
  phone: z.string().max(100).nullable(),
  url: z.string().max(LIMITS.url).nullable(),
  note: z.string().max(5000).nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const INTERVIEWS_MAX = 50;

/** A scheduled interview (the status history only says when the interviewing stage began). */
export const Interview = z.object({
  at: Time,
  /** The round, in the user's words: "Phone screen", "Case study with the team". */
  label: z.string().trim().min(1).max(LIMITS.short),
  /** Where or how, as plain text: an address, "Video call", a name. */
  place: z.string().max(LIMITS.short).nullable(),
});
export type Interview = z.infer<typeof Interview>;

/**
 * A posting's summary: what lists, the board and fit need. The text and the full extraction (with
 * its evidence sentences) live in `PostingBody`, so that listing thousands of postings reads
 * neither.
 */
export const PostingRow = z.object({
  jobKey: JobKey,
  url: z.string().max(LIMITS.url),
  canonicalUrl: z.string().max(LIMITS.url),
  site: z.string().min(1).max(50),
  detectedBy: DetectedBy,
  title: z.string().max(LIMITS.short).nullable(),
  company: z.string().max(LIMITS.short).nullable(),
  location: z.string().max(LIMITS.short).nullable(),
  /** The extraction without evidence sentences (`PostingBody.extraction` has them). */
  extraction: FitInput,
  status: Status,
  createdAt: Time,
  /** Last change of any kind (capture, status, note, reminder): the tracker's default order. */
  updatedAt: Time,
  /** Last time a page showed this posting. */
  capturedAt: Time,
  /** First time the posting left `seen`. */
  savedAt: Time.nullable(),
  /** First time it reached `applied` (or a later stage when `applied` was skipped). */
  appliedAt: Time.nullable(),
  /** From the JSON-LD `validThrough`. */
  deadline: Time.nullable(),
  reminderAt: Time.nullable(),
  contacts: z.array(Contact).max(100),
  /** In time order. Absent from rows and files written before interviews were tracked. */
  interviews: z.array(Interview).max(INTERVIEWS_MAX).default([]),
  /**
   * The facts the user edited by hand (lib/db `editFacts`, or a job added by hand): a later
   * capture of the page keeps the user's value. Absent from rows written before edits existed.
   */
  edited: z.array(EditableFact).max(EditableFact.options.length).optional(),
});
export type PostingRow = z.infer<typeof PostingRow>;

/**
 * A posting row as lists read it (thousands at a time), with `searchText`: the title, company and
 * location folded to lowercase without accents, which the database computes on every write of a
 * row (lib/db), so writers never supply it. Every field is checked on read except `extraction`,
 * most of a row's parsing cost and only needed for fit: `fitInputOf` (lib/db) checks it with
 * `FitInput` when a fit is computed, for the rows on screen only.
 */
export const ListedPosting = PostingRow.omit({ extraction: true }).extend({
  searchText: z.string(),
  extraction: z.unknown(),
});
export type ListedPosting = z.infer<typeof ListedPosting>;

/** The heavy part of a posting, one row per posting under the same key. */
export const PostingBody = z.object({
  jobKey: JobKey,
  /** The full extraction: requirements with their evidence sentences. */
  extraction: Extraction,
  text: z.string().max(LIMITS.text),
  /** The JobPosting JSON-LD exactly as captured (a JSON string). */
  jsonLd: z.string().max(LIMITS.jsonLd).nullable(),
  /** Earlier texts, oldest first. */
  versions: z.array(PostingVersion).max(MAX_VERSIONS),
});
export type PostingBody = z.infer<typeof PostingBody>;

/** A posting with its text and earlier versions: what a posting's page shows. */
export const PostingDetail = PostingRow.extend({
  extraction: PostingBody.shape.extraction,
  text: PostingBody.shape.text,
  jsonLd: PostingBody.shape.jsonLd,
  versions: PostingBody.shape.versions,
});
export type PostingDetail = z.infer<typeof PostingDetail>;

export const StatusEvent = z.object({
  id: z.number().int().positive(),
  jobKey: JobKey,
  from: Status,
  to: Status,
  at: Time,
});
export type StatusEvent = z.infer<typeof StatusEvent>;

export { NOTE_MAX };

export const Note = z.object({
  id: z.number().int().positive(),
  jobKey: JobKey,
  text: z.string().min(1).max(NOTE_MAX),
  createdAt: Time,
  updatedAt: Time,
});
export type Note = z.infer<typeof Note>;

export const SETTINGS_DEFAULTS = {
  captureEnabled: true,
  keepUnsavedDays: 30,
  allSitesDetection: false,
  backupEveryDays: null,
  dismissedDuplicates: [] as readonly string[],
} as const;

/** How many "not a duplicate" answers are kept: the oldest go first (their postings, mostly, too). */
export const DISMISSED_DUPLICATES_MAX = 5000;

const days = z.number().int().min(1).max(3650);

/** User settings (strict: what `updateSettings` accepts). */
export const Settings = z.object({
  captureEnabled: z.boolean(),
  /** Unsaved (`seen`) postings untouched for this long are pruned daily. */
  keepUnsavedDays: days,
  /** Opt-in detection on every site (needs the optional host permission too). */
  allSitesDetection: z.boolean(),
  /** Automatic JSON backup interval; null = off. */
  backupEveryDays: days.nullable(),
  /**
   * Pairs the user said are not the same job (lib/data `pairKey`): never offered again. Optional
   * in files exported before it existed.
   */
  dismissedDuplicates: z
    .array(
      z
        .string()
        .min(1)
        .max(2 * LIMITS.url + 1),
    )
    .max(DISMISSED_DUPLICATES_MAX)
    .default([]),
});
export type Settings = z.infer<typeof Settings>;

/** Reading is lenient field by field: one damaged value falls back to its default, not all of them. */
export const StoredSettings = z.object({
  captureEnabled: Settings.shape.captureEnabled.catch(SETTINGS_DEFAULTS.captureEnabled),
  keepUnsavedDays: Settings.shape.keepUnsavedDays.catch(SETTINGS_DEFAULTS.keepUnsavedDays),
  allSitesDetection: Settings.shape.allSitesDetection.catch(SETTINGS_DEFAULTS.allSitesDetection),
  backupEveryDays: Settings.shape.backupEveryDays.catch(SETTINGS_DEFAULTS.backupEveryDays),
  dismissedDuplicates: Settings.shape.dismissedDuplicates.catch([]),
});
