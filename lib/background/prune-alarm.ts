import { browser } from 'wxt/browser';
import { getSettings, pruneUnsaved } from '../db';

export const PRUNE_ALARM = 'prune-unsaved';
const DAY_MINUTES = 24 * 60;

/** Alarms outlive the service worker; creating it only when missing keeps its daily rhythm. */
export async function ensurePruneAlarm(): Promise<void> {
  if (await browser.alarms.get(PRUNE_ALARM)) return;
  await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
}

/** Deletes unsaved postings older than the user's setting; returns how many. */
export async function runPrune(now: number): Promise<number> {
  const { keepUnsavedDays } = await getSettings();
  return pruneUnsaved(keepUnsavedDays, now);
}
