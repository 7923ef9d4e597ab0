import { z } from 'zod';
import { Note, PostingDetail, Settings, StatusEvent, Time } from './db';
import { Profile } from './profile';

/**
 * The JSON export: everything the user has, in one versioned file that imports back to identical
 * rows. Postings carry their text and earlier versions (and contacts, which live on the row).
 */
export const EXPORT_FORMAT = 'reqlens-export';
export const EXPORT_VERSION = 1;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Time,
  postings: z.array(PostingDetail),
  events: z.array(StatusEvent),
  notes: z.array(Note),
  /** null when the user never filled in a profile. */
  profile: Profile.nullable(),
  settings: Settings,
});
export type ExportFile = z.infer<typeof ExportFile>;
