import { browser } from 'wxt/browser';
import type { TabPosting } from './tab-state';

/**
 * The popup's first read of a tab's posting, without zod: the schema library is not loaded yet
 * when the popup paints its first screen (`npm run bench:ui`). Session storage holds only what
 * this version of the extension wrote there (it is emptied on every update, and content scripts
 * cannot reach it); the shape is still checked enough to render, and the popup reads the entry
 * again through `tabPosting` (zod) once the schemas load.
 */

export const tabKey = (tabId: number) => `tab:${tabId}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isRequirement(v: unknown): boolean {
  return isRecord(v) && typeof v.kind === 'string' && isRecord(v.evidence);
}

function isPreview(v: unknown): boolean {
  if (v === null) return true;
  if (!isRecord(v) || !isRecord(v.posting) || !Array.isArray(v.requirements)) return false;
  const { posting } = v;
  return Array.isArray(posting.locations) && v.requirements.every(isRequirement);
}

/** Whether a stored value has a tab posting's shape (see `TabPosting` for the full schema). */
export function looksLikeTabPosting(v: unknown): v is TabPosting {
  return (
    isRecord(v) &&
    typeof v.jobKey === 'string' &&
    v.jobKey !== '' &&
    typeof v.url === 'string' &&
    isPreview(v.preview)
  );
}

/** The posting the tab shows, read without zod, or null. */
export async function peekTabPosting(tabId: number): Promise<TabPosting | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return looksLikeTabPosting(stored[key]) ? stored[key] : null;
}
