import { describe, expect, it } from 'vitest';
import { applicationReplies, repliesBy, replyFigures } from './insights-replies';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9);

const rows = [
  { jobKey: 'lever:a', site: 'lever', status: 'interviewing' as const, appliedAt: T0 },
  { jobKey: 'lever:b', site: 'lever', status: 'applied' as const, appliedAt: T0 + DAY },
  { jobKey: 'linkedin:c', site: 'linkedin', status: 'rejected' as const, appliedAt: T0 },
  // Imported without history: answered, date unknown.
  { jobKey: 'generic:d', site: 'generic', status: 'offer' as const, appliedAt: T0 },
  { jobKey: 'generic:e', site: 'generic', status: 'saved' as const, appliedAt: null },
  { jobKey: 'generic:f', site: 'generic', status: 'withdrawn' as const, appliedAt: T0 },
];
const events = [
  { jobKey: 'lever:a', to: 'applied' as const, at: T0 },
  { jobKey: 'lever:a', to: 'interviewing' as const, at: T0 + 4 * DAY },
  { jobKey: 'lever:a', to: 'rejected' as const, at: T0 + 9 * DAY },
  { jobKey: 'linkedin:c', to: 'rejected' as const, at: T0 + 2 * DAY },
  // The user withdrew: not a reply.
  { jobKey: 'generic:f', to: 'withdrawn' as const, at: T0 + DAY },
];

describe('replies to applications', () => {
  const apps = applicationReplies(rows, events);

  it('finds each application and its first reply from the history', () => {
    expect(apps.map((a) => [a.jobKey, a.replied, a.firstReplyAt])).toEqual([
      ['lever:a', true, T0 + 4 * DAY],
      ['lever:b', false, null],
      ['linkedin:c', true, T0 + 2 * DAY],
      ['generic:d', true, null],
      ['generic:f', false, null],
    ]);
  });

  it('gives the response rate and the median days to a first reply', () => {
    expect(replyFigures(apps)).toEqual({ applied: 5, replied: 3, rate: 60, medianDays: 3 });
    expect(replyFigures([])).toEqual({ applied: 0, replied: 0, rate: null, medianDays: null });
  });

  it('groups them by source site', () => {
    const bySite = repliesBy(apps, (a) => a.site);
    expect(bySite.map(({ key, figures }) => [key, figures.applied, figures.rate])).toEqual([
      ['lever', 2, 50],
      ['linkedin', 1, 100],
      ['generic', 2, 50],
    ]);
    expect(bySite[1]?.figures.medianDays).toBe(2);
  });

  it('ignores a move that came before the application', () => {
    const early = applicationReplies(
      [{ jobKey: 'x', site: 'seek', status: 'applied', appliedAt: T0 }],
      [{ jobKey: 'x', to: 'interviewing', at: T0 - DAY }],
    );
    expect(early[0]?.firstReplyAt).toBeNull();
  });
});
