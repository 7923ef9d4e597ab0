import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { REMINDER_TEXT as T } from '@/components/text';
import { setFollowUp } from '@/lib/data/reminders';
import { fromInputs, toDateInput, toTimeInput } from './localDate';
import { usePlatform } from './PlatformContext';
import { useFold } from './useFold';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/**
 * The follow-up reminder: stored on the posting and scheduled as an alarm; the background turns the
 * alarm into a notification and re-creates alarms from the database after a browser restart. The
 * form stays folded until the user sets or changes one.
 */
export function ReminderPanel({
  jobKey,
  reminderAt,
}: {
  jobKey: string;
  reminderAt: number | null;
}) {
  const id = useId();
  const announce = useDashboard((s) => s.announce);
  const { alarms } = usePlatform();
  const fold = useFold();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const at = fromInputs(date, time);
    if (at === null) return setError(T.pickDate);
    if (at <= Date.now()) return setError(T.future);
    setError(null);
    await setFollowUp(alarms, jobKey, at, Date.now());
    fold.close();
    announce(T.done(when.format(at)));
  };

  const clear = async () => {
    await setFollowUp(alarms, jobKey, null, Date.now());
    fold.opener.ref.current?.focus();
    announce(T.removed);
  };

  /** Unfolds the form with the stored reminder's day and time, or an empty day at 9:00. */
  const openForm = () => {
    setDate(reminderAt === null ? '' : toDateInput(reminderAt));
    setTime(reminderAt === null ? '09:00' : toTimeInput(reminderAt));
    setError(null);
    fold.opener.onClick();
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      <p className="muted">{reminderAt === null ? T.none : T.setFor(when.format(reminderAt))}</p>
      {fold.open ? (
        <form ref={fold.formRef} onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
          <div className="row">
            <div className="field">
              <label htmlFor={`${id}-date`}>{T.date}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={date}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-err` : undefined}
                onChange={(e) => setDate(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-time`}>{T.time}</label>
              <input
                id={`${id}-time`}
                type="time"
                value={time}
                onChange={(e) => setTime(e.target.value)}
              />
            </div>
            <div className="field">
              <button type="submit" className="primary">
                {T.submit}
              </button>
            </div>
            <div className="field">
              <button
                type="button"
                onClick={() => {
                  setError(null);
                  fold.close();
                }}
              >
                {T.cancel}
              </button>
            </div>
          </div>
          {error && (
            <p id={`${id}-err`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <div className="row">
          <button type="button" ref={fold.opener.ref} onClick={openForm}>
            {reminderAt === null ? T.open : T.change}
          </button>
          {reminderAt !== null && (
            <button type="button" onClick={clear}>
              {T.remove}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
