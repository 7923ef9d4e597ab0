import { useEffect, useState } from 'react';
import { z } from 'zod';

// The background records which job each tab shows in session storage (cleared with the browser).
// PROVISIONAL key until the background lands: `tab:<tabId>` → jobKey.
const keyFor = (tabId: number) => `tab:${tabId}`;
const StoredJobKey = z.string().min(1).nullable().catch(null);

/** The job key the background recorded for this tab: undefined while loading, null for none. */
export function useTabJobKey(tabId: number | null | undefined): string | null | undefined {
  const [jobKey, setJobKey] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setJobKey(null);
      return;
    }
    const key = keyFor(tabId);
    let live = true;
    browser.storage.session.get(key).then((items) => {
      if (live) setJobKey(StoredJobKey.parse(items[key] ?? null));
    });
    // A capture that lands while the popup is open (a scan, a slow page) shows up at once.
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) setJobKey(StoredJobKey.parse(changes[key]?.newValue ?? null));
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return jobKey;
}
