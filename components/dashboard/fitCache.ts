import { fitInputOf } from '@/lib/db';
import type { checkFit } from '@/lib/fit';
import type { FitReport, ListedPosting, Profile } from '@/lib/schema';

export type CheckFit = typeof checkFit;

/**
 * Fit reports computed on demand and kept per posting, so a board or a virtualised table only pays
 * for the rows it shows, and sorting by fit computes each report once. A posting is re-checked when
 * its `updatedAt` moves; a new profile gets a new cache.
 */
type FitRow = Pick<ListedPosting, 'jobKey' | 'updatedAt' | 'extraction'>;

/** `report` is null for a posting whose stored fit input is damaged: it shows no fit. */
export interface FitCache {
  report(row: FitRow): FitReport | null;
  score(row: FitRow): number | null;
}

export function createFitCache(profile: Profile, check: CheckFit): FitCache {
  const reports = new Map<string, { updatedAt: number; report: FitReport | null }>();
  const report: FitCache['report'] = (row) => {
    const hit = reports.get(row.jobKey);
    if (hit && hit.updatedAt === row.updatedAt) return hit.report;
    const input = fitInputOf(row);
    const fresh = input && check(profile, input);
    reports.set(row.jobKey, { updatedAt: row.updatedAt, report: fresh });
    return fresh;
  };
  return { report, score: (row) => report(row)?.score ?? null };
}
