import type { CaptureReply } from '@/lib/messages';
import { startDetection } from '@/utils/content/detection-session';

/**
 * The same detection on any site, registered at runtime: injected by the popup's "Scan this page"
 * (activeTab + scripting) and registered on all sites when the user opts in. Its result is the
 * value `scripting.executeScript` hands back to the popup.
 */
export default defineContentScript({
  registration: 'runtime',
  // No "content-script-started" postMessage to the page (see job.content.ts).
  noScriptStartedPostMessage: true,
  main(ctx): Promise<CaptureReply | null> {
    return startDetection(ctx).detectNow();
  },
});
