import { browser } from 'wxt/browser';
import { z } from 'zod';

/** New records one tab may create per minute: a person reading postings never comes close. */
export const NEW_RECORDS_PER_MINUTE = 20;
const MINUTE = 60_000;

const keyOf = (tabId: number) => `rate:${tabId}`;
const Times = z.array(z.number()).max(NEW_RECORDS_PER_MINUTE * 4);

/**
 * When this tab created its recent records, in `storage.session`: the service worker is stopped
 * after 30 s idle and its memory with it, so a cap kept there would reset with every restart.
 */
async function recent(tabId: number, now: number): Promise<number[]> {
  const key = keyOf(tabId);
  const parsed = Times.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data.filter((t) => t > now - MINUTE && t <= now) : [];
}

/** Whether the tab may create one more record now. */
export async function mayCreate(tabId: number, now: number): Promise<boolean> {
  return (await recent(tabId, now)).length < NEW_RECORDS_PER_MINUTE;
}

/** Counts a record the tab created. */
export async function noteCreated(tabId: number, now: number): Promise<void> {
  const times = [...(await recent(tabId, now)), now].slice(-NEW_RECORDS_PER_MINUTE);
  await browser.storage.session.set({ [keyOf(tabId)]: times });
}

export async function forgetRate(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
