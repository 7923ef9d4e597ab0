import { type PostingRow, type Status, type StatusEvent, TRACKED_STATUSES } from './schema';

/**
 * Replies to applications: how many got one, and how long the first took. Pure: rows and their
 * status events in, figures out. A reply is any move after Applied that the employer caused: an
 * interview, an offer (then accepted) or a rejection. Withdrawn is the user's own move.
 */

const REPLY: ReadonlySet<Status> = new Set(['interviewing', 'offer', 'accepted', 'rejected']);
const DAY = 86_400_000;

export interface ReplyFigures {
  applied: number;
  replied: number;
  /** 0-100, null when nothing was applied to. */
  rate: number | null;
  /** Median time from applying to the first reply, in days; null when no reply has a known date. */
  medianDays: number | null;
}

export interface ApplicationReply {
  jobKey: string;
  site: string;
  appliedAt: number;
  /** When the first reply came; null when none came, or when it came with no recorded date. */
  firstReplyAt: number | null;
  replied: boolean;
}

type Row = Pick<PostingRow, 'jobKey' | 'site' | 'status' | 'appliedAt'>;

/** Each application with its first reply, from the status history. */
export function applicationReplies(
  rows: readonly Row[],
  events: readonly Pick<StatusEvent, 'jobKey' | 'to' | 'at'>[],
): ApplicationReply[] {
  const firstReply = new Map<string, number>();
  const applied = new Map(rows.map((r) => [r.jobKey, r.appliedAt]));
  for (const e of events) {
    const since = applied.get(e.jobKey);
    if (since === undefined || since === null || !REPLY.has(e.to) || e.at < since) continue;
    const seen = firstReply.get(e.jobKey);
    if (seen === undefined || e.at < seen) firstReply.set(e.jobKey, e.at);
  }
  return rows.flatMap((r) => {
    if (r.appliedAt === null || !(TRACKED_STATUSES as readonly Status[]).includes(r.status)) {
      return [];
    }
    const at = firstReply.get(r.jobKey) ?? null;
    // A row imported without its history can still say it was answered.
    const replied = at !== null || REPLY.has(r.status);
    return [{ jobKey: r.jobKey, site: r.site, appliedAt: r.appliedAt, firstReplyAt: at, replied }];
  });
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Response rate and median time to first reply of a set of applications. */
export function replyFigures(apps: readonly ApplicationReply[]): ReplyFigures {
  const replied = apps.filter((a) => a.replied).length;
  const waits = apps.flatMap((a) =>
    a.firstReplyAt === null ? [] : [a.firstReplyAt - a.appliedAt],
  );
  const mid = median(waits);
  return {
    applied: apps.length,
    replied,
    rate: apps.length === 0 ? null : Math.round((replied / apps.length) * 100),
    medianDays: mid === null ? null : mid / DAY,
  };
}

/** The figures per group, in the order `order` gives (largest first by default). */
export function repliesBy<K>(
  apps: readonly ApplicationReply[],
  keyOf: (a: ApplicationReply) => K,
): { key: K; figures: ReplyFigures }[] {
  const groups = new Map<K, ApplicationReply[]>();
  for (const a of apps) {
    const key = keyOf(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return [...groups].map(([key, list]) => ({ key, figures: replyFigures(list) }));
}
