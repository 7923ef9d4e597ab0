import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures', name), 'utf8');

const POSTING_URL = 'https://boards.greenhouse.io/quillstone/jobs/4012345';
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
  });
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
});
