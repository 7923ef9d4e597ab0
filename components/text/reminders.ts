import type { Status } from '@/lib/schema';

/**
 * A follow-up reminder's notification, worded here like every other text the user reads; the
 * background (entrypoints/background.ts) hands `reminderNotice` to lib/background/reminders.
 */

/** What the notification asks, by the posting's status when it fires. */
const STATUS_PROMPT: Record<Status, string> = {
  seen: 'You looked at this posting. Save it or let it go?',
  saved: 'You saved this posting. Time to apply?',
  applied: 'You applied. Time to follow up with the recruiter?',
  interviewing: 'You are interviewing. Time to send a follow-up?',
  offer: 'You have an offer. Time to answer?',
  accepted: 'You accepted this offer.',
  rejected: 'This application was rejected.',
  withdrawn: 'You withdrew this application.',
};

export interface ReminderSubject {
  title: string | null;
  company: string | null;
  status: Status;
}

export interface ReminderNotice {
  title: string;
  message: string;
}

export function reminderNotice(posting: ReminderSubject): ReminderNotice {
  const title = posting.title ?? 'a job';
  return {
    title: posting.company ? `Follow up: ${title} at ${posting.company}` : `Follow up: ${title}`,
    message: STATUS_PROMPT[posting.status],
  };
}
