import {
  DISMISSED_DUPLICATES_MAX,
  Profile,
  SETTINGS_DEFAULTS,
  Settings,
  StoredSettings,
} from '../schema';
import { db, SINGLETON_KEY } from './database';
import { parseRow } from './rows';

/** The settings, with defaults for anything never set or damaged (a bad value never blocks capture). */
export async function getSettings(): Promise<Settings> {
  const stored: unknown = await db.settings.get(SINGLETON_KEY);
  const parsed = StoredSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaults();
}

const defaults = (): Settings => ({ ...SETTINGS_DEFAULTS, dismissedDuplicates: [] });

/** Merges `patch` into the settings; an invalid value throws and nothing is written. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = Settings.parse({ ...(await getSettings()), ...patch });
    await db.settings.put(next, SINGLETON_KEY);
    return next;
  });
}

/**
 * Remembers that the pair `key` (lib/data `pairKey`) is not one job, so it is not offered again;
 * past the cap the oldest answers are dropped.
 */
export async function dismissDuplicatePair(key: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await getSettings();
    if (settings.dismissedDuplicates.includes(key)) return;
    const dismissedDuplicates = [...settings.dismissedDuplicates, key].slice(
      -DISMISSED_DUPLICATES_MAX,
    );
    await db.settings.put(Settings.parse({ ...settings, dismissedDuplicates }), SINGLETON_KEY);
  });
}

/** The user's profile, or null before they fill it in. A damaged row throws `CorruptRowError`. */
export async function getProfile(): Promise<Profile | null> {
  const stored: unknown = await db.profile.get(SINGLETON_KEY);
  return stored === undefined ? null : parseRow(Profile, 'profile', SINGLETON_KEY, stored);
}

/** Stores the profile as the fit engineer's schema parses it (normalised codes, strict keys). */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const parsed = Profile.parse(profile);
  await db.profile.put(parsed, SINGLETON_KEY);
  return parsed;
}
