import { useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { backupProblem, BACKUP_TEXT as T } from '@/components/text';
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
      setError(T.badDays);
      return;
    }
    const result = await setBackupInterval({ alarms, permissions }, everyDays);
    if (!result.ok) return setError(backupProblem(result.problem));
    setError(null);
    announce(everyDays === null ? T.off : T.every(everyDays));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      <p className="hint">{T.intro}</p>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => apply(e.target.checked ? Number(days) : null)}
        />
        {T.toggle}
      </label>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-days`}>{T.everyDays}</label>
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
              {T.change}
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
