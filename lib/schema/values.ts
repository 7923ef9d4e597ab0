import type { EmploymentType, LanguageLevel, PostingFacts } from './extraction';
import type { Status } from './tracker';

/**
 * Values and helpers the screens need without the schemas: free of zod, so a page can paint
 * before the schema library loads (the popup's first screen, `npm run bench:ui`). The zod
 * schemas are built from these.
 */

/** `seen` is a detected posting the user has not saved; the rest are the tracker's columns. */
export const STATUSES = [
  'seen',
  'saved',
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;

/** The statuses of a posting on the tracker: every status but `seen`. */
export const TRACKED_STATUSES = STATUSES.filter((s): s is Exclude<Status, 'seen'> => s !== 'seen');

/** The CEFR language levels. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** Whether `value` is a CEFR level. */
export function isCefr(value: unknown): value is (typeof CEFR_LEVELS)[number] {
  return (CEFR_LEVELS as readonly unknown[]).includes(value);
}

/** Whether `value` is one of the statuses. */
export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

/** A posting's employment types, from the list or, on a row older than it, the single value. */
export function employmentTypesOf(
  posting: Pick<PostingFacts, 'employmentTypes' | 'employmentType'>,
): EmploymentType[] {
  if (posting.employmentTypes) return [...posting.employmentTypes];
  return posting.employmentType ? [posting.employmentType] : [];
}

/** The level a language requirement asks, "native" where it says so (flag or a stored row). */
export function askedLevel(req: {
  level: LanguageLevel | null;
  native?: boolean | undefined;
}): LanguageLevel | null {
  return req.native ? 'native' : req.level;
}
