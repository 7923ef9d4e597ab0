import { beforeEach, describe, expect, it } from 'vitest';
import { DISMISSED_DUPLICATES_MAX, SETTINGS_DEFAULTS } from '../schema';
import { freshDb } from '../testing/db';
import { clearAll } from './clear';
import { db, SINGLETON_KEY } from './database';
import { analyst, analystExtraction } from './fixtures/captures';
import { recordCapture } from './record-capture';
import { CorruptRowError } from './rows';
import {
  dismissDuplicatePair,
  getProfile,
  getSettings,
  saveProfile,
  updateSettings,
} from './settings';

beforeEach(async () => {
  await freshDb();
});

describe('settings', () => {
  it('starts with the defaults: capture on, unsaved kept 30 days, all-sites and backups off', async () => {
    expect(await getSettings()).toEqual({
      captureEnabled: true,
      keepUnsavedDays: 30,
      allSitesDetection: false,
      backupEveryDays: null,
      dismissedDuplicates: [],
    });
  });

  it('remembers each pair the user said is not a duplicate, once, keeping the newest', async () => {
    await updateSettings({ keepUnsavedDays: 45 });
    await dismissDuplicatePair('indeed:a1\nlinkedin:1');
    await dismissDuplicatePair('indeed:a1\nlinkedin:1');
    await dismissDuplicatePair('lever:x\nworkday:y');
    expect(await getSettings()).toMatchObject({
      keepUnsavedDays: 45,
      dismissedDuplicates: ['indeed:a1\nlinkedin:1', 'lever:x\nworkday:y'],
    });

    const full = Array.from({ length: DISMISSED_DUPLICATES_MAX }, (_, i) => `a:${i}\nb:${i}`);
    await updateSettings({ dismissedDuplicates: full });
    await dismissDuplicatePair('c:new\nd:new');
    const kept = (await getSettings()).dismissedDuplicates;
    expect(kept).toHaveLength(DISMISSED_DUPLICATES_MAX);
    expect(kept[0]).toBe('a:1\nb:1');
    expect(kept.at(-1)).toBe('c:new\nd:new');
  });

  it('reads settings stored before dismissals existed', async () => {
    await db.settings.put(
      {
        captureEnabled: false,
        keepUnsavedDays: 10,
        allSitesDetection: false,
        backupEveryDays: null,
      } as never,
      SINGLETON_KEY,
    );
    expect(await getSettings()).toMatchObject({ captureEnabled: false, dismissedDuplicates: [] });
  });

  it('merges updates and refuses invalid values without writing', async () => {
    await updateSettings({ captureEnabled: false });
    await updateSettings({ backupEveryDays: 7 });
    expect(await getSettings()).toEqual({
      ...SETTINGS_DEFAULTS,
      captureEnabled: false,
      backupEveryDays: 7,
    });
    await expect(updateSettings({ keepUnsavedDays: 0 })).rejects.toThrow();
    await expect(updateSettings({ keepUnsavedDays: 2.5 })).rejects.toThrow();
    expect((await getSettings()).keepUnsavedDays).toBe(30);
  });

  it('reads a damaged value as its default and keeps the others', async () => {
    await db.settings.put(
      {
        captureEnabled: false,
        keepUnsavedDays: 'forever',
        allSitesDetection: true,
        dismissedDuplicates: 'all of them',
      } as never,
      SINGLETON_KEY,
    );
    expect(await getSettings()).toEqual({
      captureEnabled: false,
      keepUnsavedDays: 30,
      allSitesDetection: true,
      backupEveryDays: null,
      dismissedDuplicates: [],
    });
  });
});

describe('profile', () => {
  it('is null until saved, then stored as the profile schema normalises it', async () => {
    expect(await getProfile()).toBeNull();
    await saveProfile({ languages: [{ language: 'FR', level: 'native' }], skills: ['SQL'] });
    expect(await getProfile()).toEqual({
      languages: [{ language: 'fr', level: 'native' }],
      skills: ['SQL'],
    });
  });

  it('reports a damaged profile instead of handing it to fit', async () => {
    await db.profile.put({ totalYears: -3 } as never, SINGLETON_KEY);
    await expect(getProfile()).rejects.toBeInstanceOf(CorruptRowError);
  });
});

describe('clearAll', () => {
  it('empties every table', async () => {
    await recordCapture(analyst, analystExtraction, Date.UTC(2026, 0, 1));
    await updateSettings({ captureEnabled: false });
    await saveProfile({ totalYears: 4 });
    await clearAll();
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(db.tables.map(() => 0));
    expect((await getSettings()).captureEnabled).toBe(true);
  });
});
