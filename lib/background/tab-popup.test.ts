import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nameOpenTabPopups, nameTabPopup, startTabPopups, tabPopup } from './tab-popup';
import { forgetTab, rememberTab } from './tab-state';

/** The popups set so far, by tab (the fake browser does not implement `action.setPopup`). */
let popups: Map<number, string>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  popups = new Map();
  vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async ({ tabId, popup }) => {
    if (tabId === undefined) throw new Error('only per-tab popups are expected');
    if (popup === null) popups.delete(tabId);
    else popups.set(tabId, popup);
  });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tab popups', () => {
  it('names the tab in the popup address, relative to the extension root', () => {
    expect(tabPopup(12)).toBe('popup.html?tabId=12');
  });

  it('names the posting the tab shows, so that the popup reads its state with the tab’s entry', async () => {
    expect(tabPopup(12, 'lever:acme/4f2a')).toBe('popup.html?tabId=12&job=lever%3Aacme%2F4f2a');
    expect(tabPopup(12, null)).toBe('popup.html?tabId=12');
    // An unusually long key stays out of the address (the popup reads it from the entry).
    expect(tabPopup(12, `generic:${'x'.repeat(600)}`)).toBe('popup.html?tabId=12');

    await rememberTab(4, { jobKey: 'greenhouse:77', url: 'https://example.org/77', preview: null });
    expect(popups.get(4)).toBe('popup.html?tabId=4&job=greenhouse%3A77');
    // A load or activation names it again from the tab's entry.
    popups.clear();
    await nameTabPopup(4);
    expect(popups.get(4)).toBe('popup.html?tabId=4&job=greenhouse%3A77');
    await forgetTab(4);
    expect(popups.get(4)).toBe('popup.html?tabId=4');
  });

  it('names every tab already open when the worker starts', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const a = await fakeBrowser.tabs.create({ url: 'https://example.org/a', windowId: win?.id });
    const b = await fakeBrowser.tabs.create({ url: 'https://example.org/b', windowId: win?.id });
    await nameOpenTabPopups();
    expect(popups.get(a.id ?? -1)).toBe(`popup.html?tabId=${a.id}`);
    expect(popups.get(b.id ?? -1)).toBe(`popup.html?tabId=${b.id}`);
  });

  it('names tabs as they open, load and come to the front', async () => {
    startTabPopups((error) => {
      throw error;
    });
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    await settle();
    expect(popups.get(tab.id ?? -1)).toBe(`popup.html?tabId=${tab.id}`);

    popups.clear();
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as never);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 6, windowId: 1 });
    // A title or favicon change leaves the popup as it is.
    await fakeBrowser.tabs.onUpdated.trigger(8, { title: 'Jobs' }, { id: 8 } as never);
    await settle();
    expect([...popups.entries()].sort()).toEqual([
      [5, 'popup.html?tabId=5'],
      [6, 'popup.html?tabId=6'],
    ]);
  });

  it('leaves the popup of a tab showing one of the extension’s own pages unnamed', async () => {
    startTabPopups((error) => {
      throw error;
    });
    await settle();
    vi.mocked(fakeBrowser.action.setPopup).mockClear();
    popups.clear();
    const own = { id: 5, url: fakeBrowser.runtime.getURL('/dashboard.html#/board') };
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading', url: own.url }, own as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, own as never);
    // The same tab on a web page again is named as any other.
    const web = { id: 5, url: 'https://example.org/jobs/1' };
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading', url: web.url }, web as never);
    await settle();
    expect([...popups.entries()]).toEqual([[5, 'popup.html?tabId=5']]);
    expect(fakeBrowser.action.setPopup).toHaveBeenCalledTimes(1);
  });

  it('shrugs off a tab that closed before its popup was named', async () => {
    vi.mocked(fakeBrowser.action.setPopup).mockRejectedValue(new Error('No tab with id: 9'));
    await expect(nameTabPopup(9)).resolves.toBeUndefined();
    await expect(nameTabPopup(undefined)).resolves.toBeUndefined();
  });
});

describe('two namings of one tab at once', () => {
  it('keeps the posting a capture names, whatever an activation read before it', async () => {
    await rememberTab(7, { jobKey: 'lever:acme/1', url: 'https://example.org/1', preview: null });
    popups.clear();
    // An activation starts reading the tab's entry; meanwhile the capture names its posting.
    const activation = nameTabPopup(7);
    const capture = nameTabPopup(7, 'lever:acme/2');
    await Promise.all([activation, capture]);
    expect(popups.get(7)).toBe('popup.html?tabId=7&job=lever%3Aacme%2F2');
  });
});
