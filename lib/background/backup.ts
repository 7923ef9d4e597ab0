import { browser } from 'wxt/browser';
import { BACKUP_ALARM, DOWNLOADS_PERMISSION, runBackup, syncBackupAlarm } from '../data/backup';
import { getSettings } from '../db';

const report = (what: string) => (error: unknown) => console.error(`Reqlens ${what} failed`, error);

/** The backup alarm fired: download the export, unless backups were turned off or not permitted. */
export async function onBackupAlarm(now: number): Promise<number | null> {
  const { backupEveryDays } = await getSettings();
  if (backupEveryDays === null) {
    await syncBackupAlarm(browser.alarms, null);
    return null;
  }
  if (!(await browser.permissions.contains({ permissions: [DOWNLOADS_PERMISSION] }))) {
    console.warn('Reqlens backup skipped: the downloads permission was withdrawn');
    return null;
  }
  return runBackup(browser.downloads, URL, now);
}

export async function resyncBackupAlarm(): Promise<void> {
  await syncBackupAlarm(browser.alarms, (await getSettings()).backupEveryDays);
}

/** Registers the backup listeners; called in the service worker's first turn. */
export function startBackups(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) onBackupAlarm(Date.now()).catch(report('backup'));
  });
  const resync = () => {
    resyncBackupAlarm().catch(report('backup alarm setup'));
  };
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
}
