import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_ALARM } from '../data/backup';
import { seedTracker } from '../data/testing-db';
import { updateSettings } from '../db';
import { onBackupAlarm, startBackups } from './backup';

let download: Mock<(options: { url: string; filename?: string }) => Promise<number>>;

/** The fake browser does not implement these two APIs: the tests stand in for the browser. */
function grantDownloads(granted: boolean) {
  Object.assign(fakeBrowser.permissions, { contains: async () => granted });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await seedTracker();
  download = vi.fn(async () => 1);
  Object.assign(fakeBrowser.downloads, { download });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup alarm', () => {
  it('downloads the export when backups are on and permitted', async () => {
    grantDownloads(true);
    expect(await onBackupAlarm(Date.UTC(2026, 5, 1, 12))).toBe(1);
    expect(download).toHaveBeenCalledOnce();
    expect(download.mock.calls[0]?.[0]).toMatchObject({
      filename: 'Reqlens backups/reqlens-export-2026-06-01.json',
    });
  });

  it('downloads nothing when the permission was withdrawn', async () => {
    grantDownloads(false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await onBackupAlarm(Date.now())).toBeNull();
    expect(download).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('removes a leftover alarm when backups were turned off', async () => {
    grantDownloads(true);
    await updateSettings({ backupEveryDays: null });
    await fakeBrowser.alarms.create(BACKUP_ALARM, { periodInMinutes: 1440 });
    expect(await onBackupAlarm(Date.now())).toBeNull();
    expect(download).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(BACKUP_ALARM)).toBeUndefined();
  });

  it('sets the alarm up from the settings at browser start-up and runs it when it fires', async () => {
    grantDownloads(true);
    startBackups();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => {
      expect((await fakeBrowser.alarms.get(BACKUP_ALARM))?.periodInMinutes).toBe(7 * 24 * 60);
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: BACKUP_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => {
      expect(download).toHaveBeenCalledOnce();
    });
  });
});
