import type { PostingRow, Status, StatusEvent } from './schema';

/**
 * Figures for the dashboard's Insights page. Pure: rows and events in, chart data out.
 */

export const FUNNEL_STAGES = ['saved', 'applied', 'interviewing', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** How far along the way each status is; rejected and withdrawn say nothing about how far it got. */
const RANK: Partial<Record<Status, number>> = {
  saved: 0,
  applied: 1,
  interviewing: 2,
  offer: 3,
  accepted: 3,
};

/**
 * How many postings reached each stage at some point. A posting rejected after an interview still
 * counts as interviewed: the furthest stage comes from its history, not its current status.
 */
export function funnel(
  rows: readonly Pick<PostingRow, 'jobKey' | 'status' | 'savedAt' | 'appliedAt'>[],
  events: readonly Pick<StatusEvent, 'jobKey' | 'to'>[],
): { stage: FunnelStage; count: number }[] {
  const furthest = new Map<string, number>();
  const reach = (jobKey: string, status: Status) => {
    const rank = RANK[status];
    if (rank !== undefined && rank > (furthest.get(jobKey) ?? -1)) furthest.set(jobKey, rank);
  };
  for (const e of events) reach(e.jobKey, e.to);
  const counts = [0, 0, 0, 0];
  for (const row of rows) {
    if (row.status === 'seen' && row.savedAt === null) continue;
    reach(row.jobKey, row.status);
    if (row.appliedAt !== null) reach(row.jobKey, 'applied');
    // Anything on the tracker was saved, even if its first event went straight to a later stage.
    const rank = Math.max(furthest.get(row.jobKey) ?? 0, 0);
    for (let i = 0; i <= rank; i++) counts[i] = (counts[i] ?? 0) + 1;
  }
  return FUNNEL_STAGES.map((stage, i) => ({ stage, count: counts[i] ?? 0 }));
}

const DAY = 86_400_000;

/** Local midnight of the Monday of the week holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  const sinceMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - sinceMonday);
  return d.getTime();
}

/**
 * Applications sent per week (by `appliedAt`) over the last `weeks` weeks up to `now`, oldest first,
 * with empty weeks as zero so the chart's time axis has no holes.
 */
export function applicationsPerWeek(
  rows: readonly Pick<PostingRow, 'appliedAt'>[],
  now: number,
  weeks = 12,
): { week: number; count: number }[] {
  const starts: number[] = [];
  let start = weekStart(now);
  for (let i = 0; i < weeks; i++) {
    starts.unshift(start);
    // Stepping back by 7 days at noon, then snapping, survives daylight-saving changes.
    start = weekStart(start - 7 * DAY + DAY / 2);
  }
  const counts = new Map(starts.map((s) => [s, 0]));
  for (const row of rows) {
    if (row.appliedAt === null) continue;
    const week = weekStart(row.appliedAt);
    const n = counts.get(week);
    if (n !== undefined) counts.set(week, n + 1);
  }
  return starts.map((week) => ({ week, count: counts.get(week) ?? 0 }));
}
