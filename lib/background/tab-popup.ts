import { browser } from 'wxt/browser';
import { peekTabPosting } from './tab-peek';

/**
 * Each tab's toolbar popup is told which tab it belongs to (`popup.html?tabId=N`), so the popup
 * reads the tab's posting from session storage while the browser looks the active tab up, not
 * after (entrypoints/popup/firstRead.ts checks the id against the active tab before using it).
 * Needs no permission: tab ids come with every tab event and `tabs.query`.
 */

/** The longest posting key an address names (longer ones are read after the tab's entry). */
const MAX_NAMED_KEY = 500;

/**
 * The popup address for one tab (relative to the extension's root, as `action.setPopup` takes it),
 * naming the posting the tab shows when there is one: the popup then reads the tab's entry and
 * that posting's tracker state (lib/db/quick-mirror.ts) from session storage in one call.
 */
export const tabPopup = (tabId: number, jobKey: string | null = null) =>
  jobKey && jobKey.length <= MAX_NAMED_KEY
    ? `popup.html?tabId=${tabId}&job=${encodeURIComponent(jobKey)}`
    : `popup.html?tabId=${tabId}`;

/**
 * Points the tab's toolbar popup at `tabPopup`, with the posting `jobKey` (by default, the one its
 * entry in session storage names); a tab closed meanwhile is no error.
 */
export async function nameTabPopup(
  tabId: number | undefined,
  jobKey?: string | null,
): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const call = ++calls;
  latest.set(tabId, call);
  try {
    const shown =
      jobKey === undefined
        ? ((await peekTabPosting(tabId).catch(() => null))?.jobKey ?? null)
        : jobKey;
    // A later naming of this tab began while this one read its entry (the capture naming the
    // posting it just stored, while an activation read the entry before it): the later one decides.
    if (latest.get(tabId) !== call) return;
    await browser.action.setPopup({ tabId, popup: tabPopup(tabId, shown) });
  } catch {
    // The tab closed (or is not a tab the action shows in): nothing to name.
  } finally {
    if (latest.get(tabId) === call) latest.delete(tabId);
  }
}

/** The last naming begun for each tab still naming it (entries go when it ends): the newest wins. */
const latest = new Map<number, number>();
let calls = 0;

/** Names the popup of every tab already open (the worker starts after they opened). */
export async function nameOpenTabPopups(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => nameTabPopup(tab.id)));
}

/**
 * A tab showing one of the extension's own pages (the dashboard, popup.html in a tab): it shows
 * no posting, so its popup needs no name (the popup looks the tab up when its address names none).
 * Naming it at each load only kept the browser busy while that page loads: two calls (a storage
 * read, `action.setPopup`) at each of its loading and complete events (`npm run bench:ui` opens
 * popup.html in a tab). The browser tells the address of its own pages to an extension.
 */
function showsOwnPage(tab: { url?: string } | undefined): boolean {
  return tab?.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/**
 * Keeps every tab's popup named. Firefox resets a tab's popup when the tab navigates, hence the
 * update events; activation covers anything missed before the user can click the action (the
 * popup falls back to looking the tab up when its address names none or another tab).
 * Registers its listeners synchronously (MV3 delivers events only to first-turn listeners).
 */
export function startTabPopups(report: (error: unknown) => void): void {
  browser.tabs.onCreated.addListener((tab) => {
    nameTabPopup(tab.id).catch(report);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === undefined && change.url === undefined) return;
    if (showsOwnPage(tab)) return;
    nameTabPopup(tabId).catch(report);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    nameTabPopup(tabId).catch(report);
  });
  nameOpenTabPopups().catch(report);
}
