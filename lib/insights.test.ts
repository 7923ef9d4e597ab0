import { describe, expect, it } from 'vitest';
import { applicationsPerWeek, funnel, weekStart } from './insights';

const row = (
  jobKey: string,
  status: Parameters<typeof funnel>[0][number]['status'],
  savedAt: number | null,
  appliedAt: number | null,
) => ({ jobKey, status, savedAt, appliedAt });

describe('funnel', () => {
  it('counts the furthest stage each posting reached, from its history', () => {
    const rows = [
      row('a', 'saved', 1, null),
      row('b', 'applied', 1, 2),
      row('c', 'rejected', 1, 2), // rejected after an interview
      row('d', 'accepted', 1, 2),
      row('e', 'seen', null, null), // never saved: not in the funnel
      row('f', 'withdrawn', 1, null), // withdrawn before applying
    ];
    const events = [
      { jobKey: 'c', to: 'applied' as const },
      { jobKey: 'c', to: 'interviewing' as const },
      { jobKey: 'c', to: 'rejected' as const },
      { jobKey: 'd', to: 'offer' as const },
      { jobKey: 'd', to: 'accepted' as const },
    ];
    expect(funnel(rows, events)).toEqual([
      { stage: 'saved', count: 5 },
      { stage: 'applied', count: 3 },
      { stage: 'interviewing', count: 2 },
      { stage: 'offer', count: 1 },
    ]);
  });

  it('uses the current status and applied date when no history is given', () => {
    expect(
      funnel([row('a', 'interviewing', 1, 2), row('b', 'rejected', 1, 3)], []).map((s) => s.count),
    ).toEqual([2, 2, 1, 0]);
  });
});

describe('applicationsPerWeek', () => {
  it('buckets applications by local Monday-started weeks, zeros included', () => {
    const now = new Date(2026, 2, 18, 15).getTime(); // Wednesday 18 March 2026
    const rows = [
      { appliedAt: new Date(2026, 2, 16, 0, 5).getTime() }, // Monday this week
      { appliedAt: new Date(2026, 2, 15, 23, 55).getTime() }, // Sunday last week
      { appliedAt: new Date(2026, 2, 9, 9).getTime() }, // Monday last week
      { appliedAt: new Date(2025, 0, 1).getTime() }, // long ago: outside the window
      { appliedAt: null },
    ];
    const weeks = applicationsPerWeek(rows, now, 3);
    expect(weeks).toEqual([
      { week: new Date(2026, 2, 2).getTime(), count: 0 },
      { week: new Date(2026, 2, 9).getTime(), count: 2 },
      { week: new Date(2026, 2, 16).getTime(), count: 1 },
    ]);
  });

  it('snaps any moment to its Monday', () => {
    expect(weekStart(new Date(2026, 10, 22, 18).getTime())).toBe(new Date(2026, 10, 16).getTime());
  });
});
