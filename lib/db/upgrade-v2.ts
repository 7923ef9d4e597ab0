import type { Transaction } from 'dexie';
import { Status } from '../schema';
import { deadlineFromJsonLd } from './deadline';
import { isAppliedStage } from './stages';

type Loose = Record<string, unknown>;

const isLoose = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const timeOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * v1 → v2: move each posting's text into `bodies` and add the v2 fields. Rows are handled as
 * unknown shapes and never rejected here: a throwing upgrade would leave the whole database
 * unopenable, whereas a damaged row is reported (and skipped) when it is read.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const appliedAt = await firstApplications(tx);
  const bodies: Loose[] = [];
  await tx
    .table('postings')
    .toCollection()
    .modify((row: Loose) => {
      const jobKey = row.jobKey;
      if (typeof jobKey !== 'string') return;
      const jsonLd = typeof row.jsonLd === 'string' ? row.jsonLd : null;
      bodies.push({
        jobKey,
        text: typeof row.text === 'string' ? row.text : '',
        jsonLd,
        versions: [],
      });
      delete row.text;
      delete row.jsonLd;
      row.savedAt = timeOrNull(row.savedAt);
      row.appliedAt = appliedAt.get(jobKey) ?? null;
      row.deadline = deadlineFromJsonLd(jsonLd);
      row.reminderAt = null;
      row.contacts = [];
    });
  await tx.table('bodies').bulkPut(bodies);
}

/** v1 had no `appliedAt`: it is the time of the first event that reached an applied stage. */
async function firstApplications(tx: Transaction): Promise<Map<string, number>> {
  const first = new Map<string, number>();
  await tx
    .table('events')
    .toCollection()
    .each((event: unknown) => {
      if (!isLoose(event) || typeof event.jobKey !== 'string' || typeof event.at !== 'number') {
        return;
      }
      const to = Status.safeParse(event.to);
      if (!to.success || !isAppliedStage(to.data)) return;
      const seen = first.get(event.jobKey);
      if (seen === undefined || event.at < seen) first.set(event.jobKey, event.at);
    });
  return first;
}
