import type { WxtBrowser } from 'wxt/browser';
import { db, getPosting, setReminder } from '../db';
import { parseRows } from '../db/rows';
import { PostingRow } from '../schema';

/**
 * Follow-up reminders. The reminder time lives in the posting row (`reminderAt`); an alarm named
 * `reminder:<jobKey>` wakes the background at that time. Alarms are not trusted to survive a
 * browser restart (Firefox drops them), so they are re-created from the database at start-up.
 * The browser APIs are passed in, so this module runs in the background, in the dashboard and in
 * tests alike.
 */

export type AlarmsApi = Pick<WxtBrowser['alarms'], 'create' | 'clear' | 'getAll'>;

export const REMINDER_PREFIX = 'reminder:';

export const reminderAlarmName = (jobKey: string) => `${REMINDER_PREFIX}${jobKey}`;

export function jobKeyOfReminder(name: string): string | null {
  return name.startsWith(REMINDER_PREFIX) && name.length > REMINDER_PREFIX.length
    ? name.slice(REMINDER_PREFIX.length)
    : null;
}

/** Where a reminder's notification leads: the dashboard's page for the posting (after `/dashboard.html`). */
export function postingHash(jobKey: string): string {
  return `#/posting/${encodeURIComponent(jobKey)}`;
}

/** A 48 px clock, embedded: Chrome refuses a notification whose icon cannot be loaded. */
export const REMINDER_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA6ElEQVR42u3a0Q3DMAgEUC/SlTp/t7l+N6oqAweEqyPxFyc8S0lsyHo8X2tysC+IzbgVAMFoA4AcZQAkRxoAxUEFoCkoADRHCLB9I+vBQoSTjx5RRGvyDIQLEEkmCNkCuBKwPpwshAnASJxwzZ8A0806zr0i3LPPxDrO/wpgzlDFmD8BeB/agnEfAAwEwAyIvB69Yw+ABbB8eQ/gAAyIWwMYC7wDYC+fsz5kayAgdzFXMftygFYEY0OzMtc3VVvK8Zt6ibLK+MKWRGlxfHFXorwu0eCQaDFJNPkk2qwyjW6ZXw1kfvZojTcJ0GQL+j/HRQAAAABJRU5ErkJggg==';

/** What a reminder's notification is about; worded by components/text/reminders.ts. */
export type ReminderSubject = Pick<PostingRow, 'title' | 'company' | 'status'>;

/** Every posting with a reminder set, read through the `reminderAt` index (nulls are not in it). */
export async function listReminders(): Promise<{ jobKey: string; reminderAt: number }[]> {
  const rows = parseRows(
    PostingRow,
    'postings',
    await db.postings.where('reminderAt').aboveOrEqual(0).toArray(),
  );
  return rows.flatMap(({ jobKey, reminderAt }) =>
    reminderAt === null ? [] : [{ jobKey, reminderAt }],
  );
}

/** A missed reminder (the browser was closed) fires a few seconds after start-up. */
const MISSED_DELAY_MS = 5_000;

/** Creates, moves or (with null) removes one posting's alarm. */
export async function scheduleReminder(
  alarms: AlarmsApi,
  jobKey: string,
  at: number | null,
  now: number,
): Promise<void> {
  const name = reminderAlarmName(jobKey);
  if (at === null) await alarms.clear(name);
  else await alarms.create(name, { when: Math.max(at, now + MISSED_DELAY_MS) });
}

/** Sets a posting's reminder (null clears it) in the database, then its alarm. */
export async function setFollowUp(
  alarms: AlarmsApi,
  jobKey: string,
  at: number | null,
  now: number,
): Promise<void> {
  await setReminder(jobKey, at, now);
  await scheduleReminder(alarms, jobKey, at, now);
}

/**
 * Makes the reminder alarms match the database: one per posting with a reminder, none for the
 * rest. Run at browser start-up, on install/update, and after an import or a merge.
 */
export async function syncReminderAlarms(alarms: AlarmsApi, now: number): Promise<number> {
  const [wanted, existing] = await Promise.all([listReminders(), alarms.getAll()]);
  const byKey = new Map(wanted.map((r) => [r.jobKey, r.reminderAt]));
  await Promise.all(
    existing
      .filter((a) => {
        const key = jobKeyOfReminder(a.name);
        return key !== null && !byKey.has(key);
      })
      .map((a) => alarms.clear(a.name)),
  );
  const scheduled = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  await Promise.all(
    wanted
      .filter((r) => {
        const at = scheduled.get(reminderAlarmName(r.jobKey));
        return at === undefined || (at !== r.reminderAt && r.reminderAt > now);
      })
      .map((r) => scheduleReminder(alarms, r.jobKey, r.reminderAt, now)),
  );
  return wanted.length;
}

/** An alarm may run early only by the browser's rounding; more than this is a stale alarm. */
const EARLY_SLACK_MS = 60_000;

export type ReminderAlarmOutcome =
  | { kind: 'notify'; jobKey: string; subject: ReminderSubject }
  | { kind: 'rescheduled'; at: number }
  | { kind: 'stale' };

/**
 * What to do when `reminder:<jobKey>` fires. A due reminder is cleared in the database (so a
 * restart does not fire it again) and returned with what the notice is about; an alarm left over from a
 * deleted posting or a cleared reminder does nothing; a reminder moved later gets a new alarm.
 */
export async function handleReminderAlarm(
  alarms: AlarmsApi,
  jobKey: string,
  now: number,
): Promise<ReminderAlarmOutcome> {
  const posting = await getPosting(jobKey);
  if (!posting || posting.reminderAt === null) return { kind: 'stale' };
  if (posting.reminderAt > now + EARLY_SLACK_MS) {
    await scheduleReminder(alarms, jobKey, posting.reminderAt, now);
    return { kind: 'rescheduled', at: posting.reminderAt };
  }
  await setReminder(jobKey, null, now);
  return {
    kind: 'notify',
    jobKey,
    subject: { title: posting.title, company: posting.company, status: posting.status },
  };
}
