import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Debian's Firefox ESR with the built Firefox extension, driven over WebDriver BiDi by
 * puppeteer-core (playwright-core only drives its own patched Firefox). Every web request of a
 * page made with `newPage` is answered from fixtures; anything else is aborted and recorded.
 */

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_ID = 'reqlens@reqlens.dev';
/** A fixed moz-extension:// host (Firefox picks a random one per profile otherwise). */
const EXTENSION_HOST = '5b0f3a9e-2d41-4c8e-9a67-3e1f0c2b7d94';

export interface FirefoxHarness {
  browser: Browser;
  /** Requests that were not a routed fixture: must stay empty. */
  unrouted: string[];
  serve(url: string, body: string): void;
  /** A tab whose web requests are answered from `serve`. */
  newPage(): Promise<Page>;
  /** An extension page (`popup.html?tabId=3`, `dashboard.html#/board`) in a tab of its own. */
  extensionPage(pathname: string): Promise<Page>;
  /** A page's viewport, set over BiDi (Puppeteer's `setViewport` also sends a screen-orientation
   * command Firefox ESR 140 does not know). */
  resize(page: Page, width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_HOST }),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const routes = new Map<string, string>();
  const unrouted: string[] = [];

  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:') {
        return void request.continue();
      }
      // The browser's own favicon fetch, not the page's or the extension's.
      if (url.pathname === '/favicon.ico') return void request.respond({ status: 404, body: '' });
      url.hash = '';
      const body = routes.get(url.href) ?? routes.get(`${url.origin}${url.pathname}`);
      if (body === undefined) {
        unrouted.push(url.href);
        return void request.abort('blockedbyclient');
      }
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    return page;
  };

  const extensionPage = async (pathname: string) => {
    const url = `moz-extension://${EXTENSION_HOST}/${pathname}`;
    const page = await browser.newPage();
    // BiDi navigates a tab to moz-extension:// but reports no load event for it: the navigation
    // is not awaited, the page is when its document is the extension page and has loaded. (The
    // browser's privileged window, used before, is no longer reachable in Firefox ESR 140.12.)
    void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
    for (let tries = 0; tries < 150; tries++) {
      const state = await page
        .evaluate(() => [location.href, document.readyState])
        .catch(() => ['', '']);
      if (state[0] === url && state[1] === 'complete') return page;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Firefox never opened ${url}`);
  };

  const resize = async (page: Page, width: number, height: number) => {
    const { connection } = browser as unknown as { connection: BidiConnection };
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await connection.send('browsingContext.setViewport', { context, viewport: { width, height } });
  };

  return {
    browser,
    unrouted,
    serve: (url, body) => routes.set(url, body),
    newPage,
    extensionPage,
    resize,
    close: () => browser.close(),
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}
