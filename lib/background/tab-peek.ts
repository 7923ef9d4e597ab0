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

/** What the popup's first read finds for a tab (see `peekTab`). */
export interface TabPeek {
  posting: TabPosting | null;
  /** The tracker state mirrored for the posting, when it is the one the caller named. */
  tracked: QuickTracked | null;
}

/**
 * The posting the tab shows, read without zod, and, in the same call, the mirror of the posting's
 * tracker state (lib/db/mirror.ts) when the caller can name the posting (the popup's address does,
 * lib/background/tab-popup.ts). A mirror is only taken for the posting the tab's entry names.
 */
export async function peekTab(tabId: number, jobKey: string | null = null): Promise<TabPeek> {
  const key = tabKey(tabId);
  const named = jobKey ? mirrorKey(jobKey) : null;
  const stored = await browser.storage.session.get(named ? [key, named] : key);
  const posting = looksLikeTabPosting(stored[key]) ? stored[key] : null;
  const tracked = named && posting?.jobKey === jobKey ? mirroredTracked(stored[named]) : null;
  return { posting, tracked };
}

/** The posting the tab shows, read without zod, or null. */
export async function peekTabPosting(tabId: number): Promise<TabPosting | null> {
  return (await peekTab(tabId)).posting;
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
