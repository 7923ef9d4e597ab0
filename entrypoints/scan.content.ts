// The full detector: the generic reader for careers pages and the sites only a scan reaches.
import '@/lib/detect';
import type { CaptureReply } from '@/lib/messages';
import { startDetection } from '@/utils/content/detection-session';

/**
 * The same detection on any site, registered at runtime: injected by the popup's "Scan this page"
 * (activeTab + scripting) and registered on all sites when the user opts in. Its result is the
 * value `scripting.executeScript` hands back to the popup.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx): Promise<CaptureReply | null> {
    return startDetection(ctx).detectNow();
  },
});
