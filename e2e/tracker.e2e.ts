import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

const POSTING_URL = 'https://jobs.lever.co/tidewater/7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
const JOB_KEY = 'lever:tidewater:7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
/** Screenshots are test artifacts: they are what users see, so look at them. */
const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

/** The part of the service worker's `chrome` global the reminder test calls. */
interface AlarmsGlobal {
  chrome: {
    alarms: {
      get(name: string): Promise<{ scheduledTime: number } | undefined>;
      create(name: string, info: { when: number }): Promise<void>;
    };
    notifications: { getAll(): Promise<Record<string, boolean>> };
  };
}

describe('tracking an application from the popup to the dashboard and back from a backup', () => {
  let h: Harness;
  let title = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launch();
    h.serve(
      POSTING_URL,
      readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures/lever.html'), 'utf8'),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  async function popupFor(tab: Page) {
    const tabId = await h.clickAction(tab);
    return h.extensionPage(`popup.html?tabId=${tabId}`);
  }

  it('shows the posting in the popup, saves it and marks it applied', async () => {
    const tab = await h.context.newPage();
    await tab.goto(POSTING_URL);
    const store = await h.extensionPage('dashboard.html');
    await expect.poll(async () => (await readPostings(store)).length, { timeout: 15_000 }).toBe(1);
    title = (await readPostings(store))[0]?.title ?? '';
    expect(title).not.toBe('');

    const popup = await popupFor(tab);
    await expect.poll(() => popup.locator('body').textContent()).toContain(title);
    await expect.poll(() => popup.getByRole('region', { name: /^Skills/ }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByLabel('Status').selectOption('applied');
    await expect
      .poll(async () => (await readPostings(store))[0]?.status, { timeout: 15_000 })
      .toBe('applied');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);
    // The dark theme follows the system: its contrast is checked too.
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-dark.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);

    // A requirement's sentence is highlighted on the page by the content script's own overlay,
    // which the next navigation takes away.
    const overlay = tab.locator('[data-reqlens="highlight"]');
    expect(await overlay.count()).toBe(0);
    await popup.getByRole('button', { name: /^Nextflow or Snakemake/ }).click();
    await expect.poll(() => overlay.count()).toBe(1);
    expect(await popup.getByRole('alert').count()).toBe(0);
    await tab.reload();
    await expect.poll(() => tab.locator('h2, h1').count()).toBeGreaterThan(0);
    expect(await overlay.count()).toBe(0);

    await popup.close();
    await store.close();
  });

  it('shows the card under Applied on the dashboard board', async () => {
    const board = await h.extensionPage('dashboard.html#/board');
    const applied = board.getByRole('region', { name: /^Applied/ });
    await expect
      .poll(() => applied.getByRole('article').allInnerTexts())
      .toEqual([expect.stringContaining(title)]);
    await board.setViewportSize({ width: 1280, height: 800 });
    await board.screenshot({ path: path.join(ARTIFACTS, 'dashboard-board.png') });
    expect(await seriousViolations(board)).toEqual([]);
    await board.emulateMedia({ colorScheme: 'dark' });
    await board.screenshot({ path: path.join(ARTIFACTS, 'dashboard-board-dark.png') });
    expect(await seriousViolations(board)).toEqual([]);
    await board.emulateMedia({ colorScheme: 'light' });

    await board.close();
  });

  it('shows the posting page, marks a requirement in the text, and the other pages', async () => {
    // Opened directly in a tab of its own (a hash change in an open dashboard is a navigation).
    const board = await h.extensionPage(`dashboard.html#/posting/${encodeURIComponent(JOB_KEY)}`);
    await board.setViewportSize({ width: 1280, height: 800 });
    const heading = board.getByRole('heading', { level: 1, name: title });
    await heading.waitFor();
    await board.getByRole('heading', { name: 'Status history' }).waitFor();
    await board.locator('.req-list').waitFor();
    // Opened directly: the heading neither takes focus nor draws a ring across the page.
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(false);
    const open = board.getByRole('link', { name: 'Open posting' });
    expect(await open.getAttribute('href')).toBe(POSTING_URL);
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await board.getByText('Seen on Lever').count()).toBe(1);
    await board.screenshot({ path: path.join(ARTIFACTS, 'dashboard-posting.png'), fullPage: true });
    expect(await seriousViolations(board)).toEqual([]);

    // A requirement picked in the list marks its sentence in the stored text and scrolls to it.
    const evidence = (await board.locator('.req-list .req-evidence').first().textContent()) ?? '';
    await board.locator('.req-list button.req-row').first().click();
    const mark = board.locator('pre.posting-text mark');
    await expect.poll(() => mark.textContent()).toBe(evidence);
    await expect.poll(() => mark.isVisible()).toBe(true);
    const inView = () =>
      mark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const pre = el.closest('pre')?.getBoundingClientRect();
        return !!pre && box.top >= pre.top - 1 && box.bottom <= pre.bottom + 1;
      });
    await expect.poll(inView).toBe(true);
    // Scrolled into the window too (smoothly: wait until it has settled there).
    const inWindow = () =>
      mark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await expect.poll(inWindow).toBe(true);
    await board.waitForTimeout(600);
    await board.screenshot({ path: path.join(ARTIFACTS, 'dashboard-posting-highlight.png') });

    // After an in-page navigation the heading takes focus, with no ring from a mouse click.
    await board.getByRole('link', { name: 'Insights' }).click();
    const insights = board.getByRole('heading', { level: 1, name: 'Insights' });
    await insights.waitFor();
    await expect.poll(() => insights.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await insights.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await board.getByText(/of your applications got a reply/).waitFor();
    await board.screenshot({
      path: path.join(ARTIFACTS, 'dashboard-insights.png'),
      fullPage: true,
    });
    expect(await seriousViolations(board)).toEqual([]);

    await board.getByRole('link', { name: 'Profile', exact: true }).click();
    await board.getByRole('button', { name: 'Save profile' }).waitFor();
    await board.getByLabel('Willing to travel').selectOption('percent');
    await board.getByRole('button', { name: 'Save profile' }).click();
    await board.getByText('Say what share of your time, from 0 to 100.').waitFor();
    await board.screenshot({ path: path.join(ARTIFACTS, 'dashboard-profile.png'), fullPage: true });
    await board.close();
  });

  it('sets a follow-up reminder as a browser alarm, which shows a notification when due', async () => {
    const page = await h.extensionPage(`dashboard.html#/posting/${encodeURIComponent(JOB_KEY)}`);
    // The form stays folded until the user asks for it.
    await page.getByRole('button', { name: 'Set a reminder' }).click();
    const due = new Date();
    due.setDate(due.getDate() + 1);
    const date = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Remind me on').fill(date);
    await page.getByLabel('At', { exact: true }).fill('09:00');
    await page.getByRole('button', { name: 'Set reminder' }).click();
    const name = `reminder:${JOB_KEY}`;
    const alarm = () =>
      h.worker.evaluate(
        (alarmName) => (globalThis as unknown as AlarmsGlobal).chrome.alarms.get(alarmName),
        name,
      );
    await expect
      .poll(async () => (await alarm())?.scheduledTime)
      .toBe(new Date(due.getFullYear(), due.getMonth(), due.getDate(), 9, 0).getTime());

    // Bring it forward (the stored time and the alarm both), as if that morning had come.
    const soon = Date.now() + 1000;
    await page.evaluate(
      ({ key, at }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('reqlens');
          open.onsuccess = () => {
            const idb = open.result;
            const store = idb.transaction('postings', 'readwrite').objectStore('postings');
            const get = store.get(key);
            get.onsuccess = () => {
              const put = store.put({ ...get.result, reminderAt: at });
              // Closed at once: an open connection would block the extension's next upgrade.
              put.onsuccess = () => {
                idb.close();
                resolve();
              };
              put.onerror = () => reject(put.error);
            };
          };
          open.onerror = () => reject(open.error);
        }),
      { key: JOB_KEY, at: soon },
    );
    await h.worker.evaluate(
      ({ alarmName, when }) =>
        (globalThis as unknown as AlarmsGlobal).chrome.alarms.create(alarmName, { when }),
      { alarmName: name, when: soon },
    );
    const notifications = () =>
      h.worker.evaluate(() =>
        (globalThis as unknown as AlarmsGlobal).chrome.notifications.getAll(),
      );
    await expect.poll(notifications, { timeout: 10_000 }).toHaveProperty([name]);
    // Shown once: the reminder is cleared, and the posting page says so.
    await expect.poll(() => page.getByText('No reminder set.').count()).toBe(1);
    await page.close();
  });

  it('exports JSON, clears everything, imports the file and gets everything back', async () => {
    const settings = await h.extensionPage('dashboard.html#/settings');
    const before = await readPostings(settings);
    const [download] = await Promise.all([
      settings.waitForEvent('download'),
      settings.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const file = path.join(ARTIFACTS, 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.postings).toHaveLength(1);

    await settings.getByRole('button', { name: 'Clear all data' }).click();
    await settings.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => readPostings(settings)).toEqual([]);

    await settings.getByLabel('Choose an export file to import').setInputFiles(file);
    await settings.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => readPostings(settings)).toEqual(before);
    await settings.close();

    const board = await h.extensionPage('dashboard.html#/board');
    const applied = board.getByRole('region', { name: /^Applied/ });
    await expect.poll(() => applied.getByRole('article').count()).toBe(1);
    await board.close();
  });
});
