import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTab } from '@/lib/background/tab-state';
import { addNote, clearAll, recordCapture, savePosting } from '@/lib/db';
import type { PageCapture } from '@/lib/schema';
import { extractionOf } from '@/lib/testing/extraction';
import { startFirstReads } from './firstRead';

/*
 * The popup's first reads: the tab's posting from session storage and its tracker state from one
 * plain IndexedDB read. A tab showing no posting has no row to read, so its first screen ("Scan
 * this page") does not wait for the database to open.
 */

const PAGE = 'https://boards.greenhouse.io/hafenkontor/jobs/4410';
const JOB_KEY = 'greenhouse:4410';
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
  url: PAGE,
  canonicalUrl: PAGE,
  jobKey: JOB_KEY,
  site: 'greenhouse',
  detectedBy: 'jsonld',
  title: 'Disponent (m/w/d) im Seeverkehr',
  company: 'Hafenkontor',
  location: 'Hamburg',
  text,
  jsonLd: null,
};

async function openTab(url: string): Promise<number> {
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
  if (tab.id === undefined) throw new Error('the fake browser gave no tab id');
  return tab.id;
}

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
    await savePosting(JOB_KEY, Date.UTC(2026, 9, 2));
    await addNote(JOB_KEY, 'Rückruf am Montag', Date.UTC(2026, 9, 3));
    const tabId = await openTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });

    const { found, quick } = startFirstReads(`?tabId=${tabId}`);
    const order: string[] = [];
    found.then(() => order.push('found'));
    quick.then(() => order.push('quick'));
    expect((await found).jobKey).toBe(JOB_KEY);
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
    const tabId = await openTab(PAGE);
    const release = holdDatabaseOpen();
    try {
      const { found, quick } = startFirstReads(`?tabId=${tabId}`);
      expect(await found).toEqual({ tab: { id: tabId, url: PAGE }, jobKey: null, preview: null });
      expect(await quick).toBeNull();
    } finally {
      release();
    }
  });

  it('waits for the database when the tab shows a posting', async () => {
    const tabId = await openTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    const release = holdDatabaseOpen();
    try {
      const { found, quick } = startFirstReads(`?tabId=${tabId}`);
      expect((await found).jobKey).toBe(JOB_KEY);
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
    const tabId = await openTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    const { quick } = startFirstReads(`?tabId=${tabId}`);
    expect((await quick)?.status).toBe('seen');
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
  });
});
