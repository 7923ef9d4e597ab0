import type { FitFact, FitItem, FitReport, FitRequirement, FitStatus } from '../schema';

/**
 * How the summary is counted:
 * - `requiredMet` / `preferredMet` count items fully met; the totals count items whose status is
 *   known, so an unknown item is neither met nor unmet (it is counted in `*Unknown` instead).
 * - The score is the required ratio R (met 1, partial 0.5, over known required items) times a
 *   preferred factor between 0.8 and 1 (preferred items can only take points off), times 0.5 for
 *   every unmet posting fact (salary, location...) and 0.9 for every partial one. It can therefore
 *   never exceed what the required items justify.
 * - It is null when required items exist but none could be compared, or when nothing could be.
 * - Any dealbreaker caps the score at DEALBREAKER_CAP.
 */
export const DEALBREAKER_CAP = 10;
const PREFERRED_WEIGHT = 0.2;
const FACT_FACTOR: Record<FitStatus, number> = { met: 1, partial: 0.9, unmet: 0.5, unknown: 1 };

interface Tally {
  met: number;
  known: number;
  unknown: number;
  /** Met 1, partial 0.5, over known items; null when none is known. */
  ratio: number | null;
}

function tally(items: readonly FitItem[]): Tally {
  let met = 0;
  let partial = 0;
  let unknown = 0;
  for (const item of items) {
    if (item.status === 'met') met++;
    else if (item.status === 'partial') partial++;
    else if (item.status === 'unknown') unknown++;
  }
  const known = items.length - unknown;
  return { met, known, unknown, ratio: known ? (met + partial / 2) / known : null };
}

export function summarize(
  requirements: readonly FitRequirement[],
  items: FitItem[],
  facts: FitFact[],
): FitReport {
  const required = tally(items.filter((_, i) => requirements[i]?.required));
  const preferred = tally(items.filter((_, i) => !requirements[i]?.required));
  const factsKnown = facts.filter((f) => f.status !== 'unknown').length;
  const dealbreakers = [...items, ...facts].filter((f) => f.dealbreaker).map((f) => f.reason);

  let score: number | null = null;
  const anyRequired = required.known + required.unknown > 0;
  const comparable = required.known > 0 || (!anyRequired && preferred.known + factsKnown > 0);
  if (comparable) {
    const r = required.ratio ?? 1;
    const p = preferred.ratio ?? 1;
    const factor = facts.reduce((f, fact) => f * FACT_FACTOR[fact.status], 1);
    score = Math.round(100 * r * (1 - PREFERRED_WEIGHT + PREFERRED_WEIGHT * p) * factor);
  }
  if (dealbreakers.length > 0) score = Math.min(score ?? 0, DEALBREAKER_CAP);

  return {
    score,
    requiredMet: required.met,
    requiredTotal: required.known,
    requiredUnknown: required.unknown,
    preferredMet: preferred.met,
    preferredTotal: preferred.known,
    preferredUnknown: preferred.unknown,
    dealbreakers,
    items,
    facts,
  };
}
