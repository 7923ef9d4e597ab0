import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, getPosting, recordCapture, updateSettings } from '../db';
import { analyst, analystExtraction, nurse } from '../db/fixtures/captures';
import { JOB_SITE_MATCHES } from '../detect';
import { freshDb } from '../testing/db';
import { PRUNE_ALARM } from './prune-alarm';
import type { Sender } from './sender';
import { startBackground } from './start';
import { tabPosting } from './tab-state';

// @webext-core/messaging talks to `chrome.runtime`; here that is the fake browser.
vi.stubGlobal('chrome', fakeBrowser);

type MessageSender = Browser.runtime.MessageSender;

const DAY = 86_400_000;
const TAB = 12;
const own = (url: string): Sender => ({ id: fakeBrowser.runtime.id, url, tab: { id: TAB, url } });
const popup: Sender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
};

/** Delivers a message the way the browser does and resolves with the listener's response. */
function deliver(type: string, data: unknown, sender: Sender): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type, data, timestamp: 0 },
      sender as MessageSender,
      resolve,
    );
  });
}

type Script = Browser.scripting.RegisteredContentScript;

/** The fake browser has no permissions or scripting: a small in-memory stand-in for both. */
let granted = false;
const scripts = new Map<string, Script>();
let onPermissionAdded: (() => void) | undefined;
Object.assign(fakeBrowser.permissions, {
  contains: async () => granted,
  onAdded: { addListener: (listener: () => void) => (onPermissionAdded = listener) },
  onRemoved: { addListener: () => {} },
});
// Keyboard commands are not part of these tests; the fake browser has no `commands.onCommand`.
Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {} } });
Object.assign(fakeBrowser.scripting, {
  getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
    ids.flatMap((id) => scripts.get(id) ?? []),
  registerContentScripts: async (list: Script[]) => {
    for (const script of list) scripts.set(script.id, script);
  },
  unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
    for (const id of ids) scripts.delete(id);
  },
});

beforeAll(() => {
  // Listeners are registered once, as in the service worker; tests share them.
  startBackground();
});

beforeEach(async () => {
  await freshDb();
  await fakeBrowser.storage.session.clear();
  granted = false;
  scripts.clear();
});

describe('background wiring', () => {
  it('answers a capture message from our content script', async () => {
    const response = await deliver('capture', analyst, own(analyst.url));
    expect(response).toEqual({ res: { stored: true, jobKey: analyst.jobKey } });
    expect((await getPosting(analyst.jobKey))?.status).toBe('seen');
  });

  it('rejects a capture sent with a web page as sender', async () => {
    const page: Sender = {
      url: 'https://evil.example/',
      tab: { id: TAB, url: 'https://evil.example/' },
    };
    const response = await deliver('capture', analyst, page);
    expect(response).toMatchObject({
      res: { stored: false, error: expect.stringMatching(/Rejected/) },
    });
    expect(await db.postings.count()).toBe(0);
  });

  it('forgets a tab when it closes or navigates away', async () => {
    await deliver('capture', analyst, own(analyst.url));
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { url: 'https://www.google.com/' }, {} as never);
    await vi.waitFor(async () => expect(await tabPosting(TAB)).toBeNull());

    await deliver('capture', analyst, own(analyst.url));
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await tabPosting(TAB)).toBeNull());
  });

  it('prunes unsaved postings when the daily alarm fires', async () => {
    const alarm = await fakeBrowser.alarms.get(PRUNE_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    await updateSettings({ keepUnsavedDays: 7 });
    await recordCapture(analyst, analystExtraction, Date.now() - 8 * DAY);
    await deliver('capture', nurse, own(nurse.url));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: PRUNE_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => expect(await db.postings.count()).toBe(1));
    expect(await getPosting(nurse.jobKey)).toBeDefined();
  });
});

describe('detection on all sites', () => {
  const registeredScript = () => scripts.get('reqlens-all-sites');

  it('registers the detection script once the setting is on and the permission granted', async () => {
    await updateSettings({ allSitesDetection: true });
    granted = true;
    expect(await deliver('settingsChanged', undefined, popup)).toEqual({ res: true });
    expect(registeredScript()?.matches).toEqual(['https://*/*', 'http://*/*']);
    expect(registeredScript()?.excludeMatches).toEqual([...JOB_SITE_MATCHES]);
  });

  it('registers it when the user grants the permission after turning the setting on', async () => {
    await updateSettings({ allSitesDetection: true });
    granted = true;
    onPermissionAdded?.();
    await vi.waitFor(() => expect(registeredScript()).toBeDefined());
  });

  it('stays off without the permission, and unregisters when the setting goes off', async () => {
    await updateSettings({ allSitesDetection: true });
    expect(await deliver('settingsChanged', undefined, popup)).toEqual({ res: false });
    expect(registeredScript()).toBeUndefined();

    granted = true;
    await deliver('settingsChanged', undefined, popup);
    expect(registeredScript()).toBeDefined();
    await updateSettings({ allSitesDetection: false });
    expect(await deliver('settingsChanged', undefined, popup)).toEqual({ res: false });
    expect(registeredScript()).toBeUndefined();
  });

  it('ignores a settings message from a content script', async () => {
    await updateSettings({ allSitesDetection: true });
    granted = true;
    expect(await deliver('settingsChanged', undefined, own(analyst.url))).toEqual({ res: false });
    expect(registeredScript()).toBeUndefined();
  });
});
