import { browser } from 'wxt/browser';
import {
  handleReminderAlarm,
  jobKeyOfReminder,
  postingHash,
  REMINDER_ICON,
  syncReminderAlarms,
} from '../data/reminders';

const report = (what: string) => (error: unknown) => console.error(`Reqlens ${what} failed`, error);

/** A reminder alarm fired: show the notification; its id is the alarm's name. */
export async function onReminderAlarm(name: string, now: number): Promise<void> {
  const jobKey = jobKeyOfReminder(name);
  if (jobKey === null) return;
  const outcome = await handleReminderAlarm(browser.alarms, jobKey, now);
  if (outcome.kind !== 'notify') return;
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: REMINDER_ICON,
    title: outcome.notice.title,
    message: outcome.notice.message,
    priority: 1,
  });
}

/** Clicking a reminder opens the posting in the dashboard. */
export async function onReminderClicked(notificationId: string): Promise<void> {
  const jobKey = jobKeyOfReminder(notificationId);
  if (jobKey === null) return;
  const url = `${browser.runtime.getURL('/dashboard.html')}${postingHash(jobKey)}`;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}

/** Re-creates the alarms from the database: Firefox drops alarms when the browser closes. */
export function resyncReminders(): Promise<number> {
  return syncReminderAlarms(browser.alarms, Date.now());
}

/** Registers the reminder listeners; called in the service worker's first turn. */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    onReminderAlarm(alarm.name, Date.now()).catch(report('reminder'));
  });
  browser.notifications.onClicked.addListener((id) => {
    onReminderClicked(id).catch(report('opening a reminder'));
  });
  const resync = () => {
    resyncReminders().catch(report('reminder start-up'));
  };
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
}
