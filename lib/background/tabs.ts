import { browser } from 'wxt/browser';
import type { CaptureReply } from '../messages';
import { clearPostingBadge, showPostingBadge } from './badge';
import { handleCapture } from './capture';
import { contentScriptTab, type Sender } from './sender';
import { forgetTab, previewOf, rememberTab, tabPosting } from './tab-state';

const REJECTED: CaptureReply = {
  stored: false,
  jobKey: null,
  error: 'Rejected: captures are only accepted from Reqlens content scripts on web pages',
};

/** A capture message: check the sender, store, then point the tab (state and badge) at the job. */
export async function onCaptureMessage(
  data: unknown,
  sender: Sender,
  now: number,
): Promise<CaptureReply> {
  const tabId = contentScriptTab(sender, browser.runtime.id);
  if (tabId === null) return REJECTED;
  const { reply, extraction } = await handleCapture(data, now);
  if (reply.stored && reply.jobKey && extraction) {
    // The tab's own address, not the frame's: navigation events report the tab's.
    const url = sender.tab?.url ?? sender.url ?? '';
    await rememberTab(tabId, { jobKey: reply.jobKey, url, preview: previewOf(extraction) });
    await showPostingBadge(tabId);
  } else {
    // Whatever the tab showed before, it is not what it shows now.
    await untrack(tabId);
  }
  return reply;
}

/** The content script saw the tab leave the posting (single-page navigation). */
export async function onClearedMessage(sender: Sender): Promise<void> {
  const tabId = contentScriptTab(sender, browser.runtime.id);
  if (tabId !== null) await untrack(tabId);
}

const withoutHash = (url: string) => url.split('#', 1)[0];

/**
 * The tab's address changed. A capture for the new address may already have arrived (single-page
 * apps report the URL change late), so the tab is only cleared when it shows another page.
 */
export async function onTabUrlChanged(tabId: number, url: string): Promise<void> {
  const current = await tabPosting(tabId);
  if (current && withoutHash(current.url) !== withoutHash(url)) await untrack(tabId);
}

/** What `tabs.onUpdated` reports, as far as the tab posting cares. */
export interface TabUpdate {
  url?: string;
  status?: string;
}

/**
 * Any update of a tab. Chromium and Firefox leave the address out of the event and the tab unless
 * the extension holds host access to the page, which matching it with a content script does not
 * give. A tab that showed a posting and now starts loading a document without an address has
 * navigated away (maybe to a page Reqlens cannot see), so it no longer shows that posting, and
 * the popup must offer to scan the new page instead. Only the start of a load says so: the end
 * of the posting's own load ('complete') often arrives after its capture was stored.
 */
export async function onTabUpdated(
  tabId: number,
  change: TabUpdate,
  tab: { url?: string },
): Promise<void> {
  if (change.url) return onTabUrlChanged(tabId, change.url);
  if (change.status !== 'loading' || tab.url) return;
  if (await tabPosting(tabId)) await untrack(tabId);
}

async function untrack(tabId: number): Promise<void> {
  await forgetTab(tabId);
  await clearPostingBadge(tabId);
}
