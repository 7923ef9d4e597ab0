import type { Page } from 'playwright-core';
import type { Harness } from './fixtures';

/** The part of the service worker's `chrome` global the toolbar helpers call. */
interface ChromeActionGlobal {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; windowId?: number }[]> };
    action: {
      openPopup(options: { windowId?: number }): Promise<void>;
      getPopup(d: { tabId: number }): Promise<string>;
      setPopup(d: { tabId: number; popup: string }): Promise<void>;
    };
  };
}

/** The real toolbar popup, which Playwright does not list as a page: reached over CDP. */
export interface ToolbarPopup {
  url: string;
  /** Evaluates `expression` in the popup and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of what the popup shows. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

type Send = (method: string, params?: object) => Promise<unknown>;

/**
 * Opens the toolbar popup of the active tab as the browser does for a click on the action
 * (`action.openPopup`: the popup address is the tab's own, as the background set it; Chromium's
 * CDP `Extensions.triggerAction` would open the default address instead).
 */
export async function openToolbarPopup(h: Harness, page: Page): Promise<ToolbarPopup> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser for this context');
  const cdp = await browser.newBrowserCDPSession();
  const send = cdp.send.bind(cdp) as unknown as Send;
  type Target = { targetId: string; url: string; type: string };
  const targets = async () =>
    ((await send('Target.getTargets')) as { targetInfos: Target[] }).targetInfos;
  // Popups opened before (CDP's triggerAction leaves its own open) are not this one.
  const before = new Set((await targets()).map((t) => t.targetId));
  // Chromium opens the popup in a focused window only; focus may lag behind a popup just closed.
  for (let tries = 0; ; tries++) {
    await page.bringToFront();
    const opened = await h.worker
      .evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeActionGlobal;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.action.openPopup({ windowId: tab?.windowId });
      })
      .then(
        () => null,
        (error: Error) => error,
      );
    if (!opened) break;
    if (tries === 20) throw opened;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const prefix = `chrome-extension://${h.extensionId}/popup.html`;
  let target: { targetId: string; url: string } | undefined;
  for (let tries = 0; !target && tries < 100; tries++) {
    target = (await targets()).find(
      (t) => t.type === 'page' && t.url.startsWith(prefix) && !before.has(t.targetId),
    );
    if (!target) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!target) throw new Error('the toolbar popup never opened');
  const { sessionId } = (await send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  const pending = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id: number; result?: unknown; error?: unknown };
    pending.get(reply.id)?.(reply);
  });
  let next = 0;
  const call = async (method: string, params: object) => {
    const id = ++next;
    const replied = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
      pending.set(id, resolve),
    );
    await send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const reply = await replied;
    if (reply.error) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
    return reply.result;
  };
  return {
    url: target.url,
    async evaluate<T>(expression: string) {
      const result = (await call('Runtime.evaluate', { expression, returnByValue: true })) as {
        result: { value: T };
      };
      return result.result.value;
    },
    async screenshot() {
      const { data } = (await call('Page.captureScreenshot', { format: 'png' })) as {
        data: string;
      };
      return Buffer.from(data, 'base64');
    },
    async close() {
      await call('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Sets the popup address of tab `tabId` as the background would . */
export async function setTabPopup(h: Harness, tabId: number, popup: string): Promise<void> {
  await h.worker.evaluate(
    async ([id, address]) => {
      const { chrome } = globalThis as unknown as ChromeActionGlobal;
      await chrome.action.setPopup({ tabId: id, popup: address });
    },
    [tabId, popup] as const,
  );
}

/** The popup address the browser has for tab `tabId`. */
export function tabPopupOf(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as ChromeActionGlobal;
    return chrome.action.getPopup({ tabId: id });
  }, tabId);
}
