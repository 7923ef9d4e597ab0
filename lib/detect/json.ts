/** Narrowing helpers for JSON parsed from a page: every value is `unknown` until checked. */

export type JsonObject = { [key: string]: unknown };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value that may be given once or as an array. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** A non-empty trimmed string, or a number written as one. */
export function str(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** A string, or the `name` of an object (Organization, Country...), or the first of an array. */
export function nameOf(v: unknown): string | null {
  for (const item of list(v)) {
    const s = str(item) ?? (isObject(item) ? str(item.name) : null);
    if (s) return s;
  }
  return null;
}
