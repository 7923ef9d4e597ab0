import { useEffect, useState } from 'react';
import { tabPosting } from '@/lib/background/tab-state';
import { type ActiveTab, activeTab } from './tab';

export interface CurrentTab {
  /** null when there is no active tab the popup can address. */
  tab: ActiveTab | null;
  /** The posting the background recorded for the tab (session storage), or null. */
  jobKey: string | null;
}

async function jobKeyOf(tab: ActiveTab | null): Promise<string | null> {
  return tab ? ((await tabPosting(tab.id))?.jobKey ?? null) : null;
}

async function readCurrentTab(): Promise<CurrentTab> {
  const tab = await activeTab().catch(() => null);
  return { tab, jobKey: await jobKeyOf(tab).catch(() => null) };
}

let prefetched: Promise<CurrentTab> | null = null;

/**
 * Starts reading the tab and its posting before React has rendered anything (called by the
 * entry point): the two browser calls then overlap the first render instead of following it.
 */
export function prefetchCurrentTab(): void {
  prefetched = readCurrentTab();
}

/**
 * The active tab and the posting it shows, read in one step (one render, not two) and then kept
 * current: a capture that lands while the popup is open shows at once. Undefined while loading.
 */
export function useCurrentTab(): CurrentTab | undefined {
  const [current, setCurrent] = useState<CurrentTab | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let tab: ActiveTab | null = null;
    const update = async () => {
      const jobKey = await jobKeyOf(tab).catch(() => null);
      if (live) setCurrent({ tab, jobKey });
    };
    const first = prefetched ?? readCurrentTab();
    prefetched = null;
    first.then((found) => {
      tab = found.tab;
      if (live) setCurrent(found);
    });
    // Session storage holds a few small entries per tab: re-reading on any change is cheap.
    const onChanged = () => {
      void update();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, []);
  return current;
}
