import type { checkFit } from '@/lib/fit';
import type { FitReport, PostingRow, Profile } from '@/lib/schema';

export type CheckFit = typeof checkFit;

/**
 * Fit reports computed on demand and kept per posting, so a board or a virtualised table only pays
 * for the rows it shows, and sorting by fit computes each report once. A posting is re-checked when
 * its `updatedAt` moves; a new profile gets a new cache.
 */
export interface FitCache {
  report(row: Pick<PostingRow, 'jobKey' | 'updatedAt' | 'extraction'>): FitReport;
  score(row: Pick<PostingRow, 'jobKey' | 'updatedAt' | 'extraction'>): number | null;
}

export function createFitCache(profile: Profile, check: CheckFit): FitCache {
  const reports = new Map<string, { updatedAt: number; report: FitReport }>();
  const report: FitCache['report'] = (row) => {
    const hit = reports.get(row.jobKey);
    if (hit && hit.updatedAt === row.updatedAt) return hit.report;
    const fresh = check(profile, row.extraction);
    reports.set(row.jobKey, { updatedAt: row.updatedAt, report: fresh });
    return fresh;
  };
  return { report, score: (row) => report(row).score };
}
