import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Opens `url` as the active tab of a new focused window of the fake browser; its tab id. */
export async function openFakeTab(url: string): Promise<number> {
  // The fake browser has no focused window until one is created.
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
  if (tab.id === undefined) throw new Error('the fake browser gave no tab id');
  return tab.id;
}
