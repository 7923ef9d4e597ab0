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
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // BiDi may not navigate to moz-extension:// itself: the harness opens those tabs from the
    // browser's own (privileged) window instead.
    args: ['--remote-allow-system-access'],
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
    // `connection` is Puppeteer's BiDi session: raw commands for the privileged window.
    const { connection } = browser as unknown as { connection: BidiConnection };
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = result.contexts[0]?.context;
    if (!window) throw new Error('Firefox has no browser window');
    await connection.send('script.evaluate', {
      expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
      }); true`,
      target: { context: window },
      awaitPromise: false,
    });
    for (let tries = 0; tries < 100; tries++) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === url) return page;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Firefox never opened ${url}`);
  };

  return {
    browser,
    unrouted,
    serve: (url, body) => routes.set(url, body),
    newPage,
    extensionPage,
    close: () => browser.close(),
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts: { context: string }[] } }>;
}
