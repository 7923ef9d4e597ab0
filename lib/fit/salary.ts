import type { FitFact, Profile, Salary, SalaryPeriod } from '../schema';
import { formatNumber, perPeriod } from './words';

/** Full-time periods in a year: 40 h × 52 weeks, 5 days × 52 weeks. */
export const PER_YEAR: Record<SalaryPeriod, number> = {
  year: 1,
  month: 12,
  week: 52,
  day: 260,
  hour: 2080,
};

export function toYearly(amount: number, period: SalaryPeriod): number {
  return amount * PER_YEAR[period];
}

function amountText(lo: number, hi: number): string {
  return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}-${formatNumber(hi)}`;
}

/**
 * The posting's pay against the user's minimum, both converted to a year. A different currency is
 * reported, never converted: an exchange rate would be a guess.
 */
export function checkSalary(profile: Profile, salary: Salary | null): FitFact | null {
  const floor = profile.minSalary;
  const lo = salary?.min ?? salary?.max ?? null;
  const hi = salary?.max ?? salary?.min ?? null;
  const fact = (status: FitFact['status'], reason: string): FitFact => ({
    topic: 'salary',
    status,
    reason,
  });
  if (!salary || lo === null || hi === null) {
    return floor
      ? fact(
          'unknown',
          `states no salary; your minimum is ${formatNumber(floor.amount)} ${floor.currency} ${perPeriod(floor.period)}`,
        )
      : null;
  }
  const cur = salary.currency;
  const per = salary.period;
  const pays = `pays ${amountText(lo, hi)}${cur ? ` ${cur}` : ''}${per ? ` ${perPeriod(per)}` : ''}`;
  if (!floor) return fact('unknown', `${pays}; your profile has no minimum salary`);
  const yours = `your minimum is ${formatNumber(floor.amount)} ${floor.currency} ${perPeriod(floor.period)}`;
  if (!cur) return fact('unknown', `${pays} (currency not stated); ${yours}`);
  if (cur !== floor.currency) {
    return fact('unknown', `pays in ${cur}; your minimum is in ${floor.currency}`);
  }
  if (!per) return fact('unknown', `${pays} (period not stated); ${yours}`);

  const min = toYearly(floor.amount, floor.period);
  const [yLo, yHi] = [toYearly(lo, per), toYearly(hi, per)];
  // Show the yearly figures only where the two sides use different periods.
  const differ = per !== floor.period;
  const converted =
    differ && per !== 'year'
      ? ` (about ${amountText(Math.round(yLo), Math.round(yHi))} a year)`
      : '';
  const mine =
    differ && floor.period !== 'year'
      ? `${yours} (${formatNumber(Math.round(min))} a year)`
      : yours;
  const reason = `${pays}${converted}; ${mine}`;
  if (yLo >= min) return fact('met', reason);
  if (yHi >= min) return fact('partial', reason);
  return fact('unmet', reason);
}
