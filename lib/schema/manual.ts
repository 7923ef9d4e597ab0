import { z } from 'zod';
import { LIMITS } from './capture';
import { Salary } from './extraction';

/**
 * What the user types in by hand: a job added without a page Reqlens could read, and the stored
 * facts of a posting corrected on its page. A fact the user set is theirs: a later capture of the
 * page never overwrites it.
 */

/**
 * The posting facts a user set (typed in, edited, or gave in an imported CSV); each is listed in
 * the row's `edited`. The work model and employment types come from a CSV import.
 */
export const EditableFact = z.enum([
  'title',
  'company',
  'location',
  'salary',
  'deadline',
  'workplace',
  'employmentTypes',
]);
export type EditableFact = z.infer<typeof EditableFact>;

/** A line the user typed: trimmed, and empty means "none". */
const typedLine = z
  .string()
  .trim()
  .max(LIMITS.short)
  .transform((s) => (s === '' ? null : s))
  .nullable();

/** An http(s) address, or none. */
const typedUrl = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine((u) => u === '' || /^https?:\/\/[^\s/]{1,253}/i.test(u), 'not an http(s) address')
  .transform((u) => (u === '' ? null : u))
  .nullable();

/** A change to a posting's stored facts: only the facts present change (null clears one). */
export const FactEdits = z
  .object({
    title: typedLine,
    company: typedLine,
    location: typedLine,
    salary: Salary.nullable(),
    /** Epoch milliseconds. */
    deadline: z.number().int().nonnegative().nullable(),
  })
  .partial()
  .strict();
export type FactEdits = z.input<typeof FactEdits>;

/** A job added by hand, from the dashboard or from the popup's "Save this page anyway". */
export const ManualPosting = z
  .object({
    title: z.string().trim().min(1, 'empty title').max(LIMITS.short),
    company: typedLine.default(null),
    location: typedLine.default(null),
    url: typedUrl.default(null),
    /** The posting's description as the user pasted it; may be empty. */
    text: z.string().max(LIMITS.text).default(''),
  })
  .strict();
export type ManualPosting = z.output<typeof ManualPosting>;
export type ManualPostingInput = z.input<typeof ManualPosting>;

/**
 * What "Save this page anyway" starts from, sent by the scan script when the page had no text it
 * could read: the page's address and what it says about itself (lib/detect `pageOffer`).
 */
export const PageOffer = z.object({
  url: z.string().max(LIMITS.url),
  title: z.string().max(LIMITS.short).nullable(),
  company: z.string().max(LIMITS.short).nullable(),
  location: z.string().max(LIMITS.short).nullable(),
});
export type PageOffer = z.infer<typeof PageOffer>;
