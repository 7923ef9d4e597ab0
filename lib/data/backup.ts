import type { WxtBrowser } from 'wxt/browser';
import { updateSettings } from '../db';
import type { Settings } from '../schema';
import { buildExport, exportFileName, exportToJson } from './export';
import type { BackupProblem } from './problems';

/**
 * Automatic backups. Uninstalling the extension deletes its IndexedDB, so when the user turns this
 * on, an alarm downloads the JSON export every N days. Off by default; the `downloads` permission
 * is optional and asked for when the user turns it on.
 */

export type BackupAlarmsApi = Pick<WxtBrowser['alarms'], 'create' | 'clear' | 'get'>;
export type DownloadsApi = Pick<WxtBrowser['downloads'], 'download'>;

export const BACKUP_ALARM = 'backup';
export const DOWNLOADS_PERMISSION = 'downloads';
/** Inside the Downloads folder, so backups don't mix with everything else. */
export const BACKUP_FOLDER = 'Reqlens backups';

const DAY_MINUTES = 24 * 60;

/** UTF-8 bytes as base64, in chunks: a 50 MB export must not blow the argument limit. */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Chrome's MV3 service worker has no URL.createObjectURL: there the file travels as a data: URL. */
export function jsonDataUrl(json: string): string {
  return `data:application/json;base64,${utf8ToBase64(json)}`;
}

/** `URL`'s blob methods where the context has them (Firefox's event page), absent otherwise. */
export interface ObjectUrls {
  createObjectURL?: (blob: Blob) => string;
  revokeObjectURL?: (url: string) => void;
}

/** Long enough for the browser to have read the blob into the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * The URL to download the export from. Firefox refuses data: URLs in `downloads.download` but its
 * background page can make blob URLs; Chrome's service worker cannot, and accepts data: URLs.
 */
export function backupUrl(json: string, urls: ObjectUrls): { url: string; release: () => void } {
  if (typeof urls.createObjectURL !== 'function') {
    return { url: jsonDataUrl(json), release: () => {} };
  }
  const url = urls.createObjectURL(new Blob([json], { type: 'application/json' }));
  return { url, release: () => setTimeout(() => urls.revokeObjectURL?.(url), REVOKE_AFTER_MS) };
}

/**
 * Keeps the backup alarm in step with the setting: none when off, one every N days when on. An
 * alarm with the right period is left alone, so re-running this (at every start-up) never delays
 * the next backup.
 */
export async function syncBackupAlarm(
  alarms: BackupAlarmsApi,
  everyDays: Settings['backupEveryDays'],
): Promise<void> {
  if (everyDays === null) {
    await alarms.clear(BACKUP_ALARM);
    return;
  }
  const periodInMinutes = everyDays * DAY_MINUTES;
  const existing = await alarms.get(BACKUP_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  // The first backup comes a minute after turning it on, so the user sees that it works.
  await alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes });
}

/** Downloads a backup now; returns the download id. `urls` is the context's `URL`. */
export async function runBackup(
  downloads: DownloadsApi,
  urls: ObjectUrls,
  now: number,
): Promise<number> {
  const { url, release } = backupUrl(exportToJson(await buildExport(now)), urls);
  try {
    return await downloads.download({
      url,
      filename: `${BACKUP_FOLDER}/${exportFileName(now)}`,
      conflictAction: 'uniquify',
      saveAs: false,
    });
  } finally {
    release();
  }
}

export type PermissionsApi = Pick<WxtBrowser['permissions'], 'request' | 'remove'>;

/**
 * Turns automatic backups on (every `everyDays` days) or off (null), from a click in the dashboard.
 * The permission request comes first: browsers only grant it during the user's gesture.
 */
export async function setBackupInterval(
  apis: { alarms: BackupAlarmsApi; permissions: PermissionsApi },
  everyDays: number | null,
): Promise<{ ok: true } | { ok: false; problem: BackupProblem }> {
  if (
    everyDays !== null &&
    !(await apis.permissions.request({ permissions: [DOWNLOADS_PERMISSION] }))
  ) {
    return { ok: false, problem: { code: 'downloadsDenied' } };
  }
  const { backupEveryDays } = await updateSettings({ backupEveryDays: everyDays });
  await syncBackupAlarm(apis.alarms, backupEveryDays);
  if (backupEveryDays === null)
    await apis.permissions.remove({ permissions: [DOWNLOADS_PERMISSION] });
  return { ok: true };
}
