import { describe, expect, it } from 'vitest';
import { Interview, StatusEvent, TIME_MAX, Time } from './db';

describe('Time', () => {
  it('accepts every date a tracker can hold, from 1970 to the year 2200', () => {
    for (const at of [0, Date.UTC(2026, 2, 2), Date.UTC(2199, 11, 31), TIME_MAX]) {
      expect(Time.safeParse(at).success, String(at)).toBe(true);
      expect(new Date(at).toISOString()).toMatch(/^\d{4}-/);
    }
  });

  it('refuses times no calendar shows: beyond the JavaScript date range, or centuries away', () => {
    for (const at of [9e15, 8.64e15 + 1, Date.UTC(2200, 0, 2), -1, 1.5, Number.MAX_SAFE_INTEGER]) {
      expect(Time.safeParse(at).success, String(at)).toBe(false);
    }
    expect(Interview.safeParse({ at: 9e15, label: 'Phone screen', place: null }).success).toBe(
      false,
    );
    const event = { id: 1, jobKey: 'lever:acme:1', from: 'seen', to: 'saved', at: 9e15 };
    expect(StatusEvent.safeParse(event).success).toBe(false);
  });
});
