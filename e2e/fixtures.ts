import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The part of the service worker's `chrome` global the harness calls. */
interface ChromeTabsGlobal {
  chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
}

/** A routed page: what the browser gets for one URL. */
export interface RoutedPage {
  body: string;
  contentType?: string;
  /** Answer this long after the request (a slow image holds its page's load back). */
  delayMs?: number;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that reached the network layer and was not a routed fixture: must stay empty. */
  unrouted: string[];
  /** Web requests made by the extension itself (service worker or extension pages): must stay empty. */
  extensionRequests: string[];
  /** Serve `body` at `url` (a real job-site hostname), so content scripts match as on the live site. */
  serve(url: string, page: RoutedPage | string): void;
  extensionPage(pathname: string): Promise<Page>;
  /** Clicks the toolbar action on `page`'s tab, as a user would; returns the tab's id. */
  clickAction(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension loaded. Every request is answered from
 * fixtures (no network at run time); anything else is aborted and recorded in `unrouted`.
 */
export async function launch(): Promise<Harness> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'reqlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets the test click the toolbar action (CDP Extensions.triggerAction), which grants activeTab.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const routes = new Map<string, RoutedPage>();
  const unrouted: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages load from chrome-extension://; only web traffic is routed.
    if (url.protocol === 'chrome-extension:') return route.continue();
    url.hash = '';
    const page = routes.get(url.href) ?? routes.get(`${url.origin}${url.pathname}`);
    if (!page) {
      unrouted.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (page.delayMs) await new Promise((resolve) => setTimeout(resolve, page.delayMs));
    return route.fulfill({
      status: 200,
      contentType: page.contentType ?? 'text/html; charset=utf-8',
      body: page.body,
    });
  });
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension:')) return;
    const origin = request.serviceWorker()?.url() ?? request.frame().url();
    if (origin.startsWith('chrome-extension:')) extensionRequests.push(request.url());
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    unrouted,
    extensionRequests,
    serve(url, page) {
      routes.set(new URL(url).href, typeof page === 'string' ? { body: page } : page);
    },
    async extensionPage(pathname) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`);
      return page;
    },
    async clickAction(page) {
      const browser = context.browser();
      if (!browser) throw new Error('no browser for this context');
      const cdp = await browser.newBrowserCDPSession();
      await page.bringToFront();
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab shows ${page.url()}`);
      // Not in Playwright's typed protocol yet: Chromium's Extensions domain.
      const send = cdp.send.bind(cdp) as (method: string, params: object) => Promise<unknown>;
      await send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      await cdp.detach();
      // The action's tab is the active one once it is in front; its URL may be hidden from tabs.query.
      return worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeTabsGlobal;
        const [found] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (found?.id === undefined) throw new Error('no active tab');
        return found.id;
      });
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
