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
  return Number.isFinite(at) && at >= 0 ? at : null;
}
