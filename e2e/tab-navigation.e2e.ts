import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures', name), 'utf8');

const POSTING_URL = 'https://boards.greenhouse.io/quillstone/jobs/4012345';
/** The same posting, with an image that holds the page's load back until after its capture. */
const SLOW_URL = 'https://boards.greenhouse.io/quillstone/jobs/4012399';
const SLOW_IMAGE = 'https://boards.greenhouse.io/quillstone/banner.svg';
/** A site Reqlens has no host access to: Chromium hides its address from the extension. */
const UNKNOWN_URL = 'https://www.bakery-blog.example/recipes/sourdough';
const UNKNOWN_PAGE = `<!doctype html><html lang="en"><head><title>Sourdough at home</title></head>
<body><main><h1>Sourdough at home</h1><p>Feed the starter the night before, then mix flour,
water and salt. Let the dough rest for an hour and fold it every thirty minutes.</p></main></body></html>`;

describe('a tab shows what it shows', () => {
  let h: Harness;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launch();
    h.serve(POSTING_URL, fixture('greenhouse-classic.html'));
    h.serve(UNKNOWN_URL, UNKNOWN_PAGE);
    const slow = fixture('greenhouse-classic.html').replace(
      '</body>',
      `<img src="${SLOW_IMAGE}" alt=""></body>`,
    );
    h.serve(SLOW_URL, slow);
    h.serve(SLOW_IMAGE, {
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
      contentType: 'image/svg+xml',
      delayMs: 3_000,
    });
  });

  /** The posting the background keeps for the tab showing `url` (session entry `tab:<id>`). */
  const keptFor = (url: string) =>
    h.worker.evaluate(async (address) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      const all = await chrome.storage.session.get(null);
      const entry = Object.entries(all).find(
        ([key, value]) => key.startsWith('tab:') && (value as { url?: string })?.url === address,
      );
      return (entry?.[1] as { jobKey?: string } | undefined)?.jobKey ?? null;
    }, url);

  afterAll(async () => {
    await h?.close();
  });

  it('offers "Scan this page" after the tab leaves a posting for a site Reqlens cannot see', async () => {
    const store = await h.extensionPage('dashboard.html');
    const tab = await h.context.newPage();
    await tab.goto(POSTING_URL);
    await expect.poll(async () => (await readPostings(store)).length, { timeout: 15_000 }).toBe(1);
    const [posting] = await readPostings(store);
    const title = posting?.title ?? '';
    expect(title).not.toBe('');

    const tabId = await h.clickAction(tab);
    const before = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => before.locator('h2').first().textContent()).toBe(title);
    await before.close();

    // Same tab, another site: the extension gets a load event without the new address.
    await tab.goto(UNKNOWN_URL);
    await tab.waitForLoadState('load');
    const after = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => after.getByRole('button', { name: 'Scan this page' }).count()).toBe(1);
    // The posting left is no longer the tab's (it may still be listed under Recent postings).
    expect(await after.getByRole('heading', { name: title }).count()).toBe(0);
    await after.screenshot({ path: path.join(ARTIFACTS, 'popup-after-navigation.png') });
    expect(h.extensionRequests).toEqual([]);
  });

  it('keeps the tab’s posting when the page finishes loading after its capture', async () => {
    const tab = await h.context.newPage();
    // The content script reads the page 200 ms after its DOM is in; the image arrives seconds later.
    await tab.goto(SLOW_URL, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => keptFor(SLOW_URL), { timeout: 15_000 }).not.toBeNull();
    expect(await tab.evaluate(() => document.readyState)).not.toBe('complete');
    await tab.waitForLoadState('load');
    // The end of the load reaches the background without an address (no host access).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await keptFor(SLOW_URL)).not.toBeNull();
    await tab.close();
  });
});
