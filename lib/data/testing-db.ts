import {
  addNote,
  clearAll,
  recordCapture,
  saveProfile,
  setContacts,
  setReminder,
  setStatus,
  updateSettings,
} from '../db';
import {
  comptable,
  comptableExtraction,
  pflege,
  pflegeExtraction,
  support,
  supportExtraction,
} from './fixtures';

export const T0 = Date.UTC(2026, 2, 2, 9, 30);
export const DAY = 86_400_000;

/** An empty database, then the three data fixtures captured (as seen) at `at`. */
export async function seedPostings(at: number): Promise<void> {
  await clearAll();
  await recordCapture(support, supportExtraction, at);
  await recordCapture(comptable, comptableExtraction, at);
  await recordCapture(pflege, pflegeExtraction, at);
}

/** A tracker as a user leaves it after a few weeks: statuses, notes, contacts, a reminder, an edit. */
export async function seedTracker(): Promise<void> {
  await clearAll();
  await recordCapture(support, supportExtraction, T0);
  await recordCapture(comptable, comptableExtraction, T0 + 1000);
  await recordCapture(pflege, pflegeExtraction, T0 + 2000);
  // The employer edited the posting: the earlier text becomes a version.
  await recordCapture(
    { ...support, text: `${support.text}\nUpdate: the role is now fully remote within Canada.` },
    supportExtraction,
    T0 + DAY,
  );
  await setStatus(support.jobKey, 'saved', T0 + DAY + 1);
  await setStatus(support.jobKey, 'applied', T0 + 2 * DAY);
  await setStatus(comptable.jobKey, 'saved', T0 + 2 * DAY + 5);
  await addNote(
    support.jobKey,
    'Referred by Priya (ex-colleague), "priority" pipeline',
    T0 + 2 * DAY + 10,
  );
  await addNote(
    comptable.jobKey,
    'Relancer Mme Dubois le 16 mars\nTél. standard: +33 4 72 00 00 00',
    T0 + 3 * DAY,
  );
  await setContacts(
    support.jobKey,
    [
      {
        name: 'Priya Raman',
        role: 'Support Operations Manager',
        email: 'priya.raman@example.com',
        phone: null,
        url: null,
        note: 'Met at the Toronto CX meetup',
      },
    ],
    T0 + 3 * DAY + 1,
  );
  await setReminder(comptable.jobKey, T0 + 14 * DAY, T0 + 3 * DAY + 2);
  await saveProfile({ skills: ['SQL', 'Zendesk'], languages: [{ language: 'fr', level: 'B2' }] });
  await updateSettings({ backupEveryDays: 7 });
}
