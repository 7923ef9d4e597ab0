/**
 * The popup's calls into the browser that its first screen needs: the current tab, the
 * dashboard. Free of zod and the messaging library (highlight, scan and save are in actions.ts,
 * loaded after the first screen).
 */

export interface ActiveTab {
  id: number;
  /** Undefined when the browser does not tell (no permission for the page). */
  url: string | undefined;
}

/** The tab named by `?tabId=` in the popup's address (see `activeTab`), or null. */
export function namedTabId(search: string): number | null {
  const named = /^\d{1,10}$/.exec(new URLSearchParams(search).get('tabId') ?? '');
  return named ? Number(named[0]) : null;
}

/**
 * The tab the popup is about: the active tab of its window, or the tab named by `?tabId=` when
 * popup.html is opened as a page of its own (end-to-end tests, where it would be its own tab).
 */
export async function activeTab(search = location.search): Promise<ActiveTab | null> {
  const named = namedTabId(search);
  const tab =
    named !== null
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** Extensions may not script browser pages, the web store or local files without a grant. */
export function canScan(tab: ActiveTab): boolean {
  return tab.url === undefined || /^https?:/i.test(tab.url);
}

/** The dashboard's route for one posting, as agreed with it: `#/posting/<encoded jobKey>`. */
export function postingHash(jobKey: string): string {
  return `#/posting/${encodeURIComponent(jobKey)}`;
}

/** Opens the dashboard in a new tab, at `hash` (a route such as `#/profile`) when given. */
export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
  // The popup would otherwise stay open over the new tab in some browsers.
  window.close();
}
