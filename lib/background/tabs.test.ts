import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, getPosting, listPostings, setStatus, updateSettings } from '../db';
import { analyst, marketing, technician } from '../db/fixtures/captures';
import { freshDb } from '../testing/db';
import type { Sender } from './sender';
import { tabPosting } from './tab-state';
import { onCaptureMessage, onClearedMessage, onTabUpdated, onTabUrlChanged } from './tabs';

const T0 = Date.UTC(2026, 4, 4, 9, 0);
const TAB = 7;

/** What Chrome reports for our content script in tab 7 showing `url`. */
const fromTab = (url: string, tabId = TAB): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId, url },
});

const badge = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});

describe('capture messages', () => {
  it('stores a capture from our content script and marks the tab', async () => {
    const reply = await onCaptureMessage(analyst, fromTab(analyst.url), T0);
    expect(reply).toEqual({ stored: true, jobKey: analyst.jobKey });
    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({
      status: 'seen',
      title: 'Senior Data Analyst',
      text: analyst.text,
    });
    expect(posting?.extraction.requirements.length).toBeGreaterThan(0);
    // The popup's first screen: the stored extraction, with the page's own names filled in.
    expect(await tabPosting(TAB)).toEqual({
      jobKey: analyst.jobKey,
      url: analyst.url,
      preview: {
        posting: { ...posting?.extraction.posting, title: 'Senior Data Analyst' },
        requirements: posting?.extraction.requirements,
      },
    });
    expect(await badge()).toBe('●');
    expect(await badge(TAB + 1)).toBe('');
  });

  it.each<[string, Sender]>([
    ['another extension', { ...fromTab(analyst.url), id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['a sender without an id', { url: analyst.url, tab: { id: TAB, url: analyst.url } }],
    [
      'an extension page (no tab)',
      { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' },
    ],
    ['a content script on a file:// page', fromTab('file:///home/me/job.html')],
    ['a content script on a chrome:// page', fromTab('chrome://settings/')],
  ])('rejects a capture from %s and writes nothing', async (_, sender) => {
    const reply = await onCaptureMessage(analyst, sender, T0);
    expect(reply.stored).toBe(false);
    expect(reply.error).toMatch(/Rejected/);
    expect(await db.postings.count()).toBe(0);
    expect(await tabPosting(TAB)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a javascript: URL', { ...analyst, url: 'javascript:alert(document.cookie)' }],
    ['a 5 MB text', { ...analyst, text: 'Lorem ipsum '.repeat(450_000) }],
    ['an empty text', { ...analyst, text: '' }],
    ['a missing job key', { ...analyst, jobKey: undefined }],
    ['an unknown detector', { ...analyst, detectedBy: 'magic' }],
    ['a string', 'capture'],
    ['null', null],
  ])('refuses a payload with %s and writes nothing', async (_, payload) => {
    const reply = await onCaptureMessage(payload, fromTab(analyst.url), T0);
    expect(reply).toMatchObject({ stored: false, jobKey: null });
    expect(reply.error).toMatch(/Invalid capture/);
    expect(await db.postings.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    expect(await badge()).toBe('');
  });

  it('stores nothing while capture is turned off', async () => {
    await updateSettings({ captureEnabled: false });
    const reply = await onCaptureMessage(marketing, fromTab(marketing.url), T0);
    expect(reply).toEqual({ stored: false, jobKey: marketing.jobKey });
    expect(await listPostings()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('keeps the user status when the posting is visited again from another tab', async () => {
    await onCaptureMessage(technician, fromTab(technician.url, 3), T0);
    await setStatus(technician.jobKey, 'applied', T0 + 1000);
    const reply = await onCaptureMessage(technician, fromTab(technician.url, 4), T0 + 2000);
    expect(reply.stored).toBe(true);
    expect(await db.postings.count()).toBe(1);
    expect((await getPosting(technician.jobKey))?.status).toBe('applied');
    expect(await tabPosting(3)).toMatchObject({ jobKey: technician.jobKey });
    expect(await tabPosting(4)).toMatchObject({ jobKey: technician.jobKey });
  });
});

describe('which posting a tab shows', () => {
  it('follows an in-page job switch to the second job', async () => {
    const first = { ...analyst, url: 'https://www.linkedin.com/jobs/search/?currentJobId=3901' };
    await onCaptureMessage(first, fromTab(first.url), T0);
    const second = { ...marketing, url: 'https://www.linkedin.com/jobs/search/?currentJobId=3902' };
    // The address change is reported after the new job's capture: it must not clear it.
    await onCaptureMessage(second, fromTab(second.url), T0 + 1);
    await onTabUrlChanged(TAB, second.url);
    expect(await tabPosting(TAB)).toMatchObject({ jobKey: marketing.jobKey });
    expect(await badge()).toBe('●');
  });

  it('is forgotten when the tab navigates elsewhere, but not on a #fragment change', async () => {
    await onCaptureMessage(analyst, fromTab(analyst.url), T0);
    await onTabUrlChanged(TAB, `${analyst.url}#apply`);
    expect(await tabPosting(TAB)).not.toBeNull();
    await onTabUrlChanged(TAB, 'https://boards.greenhouse.io/northwind');
    expect(await tabPosting(TAB)).toBeNull();
    expect(await badge()).toBe('');
  });

  it('is forgotten when the content script reports the posting is gone', async () => {
    await onCaptureMessage(analyst, fromTab(analyst.url), T0);
    await onClearedMessage({ ...fromTab(analyst.url), id: 'another-extension' });
    expect(await tabPosting(TAB)).not.toBeNull();
    await onClearedMessage(fromTab(analyst.url));
    expect(await tabPosting(TAB)).toBeNull();
    expect(await badge()).toBe('');
  });

  it('is forgotten when the tab loads a page whose address the extension cannot see', async () => {
    await onCaptureMessage(analyst, fromTab(analyst.url), T0);
    // Updates of a page the extension reads keep it: a title or a load of the same posting.
    await onTabUpdated(TAB, { status: 'complete' }, { url: analyst.url });
    await onTabUpdated(TAB, {}, {});
    // The end of the posting's own load, reported after its capture, without an address (no
    // host access): Chromium orders it either way.
    await onTabUpdated(TAB, { status: 'complete' }, {});
    expect(await tabPosting(TAB)).not.toBeNull();
    // Chromium without host access: a load with neither the new address nor the tab's.
    await onTabUpdated(TAB, { status: 'loading' }, {});
    expect(await tabPosting(TAB)).toBeNull();
    expect(await badge()).toBe('');
  });

  it('follows a visible address through the same update handler', async () => {
    await onCaptureMessage(analyst, fromTab(analyst.url), T0);
    const next = 'https://boards.greenhouse.io/northwind';
    await onTabUpdated(
      TAB,
      { url: `${analyst.url}#apply`, status: 'loading' },
      { url: analyst.url },
    );
    expect(await tabPosting(TAB)).not.toBeNull();
    await onTabUpdated(TAB, { url: next, status: 'loading' }, { url: next });
    expect(await tabPosting(TAB)).toBeNull();
  });
});
