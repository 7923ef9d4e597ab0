// The full detector: the generic reader for careers pages and the sites only a scan reaches.
import '@/lib/detect';
import { pageOffer, readablePosting } from '@/lib/detect/readable';
import { SCAN_REQUEST_KEY, type ScanResult } from '@/lib/messages';
import { startDetection } from '@/utils/content/detection-session';

/** Whether the popup's "Scan this page" asked for this run (the flag is used once). */
function takeScanRequest(): boolean {
  const world = globalThis as Record<string, unknown>;
  const asked = world[SCAN_REQUEST_KEY] === true;
  delete world[SCAN_REQUEST_KEY];
  return asked;
}

/**
 * The same detection on any site, registered at runtime: injected by the popup's "Scan this page"
 * (activeTab + scripting) and registered on all sites when the user opts in. Its result is the
 * value `scripting.executeScript` hands back to the popup. A click says the page is a posting:
 * when the automatic readers find none, the page's main content is read (Readability), and when
 * even that finds no text, the popup gets what it needs to offer saving the page anyway.
 */
export default defineContentScript({
  registration: 'runtime',
  // No "content-script-started" postMessage to the page (see job.content.ts).
  noScriptStartedPostMessage: true,
  async main(ctx): Promise<ScanResult | null> {
    const session = startDetection(ctx);
    if (!takeScanRequest()) return session.detectNow();
    const reply = await session.detectNow(readablePosting);
    return reply ?? { stored: false, jobKey: null, offer: pageOffer(document, location.href) };
  },
});
