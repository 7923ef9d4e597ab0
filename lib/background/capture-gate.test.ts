import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, getPosting, recordCapture, setStatus } from '../db';
import { analyst, analystExtraction } from '../db/fixtures/captures';
import type { PageCapture } from '../schema';
import { freshDb } from '../testing/db';
import { NEW_RECORDS_PER_MINUTE } from './capture-rate';
import type { Sender } from './sender';
import { startBackground } from './start';

// @webext-core/messaging talks to `chrome.runtime`; here that is the fake browser.
vi.stubGlobal('chrome', fakeBrowser);
Object.assign(fakeBrowser.permissions, {
  contains: async () => false,
  onAdded: { addListener: () => {} },
  onRemoved: { addListener: () => {} },
});
Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {} } });
Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [] });

/** Our content script in a tab's top document (`frameId` 0) or in one of its frames. */
const from = (tabId: number, url: string, frame?: { frameId: number; tabUrl: string }): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: frame?.frameId ?? 0,
  tab: { id: tabId, url: frame?.tabUrl ?? url },
});

interface Reply {
  stored: boolean;
  jobKey: string | null;
  error?: string;
}

/** Delivers a message the way the browser does and resolves with the listener's answer. */
function deliver(data: unknown, sender: Sender): Promise<Reply> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type: 'capture', data, timestamp: 0 },
      sender as Browser.runtime.MessageSender,
      (response: { res: Reply }) => resolve(response.res),
    );
  });
}

/** A posting on a careers site without a site adapter, at `url`. */
const careers = (url: string, title = 'Lagerist (m/w/d)'): PageCapture => ({
  url,
  canonicalUrl: url,
  jobKey: `url:${url}`,
  site: 'generic',
  detectedBy: 'generic',
  title,
  company: 'Hafenlager Nord',
  location: 'Bremen',
  text: `${title}\nWir suchen Verstärkung für unser Lager.\nStaplerschein erforderlich.`,
  jsonLd: null,
});

beforeAll(() => startBackground());

beforeEach(async () => {
  await freshDb();
  await fakeBrowser.storage.session.clear();
});

describe('the background decides which record a capture writes', () => {
  it('keys a Greenhouse embed on a foreign host under that host, never the board it names', async () => {
    // The user applied to the real posting on the board.
    await recordCapture(analyst, analystExtraction, 1_000);
    await setStatus(analyst.jobKey, 'applied', 2_000);
    // A page elsewhere carries the same ?gh_jid= and claims the board's key and address.
    const url = 'https://news.example/careers?gh_jid=4471023';
    const forged = { ...careers(url, 'Totally different job'), jobKey: analyst.jobKey };
    const reply = await deliver({ ...forged, canonicalUrl: analyst.canonicalUrl }, from(7, url));
    expect(reply).toMatchObject({ stored: true, jobKey: 'greenhouse:news.example:4471023' });
    const real = await getPosting(analyst.jobKey);
    expect(real).toMatchObject({ status: 'applied', title: analyst.title, text: analyst.text });
    expect((await getPosting('greenhouse:news.example:4471023'))?.canonicalUrl).toBe(
      'https://news.example/careers?gh_jid=4471023',
    );
  });

  it('derives the key of a generic page from its address, whatever key the page sends', async () => {
    const url = 'https://jobs.hafenlager.example/stellen/lagerist?utm_source=x';
    const reply = await deliver({ ...careers(url), jobKey: 'linkedin:1' }, from(3, url));
    expect(reply.jobKey).toBe('url:https://jobs.hafenlager.example/stellen/lagerist');
    expect(await getPosting('linkedin:1')).toBeUndefined();
  });

  it('refuses a capture whose address is not the sender’s', async () => {
    const capture = careers('https://victim.example/jobs/1');
    const reply = await deliver(capture, from(3, 'https://attacker.example/jobs/1'));
    expect(reply).toMatchObject({ stored: false, error: expect.stringMatching(/another address/) });
    expect(await db.postings.count()).toBe(0);
  });

  it('accepts the tab’s address after in-page navigation, and ignores the fragment', async () => {
    const url = 'https://jobs.hafenlager.example/stellen/2';
    const sender: Sender = {
      ...from(3, 'https://jobs.hafenlager.example/stellen'),
      tab: { id: 3, url },
    };
    expect((await deliver(careers(`${url}#bewerben`), sender)).stored).toBe(true);
  });

  it('hears frames only on sites whose postings live in a frame', async () => {
    const page = 'https://news.example/today';
    const embed = 'https://boards.greenhouse.io/embed/job_app?for=northwind&token=4471023';
    const framed = await deliver(careers(embed), from(4, embed, { frameId: 9, tabUrl: page }));
    expect(framed).toMatchObject({ stored: true, jobKey: 'greenhouse:northwind:4471023' });
    const other = 'https://ads.example/job/1';
    const ad = await deliver(careers(other), from(4, other, { frameId: 10, tabUrl: page }));
    expect(ad).toMatchObject({ stored: false, error: expect.stringMatching(/frame/) });
    // A frame cannot borrow its tab's address either.
    const borrowed = await deliver(careers(page), from(4, other, { frameId: 10, tabUrl: page }));
    expect(borrowed.stored).toBe(false);
  });
});

describe('capture limits', () => {
  it('keeps only the latest capture of a flooding tab, and another tab is served at once', async () => {
    const flood = Array.from({ length: 300 }, (_, i) => {
      const url = `https://spam.example/job?id=${i}`;
      return deliver(careers(url), from(1, url));
    });
    const honestUrl = 'https://jobs.hafenlager.example/stellen/lagerist';
    const honest = await deliver(careers(honestUrl), from(2, honestUrl));
    expect(honest.stored).toBe(true);
    const replies = await Promise.all(flood);
    // The first was already running; of the rest only the latest was handled.
    expect(replies.filter((r) => r.stored)).toHaveLength(2);
    expect(replies.slice(1, -1).every((r) => /newer capture/.test(r.error ?? ''))).toBe(true);
    expect(await db.postings.count()).toBe(3);
  });

  it('caps new records per tab per minute, across a service worker restart', async () => {
    const send = (tab: number, i: number) => {
      const url = `https://spam.example/job?id=${i}`;
      return deliver(careers(url), from(tab, url));
    };
    for (let i = 0; i < NEW_RECORDS_PER_MINUTE; i++) expect((await send(1, i)).stored).toBe(true);
    const over = await send(1, 999);
    expect(over).toMatchObject({ stored: false, error: expect.stringMatching(/last minute/) });
    // A job the tab already stored is still refreshed; another tab is not limited.
    expect((await send(1, 0)).stored).toBe(true);
    expect((await send(2, 1000)).stored).toBe(true);

    // The worker stops: its memory is gone, session storage is not.
    vi.resetModules();
    const restarted = await import('./capture-gate');
    const url = 'https://spam.example/job?id=1001';
    const again = await restarted.receiveCapture(careers(url), from(1, url));
    expect(again.stored).toBe(false);
    const later = () => Date.now() + 61_000;
    expect((await restarted.receiveCapture(careers(url), from(1, url), later)).stored).toBe(true);
  });
});
