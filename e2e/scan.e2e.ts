import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

const read = (rel: string) => readFileSync(path.resolve(import.meta.dirname, rel), 'utf8');

/** Careers sites Reqlens has no content script for: only "Scan this page" reads them. */
const JSONLD_URL = 'https://karriere.nordlicht-energie.de/stellen/projektleiter-windenergie-2231';
/**
 * The first scan after the service worker starts also compiles the engine's patterns (about a
 * second on an idle machine, several on a loaded CI runner with two cores).
 */
const SCAN_TIMEOUT = 20_000;
const PLAIN_URL = 'https://www.laiterie-du-bocage.fr/carrieres/technicien-maintenance-industrielle';

describe('"Scan this page" on sites Reqlens does not know', () => {
  let h: Harness;
  let store: Page;

  beforeAll(async () => {
    h = await launch();
    h.serve(JSONLD_URL, read('pages/careers-jsonld.html'));
    h.serve(PLAIN_URL, read('../lib/detect/fixtures/generic-careers-fr.html'));
    store = await h.extensionPage('dashboard.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Visits `url`, clicks the toolbar action (granting activeTab) and scans from the popup. */
  async function scan(url: string) {
    const tab = await h.context.newPage();
    await tab.goto(url);
    const tabId = await h.clickAction(tab);
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    return { tab, popup };
  }

  it('stores nothing on an unknown site by itself', async () => {
    const tab = await h.context.newPage();
    await tab.goto(JSONLD_URL);
    await tab.waitForTimeout(1500);
    expect(await readPostings(store)).toEqual([]);
    await tab.close();
  });

  it('reads a careers page with JSON-LD after the user asks', async () => {
    const { popup } = await scan(JSONLD_URL);
    await expect
      .poll(() => popup.locator('body').textContent(), { timeout: SCAN_TIMEOUT })
      .toContain('Projektleiter Windenergie');
    const [row] = await readPostings(store);
    expect(row?.company).toBe('Nordlicht Energie GmbH');
    const kinds = row?.extraction.requirements.map((r) => r.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['experience', 'language', 'education']));
  });

  it('reads a careers page with no structured data through the generic fallback', async () => {
    const { popup } = await scan(PLAIN_URL);
    await expect
      .poll(() => popup.locator('body').textContent(), { timeout: SCAN_TIMEOUT })
      .toContain('Technicien de maintenance industrielle');
    const rows = await readPostings(store);
    expect(rows.map((r) => r.site)).toContain('generic');
  });
});
