import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deletePosting, getPosting, setReminder, setStatus } from '../db';
import { comptable, pflege, support } from './fixtures';
import {
  handleReminderAlarm,
  jobKeyOfReminder,
  postingHash,
  reminderAlarmName,
  setFollowUp,
  syncReminderAlarms,
} from './reminders';
import { DAY, seedPostings, T0 } from './testing-db';

const alarms = fakeBrowser.alarms;
const alarmTimes = async () =>
  Object.fromEntries((await alarms.getAll()).map((a) => [a.name, a.scheduledTime]));

beforeEach(async () => {
  fakeBrowser.reset();
  await seedPostings(T0);
});

describe('names and texts', () => {
  it('maps jobKeys to alarm names and back, keeping colons and slashes', () => {
    const name = reminderAlarmName('generic:https://jobs.example.org/fr/offre/42?ref=a:b');
    expect(name).toBe('reminder:generic:https://jobs.example.org/fr/offre/42?ref=a:b');
    expect(jobKeyOfReminder(name)).toBe('generic:https://jobs.example.org/fr/offre/42?ref=a:b');
    expect(jobKeyOfReminder('prune-unsaved')).toBeNull();
    expect(jobKeyOfReminder('reminder:')).toBeNull();
  });

  it('links to the posting page with the key escaped', () => {
    expect(postingHash('stepstone:10493822')).toBe('#/posting/stepstone%3A10493822');
    expect(postingHash('generic:https://a.example/x?y=1#z')).toBe(
      '#/posting/generic%3Ahttps%3A%2F%2Fa.example%2Fx%3Fy%3D1%23z',
    );
  });
});

describe('setFollowUp', () => {
  it('stores the time in the posting and schedules its alarm; null removes both', async () => {
    await setFollowUp(alarms, comptable.jobKey, T0 + 7 * DAY, T0);
    expect((await getPosting(comptable.jobKey))?.reminderAt).toBe(T0 + 7 * DAY);
    expect(await alarmTimes()).toEqual({ [reminderAlarmName(comptable.jobKey)]: T0 + 7 * DAY });

    await setFollowUp(alarms, comptable.jobKey, null, T0 + 1);
    expect((await getPosting(comptable.jobKey))?.reminderAt).toBeNull();
    expect(await alarmTimes()).toEqual({});
  });
});

describe('syncReminderAlarms', () => {
  it('re-creates lost alarms, removes leftovers and leaves other alarms alone', async () => {
    const now = T0 + 10 * DAY;
    await setReminder(support.jobKey, T0 + 12 * DAY, T0);
    // Due while the browser was closed.
    await setReminder(comptable.jobKey, T0 + 9 * DAY, T0);
    await alarms.create('reminder:lever:deleted:1', { when: T0 + 11 * DAY });
    await alarms.create('prune-unsaved', { periodInMinutes: 1440 });

    expect(await syncReminderAlarms(alarms, now)).toBe(2);
    const times = await alarmTimes();
    expect(times).toEqual({
      'prune-unsaved': expect.any(Number),
      [reminderAlarmName(support.jobKey)]: T0 + 12 * DAY,
      [reminderAlarmName(comptable.jobKey)]: now + 5000,
    });

    // Running it again changes nothing.
    await syncReminderAlarms(alarms, now + 1000);
    expect(await alarmTimes()).toEqual(times);
  });

  it('moves an alarm whose reminder was changed elsewhere (an import, another window)', async () => {
    await setFollowUp(alarms, support.jobKey, T0 + 3 * DAY, T0);
    await setReminder(support.jobKey, T0 + 5 * DAY, T0 + 1);
    await syncReminderAlarms(alarms, T0 + 2);
    expect(await alarmTimes()).toEqual({ [reminderAlarmName(support.jobKey)]: T0 + 5 * DAY });
  });
});

describe('handleReminderAlarm', () => {
  it('returns what a due reminder is about and clears it so it fires once', async () => {
    await setStatus(comptable.jobKey, 'applied', T0 + DAY);
    await setFollowUp(alarms, comptable.jobKey, T0 + 8 * DAY, T0 + DAY);
    const outcome = await handleReminderAlarm(alarms, comptable.jobKey, T0 + 8 * DAY + 200);
    expect(outcome).toEqual({
      kind: 'notify',
      jobKey: comptable.jobKey,
      subject: {
        title: 'Comptable fournisseurs (H/F)',
        company: 'Rhône Logistique',
        status: 'applied',
      },
    });
    expect((await getPosting(comptable.jobKey))?.reminderAt).toBeNull();
    expect(await handleReminderAlarm(alarms, comptable.jobKey, T0 + 8 * DAY + 300)).toEqual({
      kind: 'stale',
    });
  });

  it('re-arms an alarm that fired before a reminder moved later', async () => {
    await setReminder(pflege.jobKey, T0 + 4 * DAY, T0);
    expect(await handleReminderAlarm(alarms, pflege.jobKey, T0 + 2 * DAY)).toEqual({
      kind: 'rescheduled',
      at: T0 + 4 * DAY,
    });
    expect(await alarmTimes()).toEqual({ [reminderAlarmName(pflege.jobKey)]: T0 + 4 * DAY });
    expect((await getPosting(pflege.jobKey))?.reminderAt).toBe(T0 + 4 * DAY);
  });

  it('ignores the alarm of a deleted posting', async () => {
    await setReminder(pflege.jobKey, T0 + DAY, T0);
    await deletePosting(pflege.jobKey);
    expect(await handleReminderAlarm(alarms, pflege.jobKey, T0 + DAY)).toEqual({ kind: 'stale' });
  });
});
