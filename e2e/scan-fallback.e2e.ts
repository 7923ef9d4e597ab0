import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures', name), 'utf8');

/** A careers page with no structured data and headings no automatic reader knows. */
const CAREERS_URL =
  'https://lavoro.caseificio-valdenza.it/careers/JobDetail/Tecnico-di-laboratorio/5521';
/** An application shell whose posting renders from script: no text for any reader. */
const SHELL_URL = 'https://apply.endeavour-labs.io/j/8A7F2C';
const SHELL = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Head of Operations - Endeavour Labs</title></head>
<body><div id="root"></div><noscript>Enable JavaScript to view this job.</noscript></body></html>`;

const PASTED = `Head of Operations
You will run our day-to-day operations and report to the COO.
What we are looking for
- 6+ years of experience in operations, ideally in retail technology
- Fluent English; Spanish is a plus
- Bachelor's degree in business or a related field`;

describe('"Scan this page" never strands the user', () => {
  let h: Harness;
  let store: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launch();
    h.serve(CAREERS_URL, fixture('readable-careers-it.html'));
    h.serve(SHELL_URL, SHELL);
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
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    return { tab, tabId, popup };
  }

  it('reads a careers page with no structured data from its main content', async () => {
    const { popup } = await scan(CAREERS_URL);
    const title = 'Tecnico di laboratorio - Controllo qualità alimentare, Parma';
    await expect
      .poll(() => popup.locator('h2').first().textContent(), { timeout: 15_000 })
      .toBe(title);
    const [row] = await readPostings(store);
    expect(row).toMatchObject({ title, company: "Caseificio Val d'Enza", status: 'seen' });
    const kinds = row?.extraction.requirements.map((r) => r.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['experience', 'education']));
    await popup.screenshot({
      path: path.join(ARTIFACTS, 'popup-scan-readable.png'),
      fullPage: true,
    });
    expect(h.extensionRequests).toEqual([]);
  });

  it('offers to save a page with no readable text, with its names and the pasted text', async () => {
    const { popup, tabId } = await scan(SHELL_URL);
    await popup.getByRole('heading', { name: 'Save this page anyway' }).waitFor();
    expect(await popup.getByLabel('Job title').inputValue()).toBe('Head of Operations');
    expect(await popup.getByLabel('Company').inputValue()).toBe('Endeavour Labs');
    expect(await popup.getByLabel(/Address/).inputValue()).toBe(SHELL_URL);
    await popup.getByLabel("The posting's text").fill(PASTED);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-save-anyway.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Save this page' }).click();

    await expect
      .poll(() => popup.locator('h2').first().textContent(), { timeout: 10_000 })
      .toBe('Head of Operations');
    const row = (await readPostings(store)).find((r) => r.title === 'Head of Operations');
    expect(row).toMatchObject({ company: 'Endeavour Labs', status: 'saved', site: 'generic' });
    const kinds = row?.extraction.requirements.map((r) => r.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['experience', 'language', 'education']));

    // Opened again on the same tab, the popup shows the saved job.
    const again = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => again.locator('h2').first().textContent(), { timeout: 10_000 })
      .toBe('Head of Operations');
  });

  it('adds a job by hand from the dashboard and edits its facts', async () => {
    const page = await h.extensionPage('dashboard.html#/add');
    await page.getByLabel('Job title').fill('Sommelier');
    await page.getByLabel('Company').fill('Osteria del Ponte');
    await page
      .getByLabel("The posting's text")
      .fill('Cerchiamo un sommelier con almeno 3 anni di esperienza in ristoranti.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-add-job.png'), fullPage: true });
    await page.getByRole('button', { name: 'Add a job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sommelier' }).waitFor();
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Location').fill('Verona');
    await page.getByLabel('Salary from').fill('32000');
    await page.getByLabel(/Currency/).fill('EUR');
    await page.screenshot({
      path: path.join(ARTIFACTS, 'dashboard-edit-details.png'),
      fullPage: true,
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText(/You edited: title, company, location, salary\./).waitFor();
    expect(await page.locator('.posting-facts').textContent()).toContain('Verona');
  });
});
