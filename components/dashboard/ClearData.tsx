import { useEffect, useId, useRef, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { syncReminderAlarms } from '@/lib/data/reminders';
import { clearAll } from '@/lib/db';
import { usePlatform } from './PlatformContext';

/** Deletes everything, only after a second, explicit confirmation. */
export function ClearData() {
  const id = useId();
  const { alarms } = usePlatform();
  const announce = useDashboard((s) => s.announce);
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus, so a stray Enter does not delete anything.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Clear all data</h2>
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`${id}-q`} className="notice error">
          <p id={`${id}-q`}>
            Delete every posting, note, status history, your profile and your settings? This cannot
            be undone. Export JSON first if you may want them back.
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await clearAll();
                // Reminders of deleted postings must not fire.
                await syncReminderAlarms(alarms, Date.now());
                setConfirming(false);
                announce('All data was deleted.');
              }}
            >
              Yes, delete everything
            </button>
            <button ref={cancel} type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Clear all data
        </button>
      )}
    </section>
  );
}
