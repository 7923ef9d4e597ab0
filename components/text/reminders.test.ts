import { describe, expect, it } from 'vitest';
import { STATUSES } from '@/lib/schema/values';
import { reminderNotice } from './reminders';

describe('reminderNotice', () => {
  it('titles the notification with the job and the employer, and asks by status', () => {
    expect(
      reminderNotice({ title: 'Verpleegkundige', company: 'Zorggroep Noord', status: 'applied' }),
    ).toEqual({
      title: 'Follow up: Verpleegkundige at Zorggroep Noord',
      message: 'You applied. Time to follow up with the recruiter?',
    });
    expect(reminderNotice({ title: null, company: null, status: 'saved' })).toEqual({
      title: 'Follow up: a job',
      message: 'You saved this posting. Time to apply?',
    });
  });

  it('has a complete sentence for every status', () => {
    for (const status of STATUSES) {
      const { message } = reminderNotice({ title: 'x', company: null, status });
      expect(message).toMatch(/^[A-Z].*[.?]$/);
    }
  });
});
