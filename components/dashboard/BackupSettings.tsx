import { useId, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { setBackupInterval } from '@/lib/data/backup';
import type { Settings } from '@/lib/schema';
import { usePlatform } from './PlatformContext';

/**
 * Automatic backups (off by default). Uninstalling the extension deletes its database, so a JSON
 * file in the Downloads folder every N days is the user's safety net.
 */
export function BackupSettings({ settings }: { settings: Settings }) {
  const id = useId();
  const { alarms, permissions } = usePlatform();
  const announce = useDashboard((s) => s.announce);
  const on = settings.backupEveryDays !== null;
  const [days, setDays] = useState(String(settings.backupEveryDays ?? 7));
  const [error, setError] = useState<string | null>(null);

  const apply = async (everyDays: number | null) => {
    if (everyDays !== null && (!Number.isInteger(everyDays) || everyDays < 1 || everyDays > 365)) {
      setError('Enter a whole number of days from 1 to 365.');
      return;
    }
    const result = await setBackupInterval({ alarms, permissions }, everyDays);
    if (!result.ok) return setError(result.error);
    setError(null);
    announce(
      everyDays === null ? 'Automatic backups are off.' : `Backups every ${everyDays} days.`,
    );
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Automatic backups</h2>
      <p className="hint">
        Uninstalling Reqlens deletes everything it stored. With backups on, a JSON export is saved
        to your Downloads folder (in “Reqlens backups”) every few days; import it to get everything
        back.
      </p>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => apply(e.target.checked ? Number(days) : null)}
        />
        Back up automatically
      </label>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-days`}>Every (days)</label>
          <input
            id={`${id}-days`}
            inputMode="numeric"
            value={days}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        {on && (
          <div className="field">
            <button type="button" onClick={() => apply(Number(days))}>
              Change interval
            </button>
          </div>
        )}
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
