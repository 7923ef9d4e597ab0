import { useEffect, useId, useRef, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { COMMON_TEXT, CLEAR_TEXT as T } from '@/components/text';
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
      <h2 id={`${id}-h`}>{T.heading}</h2>
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`${id}-q`} className="notice error">
          <p id={`${id}-q`}>{T.question}</p>
          <div className="row">
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await clearAll();
                // Reminders of deleted postings must not fire.
                await syncReminderAlarms(alarms, Date.now());
                setConfirming(false);
                announce(T.done);
              }}
            >
              {T.confirm}
            </button>
            <button ref={cancel} type="button" onClick={() => setConfirming(false)}>
              {COMMON_TEXT.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {T.open}
        </button>
      )}
    </section>
  );
}
