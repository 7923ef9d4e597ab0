import { useEffect, useState } from 'react';
import { peekTabPosting } from '@/lib/background/tab-peek';
import type { TabPosting } from '@/lib/background/tab-state';
import type { Extraction } from '@/lib/schema/extraction';
import { type ActiveTab, activeTab } from './tab';

export interface CurrentTab {
  /** null when there is no active tab the popup can address. */
  tab: ActiveTab | null;
  /** The posting the background recorded for the tab (session storage), or null. */
  jobKey: string | null;
  /** What the background kept of that posting for the first screen, or null. */
  preview: Extraction | null;
}

type Read = (tabId: number) => Promise<TabPosting | null>;

/** The tab's entry read with zod, which loads after the first screen (tab-state imports it). */
const readParsed: Read = (tabId) =>
  import('@/lib/background/tab-state').then((m) => m.tabPosting(tabId));

async function postingOf(tab: ActiveTab | null, read: Read): Promise<Omit<CurrentTab, 'tab'>> {
  const recorded = tab ? await read(tab.id).catch(() => null) : null;
  return { jobKey: recorded?.jobKey ?? null, preview: recorded?.preview ?? null };
}

/**
 * The active tab and the posting the background recorded for it, for the first screen: the
 * entry is read without zod (see `peekTabPosting`); `useCurrentTab` reads it again with zod.
 */
export async function readCurrentTab(): Promise<CurrentTab> {
  const tab = await activeTab().catch(() => null);
  return { tab, ...(await postingOf(tab, peekTabPosting)) };
}

/**
 * The active tab and the posting it shows, read in one step (one render, not two) and then kept
 * current: a capture that lands while the popup is open shows at once. Starts from `initial`
 * when the entry point has read it already; undefined while loading.
 */
export function useCurrentTab(initial?: CurrentTab): CurrentTab | undefined {
  const [current, setCurrent] = useState<CurrentTab | undefined>(initial);
  useEffect(() => {
    let live = true;
    let tab: ActiveTab | null = initial?.tab ?? null;
    // Read through zod: this replaces the first read, and follows later captures.
    const update = async () => {
      const posting = await postingOf(tab, readParsed);
      if (live) setCurrent({ tab, ...posting });
    };
    if (initial) {
      // A capture may also have landed between that read and this subscription.
      void update();
    } else {
      readCurrentTab().then((found) => {
        tab = found.tab;
        if (live) setCurrent(found);
        void update();
      });
    }
    // Session storage holds a few small entries per tab: re-reading on any change is cheap.
    const onChanged = () => {
      void update();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [initial]);
  return current;
}
