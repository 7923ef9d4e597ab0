import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The smallest part of a frame, in CSS pixels, a reader must see for the posting in it to count:
 * a page cannot plant records through tiny, hidden or off-screen job frames.
 */
export const MIN_SHOWN = { width: 240, height: 160 };

/** Reported each time the shown part crosses one of these ratios (a frame scrolling into view). */
const THRESHOLDS = [
  0,
  0.001,
  0.005,
  0.01,
  0.02,
  0.05,
  ...Array.from({ length: 20 }, (_, i) => (i + 1) / 20),
];

/**
 * Runs `start` at once in a tab's top document. In a frame, runs it once the frame shows at least
 * `MIN_SHOWN` of itself in the tab's viewport (an IntersectionObserver with the implicit root
 * measures against the top-level viewport, across origins), and never while it is hidden (`display:
 * none` and 1×1 frames show nothing) or scrolled out of sight.
 */
export function whenFrameShown(ctx: ContentScriptContext, start: () => void): void {
  if (window === window.top) {
    start();
    return;
  }
  if (typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver(
    (entries) => {
      const shown = entries.some(
        ({ isIntersecting, intersectionRect: r }) =>
          isIntersecting && r.width >= MIN_SHOWN.width && r.height >= MIN_SHOWN.height,
      );
      if (!shown || ctx.isInvalid) return;
      observer.disconnect();
      start();
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(document.documentElement);
  ctx.onInvalidated(() => observer.disconnect());
}
