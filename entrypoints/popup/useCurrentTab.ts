import { useEffect, useState } from 'react';
import { type CurrentTab, postingOf, type ReadTabPosting, readCurrentTab } from './firstRead';
import type { ActiveTab } from './tab';

export type { CurrentTab };

/** The tab's entry read with zod, which loads after the first screen (tab-state imports it). */
const readParsed: ReadTabPosting = (tabId) =>
  import('@/lib/background/tab-state').then((m) => m.tabPosting(tabId));

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
