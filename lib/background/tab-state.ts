// Read by the popup after its first screen, possibly before anything else built a schema.
import '../schema/jitless';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { JobKey } from '../schema/db';
import { Extraction } from '../schema/extraction';
import { tabKey } from './tab-peek';
import { nameTabPopup } from './tab-popup';

/** The largest preview kept per tab (JSON characters): session storage holds 10 MB in all. */
export const PREVIEW_MAX_CHARS = 64_000;

/**
 * Which posting each tab shows, in `storage.session`: the service worker is stopped after 30 s
 * idle, so memory would forget it, while session storage lasts until the browser closes.
 */
export const TabPosting = z.object({
  jobKey: JobKey,
  /** The tab's address when captured, to tell a real navigation from the capture's own URL. */
  url: z.string(),
  /**
   * The posting's facts and requirements as captured, for the popup's first screen: it paints
   * them before the database opens. null when the extraction is too big to keep here.
   */
  preview: Extraction.nullable(),
});
export type TabPosting = z.infer<typeof TabPosting>;

const keyOf = tabKey;

/** The preview worth keeping for a tab: `extraction`, unless it would crowd session storage. */
export function previewOf(extraction: Extraction): Extraction | null {
  return JSON.stringify(extraction).length <= PREVIEW_MAX_CHARS ? extraction : null;
}

/** Keeps the tab's posting, and names it in the tab's popup address (tab-popup.ts). */
export async function rememberTab(tabId: number, posting: TabPosting): Promise<void> {
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: posting });
  } catch (error) {
    // Session storage is full (many open job tabs): keep the tab's posting, without its preview.
    if (posting.preview === null) throw error;
    await browser.storage.session.set({ [keyOf(tabId)]: { ...posting, preview: null } });
  }
  await nameTabPopup(tabId, posting.jobKey);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
  await nameTabPopup(tabId, null);
}

/** The posting the tab shows (for the popup and the badge), or null. */
export async function tabPosting(tabId: number): Promise<TabPosting | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = TabPosting.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}
