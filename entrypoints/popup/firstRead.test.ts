import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTab } from '@/lib/background/tab-state';
import type { Extraction } from '@/lib/schema';
import { readCurrentTab } from './firstRead';

const PAGE = 'https://jobs.lever.co/brightwave/5f1c';
const JOB_KEY = 'lever:5f1c';

const preview: Extraction = {
  posting: {
    title: 'Analista de datos',
    company: 'Brightwave',
    locations: ['Madrid, España'],
    workplace: 'remote',
    employmentType: 'full_time',
    salary: null,
    relocation: null,
    visaSponsorship: null,
    lang: 'es',
  },
  requirements: [],
};

async function openTab(url: string): Promise<number> {
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
  if (tab.id === undefined) throw new Error('the fake browser gave no tab id');
  return tab.id;
}

describe('readCurrentTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads the active tab and what the background kept for it', async () => {
    const tabId = await openTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
    expect(await readCurrentTab('')).toEqual({
      tab: { id: tabId, url: PAGE },
      jobKey: JOB_KEY,
      preview,
    });
  });

  it('asks for a named tab’s entry while the browser looks the tab up, not after', async () => {
    const tabId = await openTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
    const order: string[] = [];
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => {
      order.push('tab asked');
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('tab found');
      return get(id);
    });
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation((keys) => {
      order.push('entry asked');
      return read(keys);
    });
    const found = await readCurrentTab(`?tabId=${tabId}`);
    expect(found).toEqual({ tab: { id: tabId, url: PAGE }, jobKey: JOB_KEY, preview });
    expect(order.indexOf('entry asked')).toBeLessThan(order.indexOf('tab found'));
    expect(order.filter((step) => step === 'entry asked')).toHaveLength(1);
  });

  it('shows no posting for a named tab that no longer exists, whatever its old entry says', async () => {
    const tabId = await openTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
    await fakeBrowser.tabs.remove(tabId);
    expect(await readCurrentTab(`?tabId=${tabId}`)).toEqual({
      tab: null,
      jobKey: null,
      preview: null,
    });
  });

  it('shows no posting for a tab the background recorded nothing for', async () => {
    const tabId = await openTab(PAGE);
    expect(await readCurrentTab(`?tabId=${tabId}`)).toEqual({
      tab: { id: tabId, url: PAGE },
      jobKey: null,
      preview: null,
    });
  });

  describe('in the toolbar popup (no tab of its own)', () => {
    const OTHER = 'https://boards.greenhouse.io/northwind/jobs/42';
    const otherPreview: Extraction = {
      ...preview,
      posting: { ...preview.posting, title: 'Datenanalyst (m/w/d)', company: 'Northwind' },
    };

    beforeEach(() => {
      vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined);
    });

    it('trusts the named tab once it is the active one, its entry read meanwhile', async () => {
      const tabId = await openTab(PAGE);
      await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
      const read = vi.spyOn(fakeBrowser.storage.session, 'get');
      expect(await readCurrentTab(`?tabId=${tabId}`)).toEqual({
        tab: { id: tabId, url: PAGE },
        jobKey: JOB_KEY,
        preview,
      });
      expect(read).toHaveBeenCalledTimes(1);
    });

    it('shows the active tab’s posting, never the one of a tab its stale address names', async () => {
      const stale = await openTab(OTHER);
      await rememberTab(stale, { jobKey: 'greenhouse:42', url: OTHER, preview: otherPreview });
      const tabId = await openTab(PAGE);
      await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
      expect(await readCurrentTab(`?tabId=${stale}`)).toEqual({
        tab: { id: tabId, url: PAGE },
        jobKey: JOB_KEY,
        preview,
      });
      await fakeBrowser.tabs.remove(stale);
      expect((await readCurrentTab(`?tabId=${stale}`)).jobKey).toBe(JOB_KEY);
    });

    it('shows nothing rather than another tab’s posting when the active tab has none', async () => {
      const stale = await openTab(OTHER);
      await rememberTab(stale, { jobKey: 'greenhouse:42', url: OTHER, preview: otherPreview });
      const tabId = await openTab(PAGE);
      expect(await readCurrentTab(`?tabId=${stale}`)).toEqual({
        tab: { id: tabId, url: PAGE },
        jobKey: null,
        preview: null,
      });
    });

    it('looks the active tab up when its address names none', async () => {
      const tabId = await openTab(PAGE);
      await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
      for (const search of ['', '?tabId=', '?tabId=abc', '?tabId=-3']) {
        expect(await readCurrentTab(search), search).toEqual({
          tab: { id: tabId, url: PAGE },
          jobKey: JOB_KEY,
          preview,
        });
      }
    });
  });
});
