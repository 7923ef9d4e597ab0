import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTab } from '@/lib/background/tab-state';
import { addNote, clearAll, recordCapture, savePosting } from '@/lib/db';
import { mirrorKey, mirrorOf } from '@/lib/db/quick-mirror';
import type { Extraction, PageCapture } from '@/lib/schema';
import { extractionOf } from '@/lib/testing/extraction';
import { openFakeTab } from '@/lib/testing/fake-tab';
import { readCurrentTab, startFirstReads } from './firstRead';

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

describe('readCurrentTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads the active tab and what the background kept for it', async () => {
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
    expect(await readCurrentTab('')).toEqual({
      tab: { id: tabId, url: PAGE },
      jobKey: JOB_KEY,
      preview,
    });
  });

  it('asks for a named tab’s entry while the browser looks the tab up, not after', async () => {
    const tabId = await openFakeTab(PAGE);
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
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
    await fakeBrowser.tabs.remove(tabId);
    expect(await readCurrentTab(`?tabId=${tabId}`)).toEqual({
      tab: null,
      jobKey: null,
      preview: null,
    });
  });

  it('shows no posting for a tab the background recorded nothing for', async () => {
    const tabId = await openFakeTab(PAGE);
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
      const tabId = await openFakeTab(PAGE);
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
      const stale = await openFakeTab(OTHER);
      await rememberTab(stale, { jobKey: 'greenhouse:42', url: OTHER, preview: otherPreview });
      const tabId = await openFakeTab(PAGE);
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
      const stale = await openFakeTab(OTHER);
      await rememberTab(stale, { jobKey: 'greenhouse:42', url: OTHER, preview: otherPreview });
      const tabId = await openFakeTab(PAGE);
      expect(await readCurrentTab(`?tabId=${stale}`)).toEqual({
        tab: { id: tabId, url: PAGE },
        jobKey: null,
        preview: null,
      });
    });

    it('looks the active tab up when its address names none', async () => {
      const tabId = await openFakeTab(PAGE);
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

describe('readCurrentTab, when the page knows where it runs', () => {
  const { getViews } = fakeBrowser.extension;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(() => {
    Object.assign(fakeBrowser.extension, { getViews });
  });

  /** Files this page among the extension's views as `kind`, as the browser does. */
  function fileAs(kind: 'popup' | 'tab') {
    const here = globalThis as unknown as Window;
    const views = vi.fn(({ type }: { type?: string } = {}) => (type === kind ? [here] : []));
    Object.assign(fakeBrowser.extension, { getViews: views });
    return views;
  }

  it('asks only for the active tab in the toolbar popup, its named entry read meanwhile', async () => {
    fileAs('popup');
    const stale = await openFakeTab('https://boards.greenhouse.io/northwind/jobs/42');
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });
    const getCurrent = vi.spyOn(fakeBrowser.tabs, 'getCurrent');
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    expect(await readCurrentTab(`?tabId=${tabId}`)).toEqual({
      tab: { id: tabId, url: PAGE },
      jobKey: JOB_KEY,
      preview,
    });
    // A stale name still gives the active tab's posting.
    expect((await readCurrentTab(`?tabId=${stale}`)).tab?.id).toBe(tabId);
    expect(getCurrent).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });

  it('asks only for the named tab when opened in a tab of its own', async () => {
    fileAs('tab');
    const named = await openFakeTab(PAGE);
    await rememberTab(named, { jobKey: JOB_KEY, url: PAGE, preview });
    // The page's own tab is the active one, not the one it is about.
    await openFakeTab('chrome-extension://reqlens/popup.html');
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const getCurrent = vi.spyOn(fakeBrowser.tabs, 'getCurrent');
    expect(await readCurrentTab(`?tabId=${named}`)).toEqual({
      tab: { id: named, url: PAGE },
      jobKey: JOB_KEY,
      preview,
    });
    expect(query).not.toHaveBeenCalled();
    expect(getCurrent).not.toHaveBeenCalled();
    await fakeBrowser.tabs.remove(named);
    expect(await readCurrentTab(`?tabId=${named}`)).toEqual({
      tab: null,
      jobKey: null,
      preview: null,
    });
  });
});

/*
 * The popup's first reads: the tab's posting from session storage and its tracker state from the
 * mirror the database's writers keep next to it, or, without one, from one plain IndexedDB read.
 * A tab showing no posting has no row to read, so its first screen ("Scan this page") does not
 * wait for the database to open.
 */

const READ_PAGE = 'https://boards.greenhouse.io/hafenkontor/jobs/4410';
const READ_KEY = 'greenhouse:4410';
const text = [
  'Disponent (m/w/d) im Seeverkehr',
  'Mindestens 3 Jahre Erfahrung in der Disposition.',
  'Sehr gute Englischkenntnisse.',
].join('\n');
const extraction = extractionOf(
  text,
  { title: 'Disponent (m/w/d) im Seeverkehr', company: 'Hafenkontor', lang: 'de' },
  [],
);
const capture: PageCapture = {
  url: READ_PAGE,
  canonicalUrl: READ_PAGE,
  jobKey: READ_KEY,
  site: 'greenhouse',
  detectedBy: 'jsonld',
  title: 'Disponent (m/w/d) im Seeverkehr',
  company: 'Hafenkontor',
  location: 'Hamburg',
  text,
  jsonLd: null,
};

/** Makes `indexedDB.open` never answer, as a database that is slow to open would for a while. */
function holdDatabaseOpen(): () => void {
  const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    return new EventTarget() as unknown as IDBOpenDBRequest;
  });
  return () => open.mockRestore();
}

describe('startFirstReads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearAll();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the tab’s posting and then its tracker state, notes included', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 9, 1));
    await savePosting(READ_KEY, Date.UTC(2026, 9, 2));
    await addNote(READ_KEY, 'Rückruf am Montag', Date.UTC(2026, 9, 3));
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });

    const { found, quick } = startFirstReads(`?tabId=${tabId}`);
    const order: string[] = [];
    found.then(() => order.push('found'));
    quick.then(() => order.push('quick'));
    expect((await found).jobKey).toBe(READ_KEY);
    expect(await quick).toEqual({
      status: 'saved',
      savedAt: Date.UTC(2026, 9, 2),
      appliedAt: null,
      notes: ['Rückruf am Montag'],
      hasProfile: false,
    });
    expect(order).toEqual(['found', 'quick']);
  });

  it('gives no tracker state at once for a tab with no posting, without waiting for the database', async () => {
    const tabId = await openFakeTab(READ_PAGE);
    const release = holdDatabaseOpen();
    try {
      const { found, quick } = startFirstReads(`?tabId=${tabId}`);
      expect(await found).toEqual({
        tab: { id: tabId, url: READ_PAGE },
        jobKey: null,
        preview: null,
      });
      expect(await quick).toBeNull();
    } finally {
      release();
    }
  });

  it('waits for the database when the tab shows a posting', async () => {
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });
    const release = holdDatabaseOpen();
    try {
      const { found, quick } = startFirstReads(`?tabId=${tabId}`);
      expect((await found).jobKey).toBe(READ_KEY);
      const settled = await Promise.race([
        quick.then(() => 'read'),
        new Promise((resolve) => setTimeout(resolve, 50, 'waiting')),
      ]);
      expect(settled).toBe('waiting');
    } finally {
      release();
    }
  });

  it('closes its connection once the row is read, so that it never holds up the database module', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 9, 1));
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });
    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    const { quick } = startFirstReads(`?tabId=${tabId}`);
    expect((await quick)?.status).toBe('seen');
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
  });

  it('takes the tracker state from its mirror in session storage, without opening the database', async () => {
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });
    const mirrored = {
      status: 'applied' as const,
      savedAt: Date.UTC(2026, 9, 2),
      appliedAt: Date.UTC(2026, 9, 4),
      notes: ['Rückruf am Montag', 'Sent the portfolio'],
      hasProfile: true,
    };
    await fakeBrowser.storage.session.set({ [mirrorKey(READ_KEY)]: mirrorOf(mirrored) });
    const open = vi.spyOn(indexedDB, 'open');
    const { quick } = startFirstReads(`?tabId=${tabId}`);
    expect(await quick).toEqual(mirrored);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([
    ['missing', undefined],
    ['of another shape', { format: 1, status: 'hired', savedAt: null, appliedAt: null }],
    [
      'too big',
      {
        ...mirrorOf({ status: 'saved', savedAt: 1, appliedAt: null, notes: [], hasProfile: true }),
        notes: ['z'.repeat(9_000)],
      },
    ],
  ])('reads the database when the mirror is %s', async (_, stored) => {
    await recordCapture(capture, extraction, Date.UTC(2026, 9, 1));
    await addNote(READ_KEY, 'Preguntar por el equipo', Date.UTC(2026, 9, 3));
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });
    if (stored !== undefined)
      await fakeBrowser.storage.session.set({ [mirrorKey(READ_KEY)]: stored });
    const { quick } = startFirstReads(`?tabId=${tabId}`);
    expect(await quick).toEqual({
      status: 'seen',
      savedAt: null,
      appliedAt: null,
      notes: ['Preguntar por el equipo'],
      hasProfile: false,
    });
  });

  it('reads the tab’s entry and the mirror its address names in one call to storage', async () => {
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });
    const mirrored = {
      status: 'saved' as const,
      savedAt: 9,
      appliedAt: null,
      notes: [],
      hasProfile: false,
    };
    await fakeBrowser.storage.session.set({ [mirrorKey(READ_KEY)]: mirrorOf(mirrored) });
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const open = vi.spyOn(indexedDB, 'open');
    const { found, quick } = startFirstReads(`?tabId=${tabId}&job=${encodeURIComponent(READ_KEY)}`);
    expect((await found).jobKey).toBe(READ_KEY);
    expect(await quick).toEqual(mirrored);
    expect(get).toHaveBeenCalledTimes(1);
    expect(open).not.toHaveBeenCalled();
  });

  it('reads the mirror of the posting the tab shows when its address names another', async () => {
    const tabId = await openFakeTab(READ_PAGE);
    await rememberTab(tabId, { jobKey: READ_KEY, url: READ_PAGE, preview: extraction });
    const shown = {
      status: 'offer' as const,
      savedAt: 1,
      appliedAt: 2,
      notes: [],
      hasProfile: true,
    };
    const other = { ...shown, status: 'rejected' as const };
    await fakeBrowser.storage.session.set({
      [mirrorKey(READ_KEY)]: mirrorOf(shown),
      [mirrorKey('lever:older-posting')]: mirrorOf(other),
    });
    const { quick } = startFirstReads(`?tabId=${tabId}&job=lever%3Aolder-posting`);
    expect(await quick).toEqual(shown);
  });
});
