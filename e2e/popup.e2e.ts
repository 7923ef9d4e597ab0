import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from '../lib/schema';
import { seriousViolations } from './axe';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';
import { openToolbarPopup, setTabPopup, type ToolbarPopup, tabPopupOf } from './toolbar';

/** Screenshots are test artifacts: they are what users see, so look at them. */
const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
/** What Chromium gives a popup at most; the first screen is what shows without scrolling. */
const POPUP = { width: 400, height: 600 };

const LEVER_URL = 'https://jobs.lever.co/tidewater/7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
const LONG_URL = 'https://jobs.lever.co/harbourline/2b9e6c41-7d3a-4f08-9c55-1e6a0b4d8f27';

/** A long data posting on a Lever-style page, in our own words: many tools per sentence. */
const LONG_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbourline Freight - Senior Data Engineer</title></head>
<body class="show-page"><div class="content-wrapper posting-page"><div class="content">
<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
<div class="posting-headline"><h2>Senior Data Engineer</h2><div class="posting-categories">
<div class="sort-by-time posting-category location">Rotterdam, Netherlands</div>
<div class="sort-by-commitment posting-category commitment">Full-time</div>
<div class="posting-category workplaceTypes">Hybrid</div></div></div></div></div>
<div class="section-wrapper page-full-width">
<div class="section page-centered" data-qa="job-description"><div>Harbourline Freight moves containers across
Europe and wants its shipment data on time, every time.</div></div>
<div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list">
<li>5+ years of experience in data engineering</li>
<li>A bachelor's degree in computer science or a related field</li>
<li>Strong skills in Python, SQL, Scala and Java</li>
<li>Hands-on work with Spark, Kafka, Airflow and dbt in production</li>
<li>Experience running Docker and Kubernetes on AWS with Terraform</li>
<li>Fluent English; Dutch is a plus</li>
</ul></div>
<div class="section page-centered"><h3>Nice to have</h3><ul class="posting-requirements plain-list">
<li>Familiarity with Looker, Tableau or Power BI</li>
<li>Knowledge of Snowflake and BigQuery</li>
<li>An AWS certification</li>
</ul></div>
<div class="section page-centered" data-qa="closing-description"><div>We answer every application.</div></div>
</div></div></div></body></html>`;

const PROFILE = Profile.parse({
  totalYears: 6,
  experience: [{ field: 'data engineering', years: 6 }],
  skills: ['Python', 'SQL', 'Airflow', 'Docker', 'Nextflow'],
  languages: [{ language: 'en', level: 'C2' }],
  workplaces: ['hybrid', 'remote'],
});

/**
 * Stores the profile as lib/db does (the row is the value, under the singleton key). The dashboard
 * page creates the database when it opens it: until its stores exist, try again shortly.
 */
function putProfile(profile: Profile): Promise<void> {
  const attempt = (left: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('reqlens');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const idb = open.result;
        if (!idb.objectStoreNames.contains('profile')) {
          idb.close();
          if (left === 0) return reject(new Error('the extension never created its database'));
          setTimeout(() => attempt(left - 1).then(resolve, reject), 100);
          return;
        }
        const tx = idb.transaction('profile', 'readwrite');
        tx.objectStore('profile').put(profile, 'singleton');
        tx.oncomplete = () => {
          idb.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  return attempt(100);
}

/** The bottom edge of an element, in page pixels. */
async function bottom(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box.y + box.height;
}

describe('the popup at its own size', () => {
  let h: Harness;
  let store: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launch();
    h.serve(
      LEVER_URL,
      readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures/lever.html'), 'utf8'),
    );
    h.serve(LONG_URL, LONG_PAGE);
    store = await h.extensionPage('dashboard.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function popupFor(url: string, postings: number): Promise<{ popup: Page; tab: Page }> {
    const tab = await h.context.newPage();
    await tab.goto(url);
    await expect
      .poll(async () => (await readPostings(store)).length, { timeout: 15_000 })
      .toBe(postings);
    const tabId = await h.clickAction(tab);
    const popup = await h.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: 'Save', exact: true }).waitFor();
    await popup.getByText(/^Fit \d+%$/).waitFor();
    return { popup, tab };
  }

  it('shows Save, status, note and the fit score on its first screen', async () => {
    await store.evaluate(putProfile, PROFILE);
    const { popup, tab } = await popupFor(LEVER_URL, 1);
    for (const selector of ['button.primary', 'select', 'textarea', '.fit-score']) {
      expect(await bottom(popup, selector), selector).toBeLessThanOrEqual(POPUP.height);
    }
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`popup height, Lever fixture posting: ${height} px`);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-first-screen.png') });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-lever-full.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);

    // Grouped by kind; "Nextflow or Snakemake" is one item, and its sentence shows once.
    const skills = popup.getByRole('region', { name: /^Skills \(\d+\)$/ });
    await skills.waitFor();
    expect(await popup.getByText('Experience with Nextflow or Snakemake').count()).toBe(1);

    // Selecting an item highlights its sentence on the page, with the keyboard too.
    const overlay = tab.locator('[data-reqlens="highlight"]');
    await skills.getByRole('button', { name: /^Nextflow or Snakemake/ }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => overlay.count()).toBe(1);
    await popup.close();
    await tab.close();
  });

  it('keeps a long posting short: one quote per sentence, long groups folded', async () => {
    const { popup, tab } = await popupFor(LONG_URL, 2);
    const skills = popup.getByRole('region', { name: /^Skills \(\d+\)$/ });
    await skills.waitFor();
    const quotes = await popup.locator('q').allTextContents();
    expect(new Set(quotes).size).toBe(quotes.length);
    const more = skills.getByRole('button', { name: /^Show \d+ more$/ });
    expect(await more.count()).toBe(1);
    const folded = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-long-first-screen.png') });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-long-full.png'), fullPage: true });
    const count = await popup.locator('.req-item').count();
    console.log(`popup height, long posting (${count} items shown folded): ${folded} px`);
    expect(await bottom(popup, 'textarea')).toBeLessThanOrEqual(POPUP.height);

    await more.click();
    expect(await skills.getByRole('button', { name: 'Show fewer' }).count()).toBe(1);
    expect(await popup.locator('.req-item').count()).toBeGreaterThan(count);
    // Badges line up in one column whatever the item's length.
    const edges = await skills.locator('.fit-badge').evaluateAll((badges) =>
      badges.map((b) => {
        const box = b.getBoundingClientRect();
        return `${Math.round(box.left)}-${Math.round(box.right)}`;
      }),
    );
    expect(edges.length).toBeGreaterThan(3);
    expect(new Set(edges).size).toBe(1);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  /** The active tab's id, once `page` is in front. */
  async function frontTab(page: Page): Promise<number> {
    await page.bringToFront();
    // Its tab is active once the page is visible.
    await page.waitForFunction(() => document.visibilityState === 'visible');
    // The page's tab id, from the entry the background keeps for the tab its capture came from
    // (`tab:<id>`, with the tab's address): the last focused window's active tab may be another.
    const url = page.url();
    let found: number | null = null;
    await expect
      .poll(
        async () => {
          found = await h.worker.evaluate(async (address) => {
            const { chrome } = globalThis as unknown as {
              chrome: {
                storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
              };
            };
            const all = await chrome.storage.session.get(null);
            const ids = Object.entries(all)
              .filter(([k, v]) => k.startsWith('tab:') && (v as { url?: string })?.url === address)
              .map(([k]) => Number(k.slice(4)));
            // The newest tab showing the address (a closed one's entry may linger a moment).
            return ids.length > 0 ? Math.max(...ids) : null;
          }, url);
          return found;
        },
        { timeout: 15_000 },
      )
      .not.toBeNull();
    return found as unknown as number;
  }

  /** The posting panel of the toolbar popup, once its posting and its controls are in. */
  async function shown(popup: ToolbarPopup): Promise<string> {
    const panel = () =>
      popup.evaluate<string>("document.querySelector('.posting-panel')?.innerText ?? ''");
    await expect.poll(panel, { timeout: 15_000 }).toMatch(/\bSave\b[\s\S]*\bStatus\b/);
    return panel();
  }

  it('the toolbar popup shows its tab’s posting, named in its address or not', async () => {
    const other = await h.context.newPage();
    await other.goto(LONG_URL);
    const tab = await h.context.newPage();
    await tab.goto(LEVER_URL);
    const tabId = await frontTab(tab);
    const otherId = await frontTab(other);
    await frontTab(tab);
    const base = `chrome-extension://${h.extensionId}/popup.html`;
    // Session entries for both tabs (the content script captured them).
    await expect
      .poll(() => readPostings(store).then((rows) => rows.length), { timeout: 15_000 })
      .toBe(2);
    const rows = await readPostings(store);
    const keyOf = (title: string) =>
      encodeURIComponent(rows.find((row) => row.title === title)?.jobKey ?? '');
    const own = keyOf('Senior Bioinformatics Engineer');
    const others = keyOf('Senior Data Engineer');
    // The background names each tab, and the posting it shows, in its popup's address.
    await expect.poll(() => tabPopupOf(h, tabId)).toBe(`${base}?tabId=${tabId}&job=${own}`);
    await expect.poll(() => tabPopupOf(h, otherId)).toBe(`${base}?tabId=${otherId}&job=${others}`);

    // No tab named (the manifest's address: a browser that kept none), another tab, its own tab
    // with another posting, its own.
    const addresses = [
      'popup.html',
      `popup.html?tabId=${otherId}`,
      `popup.html?tabId=${tabId}&job=${others}`,
      `popup.html?tabId=${tabId}`,
    ];
    for (const address of addresses) {
      await setTabPopup(h, tabId, address);
      const popup = await openToolbarPopup(h, tab);
      expect(popup.url).toBe(`chrome-extension://${h.extensionId}/${address}`);
      const text = await shown(popup);
      // The tab's own posting, never the one its address may name instead.
      expect(text, address).toContain('Senior Bioinformatics Engineer');
      expect(text, address).not.toContain('Senior Data Engineer');
      if (address === addresses[3]) {
        // With the profile stored by the first test, the fit comes in after the controls.
        await expect
          .poll(() => popup.evaluate<string>('document.body.innerText'), { timeout: 15_000 })
          .toMatch(/Fit \d+%/);
        writeFileSync(path.join(ARTIFACTS, 'popup-toolbar.png'), await popup.screenshot());
      }
      await popup.close();
    }
    await tab.close();
    await other.close();
  });

  it('shows the posting’s status on its first screen without opening the database', async () => {
    const tab = await h.context.newPage();
    await tab.goto(LEVER_URL);
    const tabId = await frontTab(tab);
    const job = /[?&]job=([^&]+)/;
    await expect.poll(() => tabPopupOf(h, tabId), { timeout: 15_000 }).toMatch(job);
    const address = await tabPopupOf(h, tabId);
    const jobKey = decodeURIComponent(job.exec(address)?.[1] ?? '');

    // The user marks it applied in the popup; the write leaves its copy in session storage.
    const first = await h.context.newPage();
    await first.goto(address);
    await first.getByLabel('Status').selectOption('applied');
    const mirrored = () =>
      h.worker.evaluate(async (key) => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        };
        const entry = (await chrome.storage.session.get(key))[key];
        return (entry as { status?: string } | undefined)?.status ?? null;
      }, `tracked:${jobKey}`);
    await expect.poll(mirrored, { timeout: 15_000 }).toBe('applied');
    await first.close();

    // Opened again, with every IndexedDB open counted: its first screen already says "applied".
    const popup = await h.context.newPage();
    await popup.addInitScript(() => {
      const w = window as unknown as { opens: number; first?: { status: string; opens: number } };
      w.opens = 0;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args) {
        w.opens++;
        return open.apply(this, args);
      };
      new MutationObserver(() => {
        const select = document.querySelector<HTMLSelectElement>('.posting-panel select');
        if (select && !w.first) w.first = { status: select.value, opens: w.opens };
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(address);
    const firstScreen = () => popup.evaluate(() => (window as { first?: unknown }).first ?? null);
    await expect.poll(firstScreen, { timeout: 15_000 }).toEqual({ status: 'applied', opens: 0 });
    // The database side then takes over, and agrees.
    await expect
      .poll(() => popup.evaluate(() => (window as unknown as { opens: number }).opens))
      .toBeGreaterThan(0);
    expect(await popup.getByLabel('Status').inputValue()).toBe('applied');
    await popup.close();
    await tab.close();
  });
});
