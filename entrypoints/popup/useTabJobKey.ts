import { useEffect, useState } from 'react';
import { tabPosting } from '@/lib/background/tab-state';

/**
 * The job key the background recorded for this tab (in session storage): undefined while loading,
 * null for none. Follows changes, so a capture landing while the popup is open shows at once.
 */
export function useTabJobKey(tabId: number | null | undefined): string | null | undefined {
  const [jobKey, setJobKey] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setJobKey(null);
      return;
    }
    let live = true;
    const read = () => {
      tabPosting(tabId).then(
        (posting) => live && setJobKey(posting?.jobKey ?? null),
        () => live && setJobKey(null),
      );
    };
    read();
    // Session storage holds a few small entries per tab: re-reading on any change is cheap.
    browser.storage.session.onChanged.addListener(read);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(read);
    };
  }, [tabId]);
  return jobKey;
}
