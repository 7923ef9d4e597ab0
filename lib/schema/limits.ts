/**
 * Limits on what a page may send: a hostile page can post megabytes. Kept free of zod so the
 * content script can truncate to them without bundling the schema library.
 */
/** The longest note, in characters. */
export const NOTE_MAX = 20_000;

export const LIMITS = {
  url: 2048,
  short: 500,
  text: 200_000,
  jsonLd: 300_000,
  /** A site label ("Full-time", "Homeoffice möglich") and how many a page may send. */
  label: 80,
  labels: 12,
} as const;
