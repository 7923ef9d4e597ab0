import { useEffect, useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { CAPTURE_TEXT as T } from '@/components/text';
import { updateSettings } from '@/lib/db';
import type { Settings } from '@/lib/schema';
import { usePlatform } from './PlatformContext';

/** Must match `optional_host_permissions` in wxt.config.ts. */
export const ALL_SITES_ORIGINS = ['https://*/*', 'http://*/*'];

/** Capture on/off, how long unsaved postings are kept, and opt-in detection on every site. */
export function CaptureSettings({ settings }: { settings: Settings }) {
  const id = useId();
  const platform = usePlatform();
  const announce = useDashboard((s) => s.announce);
  const [days, setDays] = useState(String(settings.keepUnsavedDays));
  const [daysError, setDaysError] = useState<string | null>(null);
  const [allSitesError, setAllSitesError] = useState<string | null>(null);
  const [granted, setGranted] = useState<boolean | null>(null);

  useEffect(() => {
    platform.permissions.contains({ origins: ALL_SITES_ORIGINS }).then(setGranted, () => {
      setGranted(false);
    });
  }, [platform]);

  const saveDays = async () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 3650) {
      setDaysError(T.badDays);
      return;
    }
    setDaysError(null);
    if (n !== settings.keepUnsavedDays) {
      await updateSettings({ keepUnsavedDays: n });
      announce(T.keptDays(n));
    }
  };

  const toggleAllSites = async (on: boolean) => {
    setAllSitesError(null);
    if (on) {
      // Asked during the click: browsers grant optional permissions only in a user gesture.
      const ok = await platform.permissions.request({ origins: ALL_SITES_ORIGINS });
      setGranted(ok);
      if (!ok) {
        setAllSitesError(T.allSitesRefused);
        return;
      }
      await updateSettings({ allSitesDetection: true });
    } else {
      await updateSettings({ allSitesDetection: false });
      await platform.permissions.remove({ origins: ALL_SITES_ORIGINS });
      setGranted(false);
    }
    await platform.settingsChanged().catch(() => false);
    announce(on ? T.allSitesOn : T.allSitesOff);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={settings.captureEnabled}
          onChange={async (e) => {
            await updateSettings({ captureEnabled: e.target.checked });
            await platform.settingsChanged().catch(() => false);
          }}
        />
        {T.toggle}
      </label>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor={`${id}-days`}>{T.keepDays}</label>
        <input
          id={`${id}-days`}
          inputMode="numeric"
          value={days}
          aria-invalid={daysError ? true : undefined}
          aria-describedby={`${id}-days-hint${daysError ? ` ${id}-days-err` : ''}`}
          onChange={(e) => setDays(e.target.value)}
          onBlur={saveDays}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveDays();
          }}
        />
        <span id={`${id}-days-hint`} className="hint">
          {T.keepDaysHint}
        </span>
        {daysError && (
          <span id={`${id}-days-err`} className="field-error" role="alert">
            {daysError}
          </span>
        )}
      </div>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={settings.allSitesDetection}
          aria-describedby={`${id}-all-hint`}
          onChange={(e) => toggleAllSites(e.target.checked)}
        />
        {T.allSites}
      </label>
      <p id={`${id}-all-hint`} className="hint">
        {T.allSitesHint}
      </p>
      {settings.allSitesDetection && granted === false && (
        <p className="notice error">{T.allSitesLost}</p>
      )}
      {allSitesError && (
        <p className="notice error" role="alert">
          {allSitesError}
        </p>
      )}
    </section>
  );
}
