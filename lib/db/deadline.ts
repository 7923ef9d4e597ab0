import { Time } from '../schema';

/**
 * The application deadline a posting's JSON-LD states (`validThrough`), as epoch ms.
 * Only the JSON-LD is trusted for this: free-text dates are too ambiguous to act on.
 */
export function deadlineFromJsonLd(jsonLd: string | null | undefined): number | null {
  if (!jsonLd) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonLd);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('validThrough' in parsed)) return null;
  const { validThrough } = parsed;
  if (typeof validThrough !== 'string') return null;
  const at = Date.parse(validThrough);
  // A placeholder such as 9999-12-31 is no deadline, and no stored time may hold it.
  return Time.safeParse(at).success ? at : null;
}
