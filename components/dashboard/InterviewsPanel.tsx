import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { INTERVIEW_TEXT as T } from '@/components/text';
import { calendarFileName, interviewCalendar } from '@/lib/data/calendar';
import { setInterviews } from '@/lib/db';
import { Interview, type PostingRow } from '@/lib/schema';
import { FormButtons } from './FormButtons';
import { fromInputs } from './localDate';
import { usePlatform } from './PlatformContext';
import { TextField } from './TextField';
import { useFold } from './useFold';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const EMPTY = { date: '', time: '10:00', label: '', place: '' };

/** The stored entry shown as `shown` (same time and round). */
const find = (stored: Interview[], shown: Interview) =>
  stored.find((i) => i.at === shown.at && i.label === shown.label);

/**
 * The interviews the user has scheduled, with when, what round and where: the status history only
 * says when the interviewing stage began. Past ones stay listed, marked as such.
 */
export function InterviewsPanel({
  posting,
  now = Date.now(),
}: {
  posting: PostingRow;
  /** For tests; the page's render time otherwise. */
  now?: number;
}) {
  const { jobKey, interviews } = posting;
  const id = useId();
  const { download } = usePlatform();
  const announce = useDashboard((s) => s.announce);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<{ field: 'date' | 'label'; text: string } | null>(null);
  const fold = useFold();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const at = fromInputs(form.date, form.time);
    if (at === null) return setError({ field: 'date', text: T.pickDate });
    const parsed = Interview.safeParse({ at, label: form.label, place: form.place.trim() || null });
    if (!parsed.success) {
      return setError({ field: 'label', text: T.sayRound });
    }
    setError(null);
    const added = parsed.data;
    await setInterviews(jobKey, (stored) => [...stored, added], Date.now());
    setForm(EMPTY);
    fold.close();
    announce(T.added(added.label, when.format(at)));
  };

  /** An .ics file for the user's calendar app. */
  const addToCalendar = (interview: Interview) => {
    const event = {
      interview,
      jobKey,
      title: posting.title ?? posting.extraction.posting.title,
      company: posting.company ?? posting.extraction.posting.company,
      url: posting.canonicalUrl || posting.url,
    };
    download(calendarFileName(interview.at), interviewCalendar(event, Date.now()), 'text/calendar');
    announce(T.calendarDone(interview.label));
  };

  const remove = async (interview: Interview) => {
    await setInterviews(
      jobKey,
      (stored) => stored.filter((i) => i !== find(stored, interview)),
      Date.now(),
    );
    announce(T.removed(interview.label));
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      {interviews.length === 0 ? (
        <p className="muted">{T.none}</p>
      ) : (
        <ul className="list-plain">
          {interviews.map((interview) => (
            <li key={`${interview.at}\n${interview.label}`}>
              <strong>{interview.label}</strong>
              <div>
                <time dateTime={new Date(interview.at).toISOString()}>
                  {when.format(interview.at)}
                </time>
                {interview.at < now && <span className="muted">{T.past}</span>}
              </div>
              {interview.place && <div className="muted">{interview.place}</div>}
              <div className="row">
                <button type="button" className="link" onClick={() => addToCalendar(interview)}>
                  {T.calendar(interview.label)}
                </button>
                <button type="button" className="link" onClick={() => remove(interview)}>
                  {T.remove(interview.label)}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {fold.open ? (
        <form ref={fold.formRef} onSubmit={submit} aria-label={T.formLabel} noValidate>
          <div className="form-grid">
            <TextField
              label={T.date}
              type="date"
              value={form.date}
              onChange={(date) => setForm({ ...form, date })}
              error={error?.field === 'date' ? error.text : undefined}
            />
            <TextField
              label={T.time}
              type="time"
              value={form.time}
              onChange={(time) => setForm({ ...form, time })}
            />
            <TextField
              label={T.round}
              value={form.label}
              onChange={(label) => setForm({ ...form, label })}
              error={error?.field === 'label' ? error.text : undefined}
            />
            <TextField
              label={T.where}
              hint={T.whereHint}
              value={form.place}
              onChange={(place) => setForm({ ...form, place })}
            />
          </div>
          <FormButtons
            submit={T.submit}
            cancel={T.cancel}
            onCancel={() => {
              setError(null);
              fold.close();
            }}
          />
        </form>
      ) : (
        <button type="button" {...fold.opener}>
          {T.open}
        </button>
      )}
    </section>
  );
}
