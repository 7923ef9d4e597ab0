import { browser } from 'wxt/browser';
import {
  handleReminderAlarm,
  jobKeyOfReminder,
  postingHash,
  REMINDER_ICON,
  type ReminderSubject,
  syncReminderAlarms,
} from '../data/reminders';

/** The notification's words for a posting (components/text/reminders.ts, handed in at start). */
export type WordReminder = (subject: ReminderSubject) => { title: string; message: string };

const report = (what: string) => (error: unknown) => console.error(`Reqlens ${what} failed`, error);

/** A reminder alarm fired: show the notification; its id is the alarm's name. */
export async function onReminderAlarm(
  name: string,
  now: number,
  word: WordReminder,
): Promise<void> {
  const jobKey = jobKeyOfReminder(name);
  if (jobKey === null) return;
  const outcome = await handleReminderAlarm(browser.alarms, jobKey, now);
  if (outcome.kind !== 'notify') return;
  const notice = word(outcome.subject);
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: REMINDER_ICON,
    title: notice.title,
    message: notice.message,
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
export function startReminders(word: WordReminder): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    onReminderAlarm(alarm.name, Date.now(), word).catch(report('reminder'));
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
