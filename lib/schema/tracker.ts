import { z } from 'zod';

/** `seen` is a detected posting the user has not saved; the rest are the tracker's columns. */
export const Status = z.enum([
  'seen',
  'saved',
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
]);
export type Status = z.infer<typeof Status>;
export const TRACKED_STATUSES = Status.options.filter((s) => s !== 'seen');
