import { browser } from 'wxt/browser';
import { PostingNotFoundError, savePosting } from '../db';
import { tabPosting } from './tab-state';

/** The manifest `commands` entry (wxt.config.ts) that saves the current tab's posting. */
export const SAVE_COMMAND = 'save-posting';

/**
 * Saves the posting the tab shows, as the popup's Save button does. Returns whether a posting was
 * put on the tracker; the toolbar badge says so, since a shortcut has no other visible answer.
 */
export async function saveFromShortcut(tabId: number | undefined, now: number): Promise<boolean> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return false;
  const posting = await tabPosting(id);
  if (!posting) return false;
  try {
    await savePosting(posting.jobKey, now);
  } catch (error) {
    // Pruned or deleted since the tab showed it: nothing to save.
    if (error instanceof PostingNotFoundError) return false;
    throw error;
  }
  await Promise.all([
    browser.action.setBadgeText({ tabId: id, text: '✓' }),
    browser.action.setTitle({ tabId: id, title: 'Reqlens: posting saved to your tracker' }),
  ]);
  return true;
}
