import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

const page = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../lib/detect/fixtures', name), 'utf8');

/** Job pages at their real hostnames, with the job key each must be stored under. */
const POSTINGS = [
  {
    url: 'https://boards.greenhouse.io/quillstone/jobs/4012345?gh_src=3f8a1b2c1us',
    fixture: 'greenhouse-classic.html',
    jobKey: 'greenhouse:quillstone:4012345',
  },
  {
    url: 'https://job-boards.greenhouse.io/fernwehreisen/jobs/7034561002?utm_source=linkedin',
    fixture: 'greenhouse-new.html',
    jobKey: 'greenhouse:fernwehreisen:7034561002',
  },
  {
    url: 'https://jobs.lever.co/tidewater/7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b?lever-origin=applied',
    fixture: 'lever.html',
    jobKey: 'lever:tidewater:7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
  },
  {
    url: 'https://www.linkedin.com/jobs/view/3941234567/?trk=eml-email_job_alert',
    fixture: 'linkedin-view.html',
    jobKey: 'linkedin:3941234567',
  },
  {
    url: 'https://fr.indeed.com/viewjob?jk=9f2c4b1a7e3d5c60&from=serp&vjs=3',
    fixture: 'indeed-viewjob.html',
    jobKey: 'indeed:9f2c4b1a7e3d5c60',
  },
  {
    // A search page with a job open in its pane.
    url: 'https://www.glassdoor.ca/Job/toronto-data-analyst-jobs-SRCH_IL.0,7_IC2281069_KO8,20.htm?jl=1009498765432',
    fixture: 'glassdoor-search.html',
    jobKey: 'glassdoor:1009498765432',
  },
  {
    url: 'https://www.seek.com.au/job/81234567?type=standout&ref=search-standalone',
    fixture: 'seek.html',
    jobKey: 'seek:81234567',
  },
  {
    url: 'https://www.stepstone.de/stellenangebote--Elektroniker-fuer-Betriebstechnik-m-w-d-Koeln-Rheinwerk-Anlagenbau-GmbH--11223344-inline.html',
    fixture: 'stepstone.html',
    jobKey: 'stepstone:11223344',
  },
  {
    url: 'https://solara.wd3.myworkdayjobs.com/es-ES/Solara_Careers/job/Madrid-Espaa/Ingeniero-a-de-Software-Embebido_JR-20417',
    fixture: 'workday.html',
    jobKey: null,
  },
  {
    url: 'https://jobs.ashbyhq.com/kitebird/2b7e5c1d-9f4a-4c3b-8e2d-1a0f9c8b7e6d?utm_source=Otta',
    fixture: 'ashby.html',
    jobKey: null,
  },
];

async function waitForPostings(store: Page, count: number) {
  await expect
    .poll(async () => (await readPostings(store)).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  return readPostings(store);
}

describe('capture on real job-site hostnames', () => {
  let h: Harness;
  let store: Page;

  beforeAll(async () => {
    h = await launch();
    for (const p of POSTINGS) h.serve(p.url, page(p.fixture));
    store = await h.extensionPage('dashboard.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores every posting once, with requirements, and a second visit makes no duplicate', async () => {
    const tab = await h.context.newPage();
    // One page after the other, as a person reads them: a tab's capture still waiting when the tab
    // moves on is superseded by the next one (only a tab's latest capture matters).
    for (const [i, p] of POSTINGS.entries()) {
      await tab.goto(p.url);
      await waitForPostings(store, i + 1);
    }
    const stored = await waitForPostings(store, POSTINGS.length);
    expect(stored).toHaveLength(POSTINGS.length);
    for (const p of POSTINGS.filter((x) => x.jobKey)) {
      const row = stored.find((r) => r.jobKey === p.jobKey);
      expect(row, p.jobKey ?? '').toBeDefined();
      expect(row?.status).toBe('seen');
      expect(row?.title).toBeTruthy();
    }
    expect(stored.every((r) => r.extraction.requirements.length > 0)).toBe(true);

    // The same Greenhouse job under its other hostname and without tracking: still one record.
    const again = 'https://job-boards.greenhouse.io/quillstone/jobs/4012345';
    h.serve(again, page('greenhouse-classic.html'));
    await tab.goto(again);
    await tab.waitForTimeout(1500);
    expect(await readPostings(store)).toHaveLength(POSTINGS.length);
    await tab.close();
  });

  it('stores the second job of a LinkedIn-style in-page job switch', async () => {
    const search = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=data';
    h.serve(
      search,
      readFileSync(path.resolve(import.meta.dirname, 'pages/linkedin-spa.html'), 'utf8'),
    );
    const tab = await h.context.newPage();
    await tab.goto(search);
    await expect
      .poll(async () => (await readPostings(store)).map((r) => r.jobKey), { timeout: 15_000 })
      .toContain('linkedin:4100000001');
    const first = (await readPostings(store)).find((r) => r.jobKey === 'linkedin:4100000001');

    // Select the second job the way LinkedIn does: pushState plus a swapped detail panel.
    const switched = await tab.evaluate(() => {
      const link = document.querySelector<HTMLElement>(
        '[data-occludable-job-id="4100000002"] a, a[href*="4100000002"]',
      );
      link?.click();
      return Boolean(link);
    });
    expect(switched).toBe(true);
    await expect
      .poll(async () => (await readPostings(store)).map((r) => r.jobKey), { timeout: 15_000 })
      .toContain('linkedin:4100000002');
    const second = (await readPostings(store)).find((r) => r.jobKey === 'linkedin:4100000002');
    // Never the previous job's capture under the new job's key.
    expect(first?.title).toBe('Data Engineer');
    expect(second?.title).toBe('Ingénieur Data (H/F)');
    expect(second?.company).toBe('Maison Verte');
    await tab.close();
  });

  it('stores nothing for pages that are not postings', async () => {
    const before = (await readPostings(store)).length;
    const pages = [
      [
        'https://www.linkedin.com/jobs/search/?keywords=nurse&location=Lyon',
        'linkedin-search-empty',
      ],
      ['https://boards.greenhouse.io/quillstone', 'careers-index.html'],
    ] as const;
    const tab = await h.context.newPage();
    for (const [url, fixture] of pages) {
      const html =
        fixture === 'linkedin-search-empty'
          ? page('linkedin-search.html').replace(/currentJobId=\d+/g, '')
          : page(fixture);
      h.serve(url, html);
      await tab.goto(url);
    }
    await tab.waitForTimeout(2000);
    expect(await readPostings(store)).toHaveLength(before);
    await tab.close();
  });

  it('makes no network request of its own', () => {
    // The job pages' own images were blocked; nothing came from the extension's worker or pages.
    expect(h.unrouted.length).toBeGreaterThan(0);
    expect(h.extensionRequests).toEqual([]);
  });
});
