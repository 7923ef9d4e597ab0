import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detect, pageIdentity } from '@/lib/detect/core';
import { findQuoteRange } from '@/lib/detect/quote';
import { type CaptureReply, onMessage, sendMessage } from '@/lib/messages';
import type { PageCapture } from '@/lib/schema';
import { type Overlay, showOverlay } from './highlight-overlay';

/**
 * Content-script wiring shared by the declared script (known job sites) and the runtime one
 * ("Scan this page", opt-in all sites): detect, send, follow SPA navigation, highlight quotes.
 * Everything is tied to WXT's `ctx`, so an extension reload or a re-injection tears it down.
 */

/** Quiet time after the last DOM mutation before detecting: one render burst, one detection. */
const SETTLE_MS = 250;
/** How long to wait for a posting to render after a load or navigation before giving up. */
const WAIT_MS = 15_000;
/** Pauses before sending a capture again that got no answer (the worker stopped or restarted). */
const RETRY_MS = [300, 1_000, 3_000];

/** A last reader for a page the automatic ones turned down (the scan script's Readability). */
export type FallbackReader = (doc: Document, url: string) => PageCapture | null;

export interface DetectionSession {
  /**
   * Detect now; resolves with the background's answer, or null when no posting is shown.
   * `fallback` reads the page when detection finds nothing: only on the user's request.
   */
  detectNow(fallback?: FallbackReader): Promise<CaptureReply | null>;
}

export function startDetection(ctx: ContentScriptContext): DetectionSession {
  let current: PageCapture | null = null;
  // The last job sent, kept after a clear: a new URL still showing this text is a pane mid-swap.
  let last: { jobKey: string; text: string } | null = null;
  let overlay: Overlay | null = null;
  let unlistenHighlight: (() => void) | null = null;

  /**
   * Sends a capture. When no answer comes back (the service worker was stopped mid-capture, or
   * was starting), the capture is sent again, a few times, for as long as the page still shows it.
   */
  const send = async (capture: PageCapture): Promise<CaptureReply | null> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await sendMessage('capture', capture);
      } catch {
        if (attempt >= RETRY_MS.length) return null;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt]));
        if (ctx.isInvalid || current !== capture) return null;
      }
    }
  };

  const clear = () => {
    if (!current) return;
    current = null;
    unlistenHighlight?.();
    unlistenHighlight = null;
    void sendMessage('cleared', undefined).catch(() => undefined);
  };

  const listenForHighlight = () => {
    // Only a frame that shows the posting answers: with several frames the first answer wins.
    unlistenHighlight ??= onMessage('highlight', ({ data }) => {
      overlay?.remove();
      overlay = null;
      const range = findQuoteRange(document, data.text);
      if (!range) return false;
      overlay = showOverlay(range, ctx.signal);
      return true;
    });
  };

  /** One detection. `force` accepts content equal to the previous job's (end of the wait). */
  const run = (
    force = false,
    fallback?: FallbackReader,
  ): { capture: PageCapture | null; reply?: Promise<CaptureReply | null> } => {
    if (ctx.isInvalid) return { capture: null };
    const capture = detect(document, location.href) ?? fallback?.(document, location.href) ?? null;
    if (!capture) {
      clear();
      return { capture: null };
    }
    if (capture.jobKey === current?.jobKey) return { capture };
    // Never file the previous job's content under the new job's key: wait for the new render.
    if (!force && last && last.jobKey !== capture.jobKey && last.text === capture.text) {
      return { capture: null };
    }
    current = capture;
    last = { jobKey: capture.jobKey, text: capture.text };
    listenForHighlight();
    return { capture, reply: send(capture) };
  };

  // Waiting: a debounced MutationObserver runs while the page may still be rendering a posting.
  let observer: MutationObserver | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const stopWaiting = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(settle);
    clearTimeout(deadline);
  };

  const onSettled = () => {
    // Cheap check first: the URL still names the job already sent, so there is nothing new.
    const identity = pageIdentity(document, location.href);
    if (current && identity?.jobKey === current.jobKey) return stopWaiting();
    if (run().capture) stopWaiting();
  };

  const wait = () => {
    stopWaiting();
    observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(onSettled, SETTLE_MS);
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    deadline = setTimeout(() => {
      stopWaiting();
      run(true);
    }, WAIT_MS);
  };
  ctx.onInvalidated(stopWaiting);

  const onNavigate = () => {
    overlay?.remove();
    overlay = null;
    const identity = pageIdentity(document, location.href);
    // The URL now names another job: the tab no longer shows the one sent, even before the new
    // one renders. (Elsewhere detection itself decides: a hash change keeps the same key.)
    if (current && identity && identity.jobKey !== current.jobKey) clear();
    if (!run().capture) wait();
  };
  // WXT's location watcher: Navigation API events (history.pushState included), no polling in
  // Chromium. It fires before the URL commits, so detection runs on the next task.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    setTimeout(onNavigate, 0);
  });

  return {
    async detectNow(fallback) {
      const { capture, reply } = run(false, fallback);
      if (!capture) {
        wait();
        return null;
      }
      return (await reply) ?? { stored: false, jobKey: capture.jobKey };
    },
  };
}
