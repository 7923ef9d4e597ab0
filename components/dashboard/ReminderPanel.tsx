import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import { setFollowUp } from '@/lib/data/reminders';
import { fromInputs, toDateInput, toTimeInput } from './localDate';
import { usePlatform } from './PlatformContext';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/**
 * The follow-up reminder: stored on the posting and scheduled as an alarm; the background turns the
 * alarm into a notification and re-creates alarms from the database after a browser restart.
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
  const [date, setDate] = useState(reminderAt === null ? '' : toDateInput(reminderAt));
  const [time, setTime] = useState(reminderAt === null ? '09:00' : toTimeInput(reminderAt));
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const at = fromInputs(date, time);
    if (at === null) return setError('Pick a date and a time.');
    if (at <= Date.now()) return setError('Pick a time in the future.');
    setError(null);
    await setFollowUp(alarms, jobKey, at, Date.now());
    announce(`Reminder set for ${when.format(at)}.`);
  };

  const clear = async () => {
    await setFollowUp(alarms, jobKey, null, Date.now());
    setDate('');
    announce('Reminder removed.');
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>Follow-up reminder</h2>
      <p className="muted">
        {reminderAt === null ? 'No reminder set.' : `Reminder on ${when.format(reminderAt)}.`}
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Remind me on</label>
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
          <label htmlFor={`${id}-time`}>At</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
        <div className="field">
          <button type="submit" className="primary">
            Set reminder
          </button>
        </div>
        {reminderAt !== null && (
          <div className="field">
            <button type="button" onClick={clear}>
              Remove reminder
            </button>
          </div>
        )}
      </div>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
