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

/** The posting the popup's address names as its tab's (lib/background/tab-popup.ts), or null. */
export function namedJobKey(search: string): string | null {
  const named = new URLSearchParams(search).get('job');
  return named && named.length <= 500 ? named : null;
}

type BrowserTab = { id?: number; url?: string } | undefined;

/**
 * Which tab the popup is about, from what the browser reported: the active tab of the popup's
 * window (`active`), the page the popup itself is in when it was opened as a tab (`own`), and the
 * tab its address names (`named`, looked up by id). The toolbar popup (no tab of its own) is
 * always about the active tab: an address naming another tab (stale, or typed) only costs the
 * early read of that tab's entry (firstRead.ts). popup.html opened in a tab of its own (end-to-end
 * tests, the UI bench) is about the tab it names, if that tab still exists.
 */
export function chooseTab(
  named: number | null,
  found: { active: BrowserTab; own: BrowserTab; named: BrowserTab },
): ActiveTab | null {
  const tab = named !== null && found.own !== undefined ? found.named : found.active;
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * Where this page runs, as the extension's own view list says, without a round trip to the
 * browser: `'popup'` (the toolbar popup), `'tab'` (popup.html opened in a tab), or null when the
 * list does not say (a browser without it, or one that has not filed the page yet).
 */
export function viewKind(): 'popup' | 'tab' | null {
  try {
    const getViews = browser.extension?.getViews;
    if (typeof getViews !== 'function') return null;
    // This page's window (`globalThis`, which is `window` in a page and absent from unit tests).
    const here = globalThis as unknown as Window;
    if (getViews({ type: 'popup' }).includes(here)) return 'popup';
    if (getViews({ type: 'tab' }).includes(here)) return 'tab';
  } catch {
    // Not available here: the browser is asked instead.
  }
  return null;
}

/**
 * The tab the popup is about (see `chooseTab`). The browser's answers are asked for at once:
 * the popup's address names its tab (the background sets it per tab, lib/background/tab-popup.ts)
 * so that its entry is read meanwhile, and that name is checked against the active tab here.
 * When the page knows where it runs (`viewKind`), only the one answer that decides is asked for:
 * the active tab for the toolbar popup, the named tab for a page of its own.
 */
export async function activeTab(search = location.search): Promise<ActiveTab | null> {
  const named = namedTabId(search);
  const kind = named === null ? 'popup' : viewKind();
  const [active, own, namedTab] = await Promise.all([
    kind === 'tab'
      ? undefined
      : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]),
    kind === 'popup'
      ? undefined
      : kind === 'tab'
        ? OWN_TAB
        : browser.tabs.getCurrent().catch(() => undefined),
    kind === 'popup' || named === null ? undefined : browser.tabs.get(named).catch(() => undefined),
  ]);
  return chooseTab(named, { active, own, named: namedTab });
}

/** Stands for the page's own tab when `viewKind` says it has one (chooseTab only asks whether). */
const OWN_TAB: BrowserTab = {};

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
