import { z } from 'zod';
import { STATUSES, TRACKED_STATUSES } from './values';

/** `seen` is a detected posting the user has not saved; the rest are the tracker's columns. */
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;
export { TRACKED_STATUSES };
