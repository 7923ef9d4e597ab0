import { JOB_SITE_MATCHES } from '@/lib/detect/core';
import { startDetection } from '@/utils/content/detection-session';

/** Declared on the known job sites: detects the posting and follows in-page navigation. */
export default defineContentScript({
  matches: [...JOB_SITE_MATCHES],
  runAt: 'document_idle',
  // iCIMS and embedded Greenhouse boards show the posting inside a frame of a matched host.
  allFrames: true,
  main(ctx) {
    void startDetection(ctx).detectNow();
  },
});
