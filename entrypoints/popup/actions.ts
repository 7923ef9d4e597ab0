// Before any schema is built (the first screen never loads zod).
import '@/lib/schema/jitless';
import { z } from 'zod';
import { rememberTab } from '@/lib/background/tab-state';
import { SCAN_REQUEST_KEY, sendMessage } from '@/lib/messages';
import { type ManualPostingInput, PageOffer } from '@/lib/schema/manual';
import type { ActiveTab } from './tab';

/** The popup's actions on the tab (highlight, scan) and manual saves: loaded after the first screen. */

export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  return sendMessage('highlight', { text }, tabId);
}

// What the scan script's main() returns: the capture reply (with what the popup needs to offer
// saving the page anyway when it had no readable text), or null when the page is no posting.
const ScanReply = z
  .object({
    stored: z.boolean(),
    jobKey: z.string().min(1).nullable(),
    error: z.string().optional(),
    offer: PageOffer.nullable().optional().catch(null),
  })
  .nullable()
  .catch(null);

/** The key of the posting the scan stored, or null with the background's reason when it has one. */
export interface ScanOutcome {
  jobKey: string | null;
  error: string | null;
  /** The page's address and names, when it had no text to read: "Save this page anyway". */
  offer: PageOffer | null;
}

/**
 * Runs detection on demand (activeTab grants access on click) and says what it stored. A flag set
 * first in the content scripts' world tells the scan script that the user asked.
 */
export async function scanTab(tabId: number): Promise<ScanOutcome> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string) => {
      (globalThis as Record<string, unknown>)[key] = true;
    },
    args: [SCAN_REQUEST_KEY],
  });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/scan.js'],
  });
  const reply = ScanReply.parse(injection?.result);
  if (reply?.stored && reply.jobKey) return { jobKey: reply.jobKey, error: null, offer: null };
  return { jobKey: null, error: reply?.error ?? null, offer: reply?.offer ?? null };
}

/**
 * Stores a job typed in the popup (the engine loads only now, on the user's save). A job saved
 * from the page it shows ("Save this page anyway") becomes the tab's posting, as a scan would.
 */
export async function saveJob(
  entry: ManualPostingInput,
  fromTab: ActiveTab | null,
): Promise<string> {
  const { addManualJob } = await import('@/lib/manual');
  const { jobKey } = await addManualJob(entry, Date.now());
  if (fromTab) {
    const url = fromTab.url ?? entry.url ?? '';
    await rememberTab(fromTab.id, { jobKey, url, preview: null });
  }
  return jobKey;
}
