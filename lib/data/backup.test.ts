import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings } from '../db';
import {
  BACKUP_ALARM,
  jsonDataUrl,
  runBackup,
  setBackupInterval,
  syncBackupAlarm,
  utf8ToBase64,
} from './backup';
import { checkExportFile } from './import-check';
import { seedTracker, T0 } from './testing-db';

const alarms = fakeBrowser.alarms;

beforeEach(async () => {
  fakeBrowser.reset();
  await seedTracker();
  await alarms.clearAll();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('utf8ToBase64', () => {
  it('encodes UTF-8 bytes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(Buffer.from(utf8ToBase64(s), 'base64').toString('utf8')).toBe(s);
      }),
    );
  });

  it('encodes text longer than one chunk', () => {
    const long = 'Ingénieur·e données – 東京 – 🚀 '.repeat(5000);
    expect(Buffer.from(utf8ToBase64(long), 'base64').toString('utf8')).toBe(long);
  });
});

describe('syncBackupAlarm', () => {
  it('creates an alarm every N days, keeps it on re-runs, moves it on change and removes it when off', async () => {
    await syncBackupAlarm(alarms, 7);
    const first = await alarms.get(BACKUP_ALARM);
    expect(first?.periodInMinutes).toBe(7 * 24 * 60);

    await syncBackupAlarm(alarms, 7);
    expect((await alarms.get(BACKUP_ALARM))?.scheduledTime).toBe(first?.scheduledTime);

    await syncBackupAlarm(alarms, 30);
    expect((await alarms.get(BACKUP_ALARM))?.periodInMinutes).toBe(30 * 24 * 60);

    await syncBackupAlarm(alarms, null);
    expect(await alarms.get(BACKUP_ALARM)).toBeUndefined();
  });
});

describe('runBackup', () => {
  it('downloads the full export as a data: URL into the backups folder', async () => {
    const download = vi.fn(async (_options: { url: string; filename?: string }) => 41);
    const now = new Date(2026, 3, 5, 8, 0).getTime();
    expect(await runBackup({ download }, {}, now)).toBe(41);
    const options = download.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      filename: 'Reqlens backups/reqlens-export-2026-04-05.json',
      conflictAction: 'uniquify',
      saveAs: false,
    });
    const [prefix, b64] = options?.url.split(',') ?? [];
    expect(prefix).toBe('data:application/json;base64');
    const checked = checkExportFile(JSON.parse(Buffer.from(b64 ?? '', 'base64').toString('utf8')));
    expect(checked.ok && checked.file.postings.length).toBe(3);
    expect(checked.ok && checked.file.exportedAt).toBe(now);
  });

  it('uses a blob URL where the context can make one (Firefox refuses data: URLs)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const blobs: Blob[] = [];
      const urls = {
        createObjectURL: vi.fn((blob: Blob) => {
          blobs.push(blob);
          return 'blob:moz-extension://4b1e/9f2c';
        }),
        revokeObjectURL: vi.fn(),
      };
      const download = vi.fn(async (_options: { url: string }) => 7);
      await runBackup({ download }, urls, T0);
      expect(download.mock.calls[0]?.[0].url).toBe('blob:moz-extension://4b1e/9f2c');
      expect(blobs[0]?.type).toBe('application/json');
      const checked = checkExportFile(JSON.parse((await blobs[0]?.text()) ?? ''));
      expect(checked.ok).toBe(true);
      // Revoked later, not while the browser may still be reading it.
      expect(urls.revokeObjectURL).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60_000);
      expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:moz-extension://4b1e/9f2c');
    } finally {
      vi.useRealTimers();
    }
  });

  it('builds the data URL from the exact JSON', () => {
    expect(jsonDataUrl('{"a":"é"}')).toBe(
      `data:application/json;base64,${Buffer.from('{"a":"é"}').toString('base64')}`,
    );
  });
});

describe('setBackupInterval', () => {
  it('asks for the downloads permission first and changes nothing when refused', async () => {
    await setBackupInterval({ alarms, permissions: permissions(false) }, null);
    const request = vi.fn(async () => false);
    const result = await setBackupInterval(
      { alarms, permissions: { request, remove: vi.fn(async () => true) } },
      14,
    );
    expect(result).toEqual({ ok: false, problem: { code: 'downloadsDenied' } });
    expect(request).toHaveBeenCalledWith({ permissions: ['downloads'] });
    expect((await getSettings()).backupEveryDays).toBeNull();
    expect(await alarms.get(BACKUP_ALARM)).toBeUndefined();
  });

  it('turns backups on with the permission, and off again', async () => {
    const granted = permissions(true);
    expect(await setBackupInterval({ alarms, permissions: granted }, 14)).toEqual({ ok: true });
    expect((await getSettings()).backupEveryDays).toBe(14);
    expect((await alarms.get(BACKUP_ALARM))?.periodInMinutes).toBe(14 * 24 * 60);

    expect(await setBackupInterval({ alarms, permissions: granted }, null)).toEqual({ ok: true });
    expect((await getSettings()).backupEveryDays).toBeNull();
    expect(await alarms.get(BACKUP_ALARM)).toBeUndefined();
    expect(granted.remove).toHaveBeenCalledWith({ permissions: ['downloads'] });
  });

  it('rejects an interval the settings do not allow', async () => {
    await expect(
      setBackupInterval({ alarms, permissions: permissions(true) }, 0),
    ).rejects.toThrow();
    expect((await getSettings()).backupEveryDays).toBe(7);
  });
});

function permissions(grant: boolean) {
  return { request: vi.fn(async () => grant), remove: vi.fn(async () => true) };
}
