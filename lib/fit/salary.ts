import type { FitFact, FitReason, Profile, Salary, SalaryPeriod } from '../schema';

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

/**
 * The posting's pay against the user's minimum, both converted to a year. A different currency is
 * reported, never converted: an exchange rate would be a guess.
 */
export function checkSalary(profile: Profile, salary: Salary | null): FitFact | null {
  const floor = profile.minSalary;
  const lo = salary?.min ?? salary?.max ?? null;
  const hi = salary?.max ?? salary?.min ?? null;
  const fact = (status: FitFact['status'], reason: FitReason): FitFact => ({
    topic: 'salary',
    status,
    reason,
  });
  if (!salary || lo === null || hi === null) {
    return floor ? fact('unknown', { code: 'salary.unstated', floor }) : null;
  }
  const pay = { lo, hi, currency: salary.currency, period: salary.period };
  if (!floor) return fact('unknown', { code: 'salary.noProfile', pay });
  if (!pay.currency) return fact('unknown', { code: 'salary.noCurrency', pay, floor });
  if (pay.currency !== floor.currency) {
    return fact('unknown', { code: 'salary.otherCurrency', currency: pay.currency, floor });
  }
  if (!pay.period) return fact('unknown', { code: 'salary.noPeriod', pay, floor });

  const min = toYearly(floor.amount, floor.period);
  if (toYearly(lo, pay.period) >= min) return fact('met', { code: 'salary.enough', pay, floor });
  if (toYearly(hi, pay.period) >= min)
    return fact('partial', { code: 'salary.partly', pay, floor });
  return fact('unmet', { code: 'salary.below', pay, floor });
}
