import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAll, db, recordCapture } from '../db';
import { analyst, analystExtraction, nurse, nurseExtraction } from '../db/fixtures/captures';
import { saveFromShortcut } from './save-shortcut';
import { rememberTab } from './tab-state';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2);

beforeEach(async () => {
  fakeBrowser.reset();
  await clearAll();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
});

describe('saveFromShortcut', () => {
  it('puts the tab’s posting on the tracker with a dated event and says so on the badge', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await rememberTab(7, { jobKey: analyst.jobKey, url: analyst.url, preview: null });

    expect(await saveFromShortcut(7, T0 + DAY)).toBe(true);
    const row = await db.postings.get(analyst.jobKey);
    expect(row?.status).toBe('saved');
    expect(row?.savedAt).toBe(T0 + DAY);
    const events = await db.events.where('jobKey').equals(analyst.jobKey).toArray();
    expect(events.map((e) => [e.from, e.to, e.at])).toEqual([['seen', 'saved', T0 + DAY]]);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '✓' });
  });

  it('leaves a posting further along where it is', async () => {
    await recordCapture(nurse, nurseExtraction, T0);
    await db.postings.update(nurse.jobKey, { status: 'applied' });
    await rememberTab(3, { jobKey: nurse.jobKey, url: nurse.url, preview: null });

    await saveFromShortcut(3, T0 + DAY);
    expect((await db.postings.get(nurse.jobKey))?.status).toBe('applied');
    expect(await db.events.count()).toBe(0);
  });

  it('does nothing on a tab without a posting, or whose posting is gone', async () => {
    expect(await saveFromShortcut(4, T0)).toBe(false);
    await rememberTab(5, {
      jobKey: 'greenhouse:removed',
      url: 'https://example.org/job',
      preview: null,
    });
    expect(await saveFromShortcut(5, T0)).toBe(false);
    expect(fakeBrowser.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser does not say which', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({
      url: analyst.url,
      active: true,
      windowId: win?.id,
    });
    if (tab.id === undefined) throw new Error('no tab id');
    await rememberTab(tab.id, { jobKey: analyst.jobKey, url: analyst.url, preview: null });

    expect(await saveFromShortcut(undefined, T0)).toBe(true);
    expect((await db.postings.get(analyst.jobKey))?.status).toBe('saved');
  });
});
