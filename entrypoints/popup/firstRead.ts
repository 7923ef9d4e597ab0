import { peekTab, peekTabPosting, peekTracked } from '@/lib/background/tab-peek';
import type { TabPosting } from '@/lib/background/tab-state';
import { openCurrent, type QuickTracked, readTracked } from '@/lib/db/quick';
import type { Extraction } from '@/lib/schema/extraction';
import { type ActiveTab, activeTab, namedJobKey, namedTabId } from './tab';

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

/** The tab's posting and, when the same read found it, its mirrored tracker state. */
interface TabRead {
  current: CurrentTab;
  tracked: QuickTracked | null;
}

/**
 * The active tab and the posting the background recorded for it, for the first screen (see
 * `readCurrentTab`), with the posting's mirrored tracker state when the popup's address names the
 * posting: one session storage call then answers both.
 */
async function readTab(search: string): Promise<TabRead> {
  const named = namedTabId(search);
  const early = named === null ? null : peekTab(named, namedJobKey(search)).catch(() => null);
  const tab = await activeTab(search).catch(() => null);
  if (early && tab !== null && tab.id === named) {
    const peeked = await early;
    const current = { tab, ...(await postingOf(tab, async () => peeked?.posting ?? null)) };
    return { current, tracked: peeked?.tracked ?? null };
  }
  return { current: { tab, ...(await postingOf(tab, peekTabPosting)) }, tracked: null };
}

/**
 * The active tab and the posting the background recorded for it, for the first screen: the
 * entry is read without zod (see `peekTabPosting`); `useCurrentTab` reads it again with zod.
 * When the popup is told its tab (`?tabId=`), the entry is read while the browser looks the tab
 * up, not after.
 */
export async function readCurrentTab(search = location.search): Promise<CurrentTab> {
  return (await readTab(search)).current;
}

/**
 * The popup's first reads: the tab's posting and the posting's tracker state (from its mirror in
 * session storage, else the database). The first screen renders once both have answered.
 */
export interface FirstReads {
  /** The tab and the posting the background recorded for it. */
  found: Promise<CurrentTab>;
  /** The tracker state of `found`'s posting, from its mirror or IndexedDB itself, or null. */
  quick: Promise<QuickTracked | null>;
}

/** Reads a posting's tracker state as mirrored in session storage (see `peekTracked`). */
export type ReadMirror = (jobKey: string) => Promise<QuickTracked | null>;

/**
 * Starts the first screen's reads: the posting's tracker state comes from its mirror in session
 * storage, read with the tab's entry when the popup's address names the posting, else as soon as
 * the tab's posting is known; only without one (a browser restart, a
 * posting with many notes) is the database opened and the row read, and the connection closes
 * once it is read. A tab that shows no posting has no state to read: `quick` is null at once.
 */
export function startFirstReads(
  search = location.search,
  readMirror: ReadMirror = peekTracked,
): FirstReads {
  const read = readTab(search);
  const found = read.then(({ current }) => current);
  const quick = read
    .then(async ({ current: { jobKey }, tracked }) => {
      if (!jobKey) return null;
      const mirrored = tracked ?? (await readMirror(jobKey).catch(() => null));
      if (mirrored) return mirrored;
      const idb = await openCurrent().catch(() => null);
      if (!idb) return null;
      try {
        return await readTracked(idb, jobKey);
      } finally {
        idb.close();
      }
    })
    .catch(() => null);
  return { found, quick };
}
