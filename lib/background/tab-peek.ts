import { browser } from 'wxt/browser';
import type { QuickTracked } from '../db/quick';
import { mirroredTracked, mirrorKey } from '../db/quick-mirror';
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

/**
 * The posting's tracker state as the database's writers last mirrored it in session storage
 * (lib/db/mirror.ts), or null when there is none (a browser restart, too many notes) or it is not
 * of this version's shape: then the popup reads the database itself.
 */
export async function peekTracked(jobKey: string): Promise<QuickTracked | null> {
  const key = mirrorKey(jobKey);
  const stored = await browser.storage.session.get(key);
  return mirroredTracked(stored[key]);
}
