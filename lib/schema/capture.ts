import { z } from 'zod';
import { LIMITS } from './limits';

export { LIMITS };

/**
 * How a posting was found: structured data, a site adapter, the generic careers-page reader,
 * the page's main content read after the user clicked "Scan this page" (`readable`), or typed in
 * by the user (`manual`).
 */
export const DetectedBy = z.enum([
  'jsonld',
  'microdata',
  'adapter',
  'generic',
  'readable',
  'manual',
]);
export type DetectedBy = z.infer<typeof DetectedBy>;

const httpUrl = z
  .string()
  .max(LIMITS.url)
  .url()
  .refine((u) => /^https?:/i.test(u), 'must be an http(s) URL');

/** What the content script captures from a posting page (lib/detect → background). */
export const PageCapture = z.object({
  url: httpUrl,
  canonicalUrl: httpUrl,
  /** Stable identity of the job: `site:id` where the site has an id, else the canonical URL. */
  jobKey: z.string().min(1).max(LIMITS.url),
  /** Site adapter id ('linkedin', 'greenhouse', ...) or 'generic'. */
  site: z.string().min(1).max(50),
  detectedBy: DetectedBy,
  title: z.string().max(LIMITS.short).nullable(),
  company: z.string().max(LIMITS.short).nullable(),
  location: z.string().max(LIMITS.short).nullable(),
  /** The posting's description as plain text. */
  text: z.string().min(1).max(LIMITS.text),
  /** The JobPosting JSON-LD object when the page had one, re-serialised (size-checked as a string). */
  jsonLd: z.string().max(LIMITS.jsonLd).nullable(),
  /**
   * The site's own labels as shown ("Full-time", "Hybrid", "Sur site"), read by the site adapter,
   * and a title's own work-model field ("… - Remote (US only)"); the engine reads them as posting
   * facts. Optional: most pages have none.
   */
  labels: z.array(z.string().max(LIMITS.label)).max(LIMITS.labels).optional(),
});
export type PageCapture = z.infer<typeof PageCapture>;
