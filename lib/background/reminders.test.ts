import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reminderNotice } from '@/components/text/reminders';
import { comptable, comptableExtraction, support, supportExtraction } from '../data/fixtures';
import { reminderAlarmName, setFollowUp } from '../data/reminders';
import { clearAll, getPosting, recordCapture, setStatus } from '../db';
import { startReminders } from './reminders';

const T0 = Date.UTC(2026, 2, 2, 9, 30);
const DAY = 86_400_000;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await clearAll();
  await recordCapture(support, supportExtraction, T0);
  await recordCapture(comptable, comptableExtraction, T0);
});

describe('reminders in the background', () => {
  it('re-creates the alarms from the database when the browser starts again', async () => {
    const inTwoDays = Date.now() + 2 * DAY;
    await setFollowUp(fakeBrowser.alarms, support.jobKey, inTwoDays, Date.now());
    // The browser closed: Firefox forgets alarms, and the worker's memory is gone anyway.
    await fakeBrowser.alarms.clearAll();
    startReminders(reminderNotice);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => {
      expect((await fakeBrowser.alarms.get(reminderAlarmName(support.jobKey)))?.scheduledTime).toBe(
        inTwoDays,
      );
    });
  });

  it('does the same after an install or update', async () => {
    await setFollowUp(fakeBrowser.alarms, comptable.jobKey, Date.now() + DAY, Date.now());
    await fakeBrowser.alarms.clearAll();
    startReminders(reminderNotice);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    });
  });

  it('notifies when the alarm fires, and opens the posting when the notification is clicked', async () => {
    await setStatus(comptable.jobKey, 'applied', T0 + DAY);
    await setFollowUp(fakeBrowser.alarms, comptable.jobKey, Date.now() - 1000, T0 + DAY);
    const name = reminderAlarmName(comptable.jobKey);
    startReminders(reminderNotice);
    await fakeBrowser.alarms.onAlarm.trigger({
      name,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => {
      expect(fakeBrowser.notifications.getAllCreateOptions()[name]).toMatchObject({
        type: 'basic',
        title: 'Follow up: Comptable fournisseurs (H/F) at Rhône Logistique',
        message: 'You applied. Time to follow up with the recruiter?',
        iconUrl: expect.stringMatching(/^data:image\/png;base64,/),
      });
    });
    expect((await getPosting(comptable.jobKey))?.reminderAt).toBeNull();

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(name);
    await vi.waitFor(() => {
      expect(create).toHaveBeenCalledWith({
        url: `${fakeBrowser.runtime.getURL('/dashboard.html')}#/posting/wttj%3Arhone-logistique%3Acomptable-fournisseurs_lyon`,
      });
    });
    await vi.waitFor(() => {
      expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    });
  });

  it('ignores other alarms and notifications', async () => {
    startReminders(reminderNotice);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'prune-unsaved',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await fakeBrowser.notifications.onClicked.trigger('some-other-notification');
    await new Promise((r) => setTimeout(r, 20));
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(create).not.toHaveBeenCalled();
  });
});
