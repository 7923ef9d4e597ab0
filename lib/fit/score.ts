import type { FitFact, FitItem, FitReport, FitRequirement, FitTally } from '../schema';

/**
 * How the summary is counted:
 * - `requiredMet` / `preferredMet` count items fully met; the totals count items whose status is
 *   known, so an unknown item is neither met nor unmet (it is counted in `*Unknown` instead).
 * - Required items decide the score: their ratio R (met 1, partial 0.5, over known required items),
 *   times a preferred factor between 0.8 and 1, so preferred items only refine it. A posting that
 *   requires nothing is scored by its preferred items alone.
 * - Posting facts (work model, location, salary, visa, employment) are not folded into the score:
 *   they are shown beside it, each passing or failing on its own.
 * - It is null when required items exist but none could be compared, or when nothing could be.
 * - Any dealbreaker caps the score at DEALBREAKER_CAP, and `why` says so (as data: the counts,
 *   the failing facts and the cap, written by components/text/fit.ts).
 */
export const DEALBREAKER_CAP = 10;
const PREFERRED_WEIGHT = 0.2;

interface Tally extends FitTally {
  unmet: number;
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
  const unmet = known - met - partial;
  return { met, partial, unmet, known, unknown, ratio: known ? (met + partial / 2) / known : null };
}

export function summarize(
  requirements: readonly FitRequirement[],
  items: FitItem[],
  facts: FitFact[],
): FitReport {
  const required = tally(items.filter((_, i) => requirements[i]?.required));
  const preferred = tally(items.filter((_, i) => !requirements[i]?.required));
  const dealbreakers = [...items, ...facts].filter((f) => f.dealbreaker).map((f) => f.reason);

  let score: number | null = null;
  if (required.ratio !== null) {
    const p = preferred.ratio ?? 1;
    score = Math.round(100 * required.ratio * (1 - PREFERRED_WEIGHT + PREFERRED_WEIGHT * p));
  } else if (required.unknown === 0 && preferred.ratio !== null) {
    score = Math.round(100 * preferred.ratio);
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
    why: {
      required: counts(required),
      preferred: counts(preferred),
      failing: facts.filter((f) => f.status === 'unmet').map((f) => f.topic),
      dealbreakers: dealbreakers.length,
      cap: DEALBREAKER_CAP,
    },
    items,
    facts,
  };
}

const counts = ({ met, partial, known, unknown }: Tally): FitTally => ({
  met,
  partial,
  known,
  unknown,
});
