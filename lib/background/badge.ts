import { browser } from 'wxt/browser';

/** A per-tab dot on the toolbar icon: this tab holds a detected posting. */
export async function showPostingBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '●' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' }),
    browser.action.setTitle({ tabId, title: 'Reqlens: job posting detected on this page' }),
  ]);
}

export async function clearPostingBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: 'Reqlens' }),
  ]);
}
