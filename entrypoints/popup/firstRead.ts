import { peekTabPosting } from '@/lib/background/tab-peek';
import type { TabPosting } from '@/lib/background/tab-state';
import { openCurrent, type QuickTracked, readTracked } from '@/lib/db/quick';
import type { Extraction } from '@/lib/schema/extraction';
import { type ActiveTab, activeTab, namedTabId } from './tab';

/** What the popup reads before its first screen: no React, Dexie or zod (start.ts). */

export interface CurrentTab {
  /** null when there is no active tab the popup can address. */
  tab: ActiveTab | null;
  /** The posting the background recorded for the tab (session storage), or null. */
  jobKey: string | null;
  /** What the background kept of that posting for the first screen, or null. */
  preview: Extraction | null;
}

export type ReadTabPosting = (tabId: number) => Promise<TabPosting | null>;

export async function postingOf(
  tab: ActiveTab | null,
  read: ReadTabPosting,
): Promise<Omit<CurrentTab, 'tab'>> {
  const recorded = tab ? await read(tab.id).catch(() => null) : null;
  return { jobKey: recorded?.jobKey ?? null, preview: recorded?.preview ?? null };
}

/**
 * The active tab and the posting the background recorded for it, for the first screen: the
 * entry is read without zod (see `peekTabPosting`); `useCurrentTab` reads it again with zod.
 * When the popup is told its tab (`?tabId=`), the entry is read while the browser looks the tab
 * up, not after.
 */
export async function readCurrentTab(search = location.search): Promise<CurrentTab> {
  const named = namedTabId(search);
  const early = named === null ? null : peekTabPosting(named).catch(() => null);
  const tab = await activeTab(search).catch(() => null);
  const read: ReadTabPosting = early && tab?.id === named ? () => early : peekTabPosting;
  return { tab, ...(await postingOf(tab, read)) };
}

export interface FirstScreen {
  found: CurrentTab;
  /** The tracker state of the tab's posting, read with IndexedDB itself, or null. */
  quick: QuickTracked | null;
}

/**
 * The tab, its posting and that posting's tracker state: the database opens while the browser
 * says which tab this is and what it shows, and the connection closes once the row is read.
 */
export async function readFirstScreen(): Promise<FirstScreen> {
  const connection = openCurrent().catch(() => null);
  const found = await readCurrentTab();
  const idb = await connection;
  try {
    const quick = idb && found.jobKey ? await readTracked(idb, found.jobKey) : null;
    return { found, quick };
  } finally {
    idb?.close();
  }
}
