import { JOB_SITE_MATCHES } from '@/lib/detect/core';
import { startDetection } from '@/utils/content/detection-session';
import { whenFrameShown } from '@/utils/content/frame-visibility';

/**
 * Declared on the known job sites: detects the posting and follows in-page navigation. Top
 * documents only: `wxt.config.ts` adds the frames of the sites whose postings live in one (iCIMS,
 * Greenhouse embeds), and a frame is read only once a reader can see it.
 */
export default defineContentScript({
  matches: [...JOB_SITE_MATCHES],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise `postMessage` every page a "content-script-started" message naming the
  // extension, which any script of the page can read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    whenFrameShown(ctx, () => {
      void startDetection(ctx).detectNow();
    });
  },
});
