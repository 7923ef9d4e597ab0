import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

/** What hostile pages do to the extension in a real browser: each changes nothing but its own record. */

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures', name), 'utf8');

const embed = (token: number) =>
  `https://boards.greenhouse.io/embed/job_app?for=pinecrest&token=${token}`;

describe('hostile pages in Chromium', () => {
  let h: Harness;
  let store: Page;

  beforeAll(async () => {
    h = await launch();
    store = await h.extensionPage('dashboard.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('posts nothing to the page: its own message listener hears nothing from Reqlens', async () => {
    const url = 'https://boards.greenhouse.io/quillstone/jobs/4012345';
    // The page listens before any content script runs (an inline script at the top of <head>).
    const listener =
      '<script>window.__heard = []; addEventListener("message", (e) => window.__heard.push(' +
      'typeof e.data === "string" ? e.data : JSON.stringify(e.data)));</script>';
    h.serve(url, fixture('greenhouse-classic.html').replace('<head>', `<head>${listener}`));
    const tab = await h.context.newPage();
    await tab.goto(url);
    await expect
      .poll(async () => (await readPostings(store)).map((p) => p.jobKey), { timeout: 15_000 })
      .toContain('greenhouse:quillstone:4012345');
    expect(await tab.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(
      [],
    );
    await tab.close();
  });

  it('reads a job frame only when it is visible and substantial', async () => {
    for (let token = 7000; token <= 7020; token++)
      h.serve(embed(token), fixture('greenhouse-embed-frame.html'));
    // A news page with twenty hidden 1×1 frames of job embeds, and one embed a reader can see.
    const hidden = Array.from(
      { length: 20 },
      (_, i) => `<iframe src="${embed(7000 + i)}" width="1" height="1" style="border:0"></iframe>`,
    ).join('');
    const visible = `<iframe src="${embed(7020)}" width="900" height="700"></iframe>`;
    const news = 'https://news.example/today';
    h.serve(news, `<!doctype html><html><body><h1>Today</h1>${hidden}${visible}</body></html>`);
    const tab = await h.context.newPage();
    await tab.goto(news);
    await expect
      .poll(async () => (await readPostings(store)).map((p) => p.jobKey), { timeout: 15_000 })
      .toContain('greenhouse:pinecrest:7020');
    // Time for the hidden frames' detection to have run, had they been read.
    await tab.waitForTimeout(2_000);
    const planted = (await readPostings(store)).filter((p) =>
      p.jobKey.startsWith('greenhouse:pinecrest:70'),
    );
    expect(planted.map((p) => p.jobKey)).toEqual(['greenhouse:pinecrest:7020']);
    await tab.close();
  });
});
