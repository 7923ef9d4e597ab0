import type { Salary, SalaryPeriod } from '@/lib/schema';

const PERIOD_WORDS: Record<SalaryPeriod, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};

/** "€55,000 – €65,000 a year"; null when the posting gives no amount. */
export function formatSalary(salary: Salary | null, locale?: string): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const smallest = Math.min(salary.min ?? Infinity, salary.max ?? Infinity);
  const format = new Intl.NumberFormat(locale, {
    ...(salary.currency ? { style: 'currency', currency: salary.currency } : {}),
    // Hourly rates keep their cents; yearly figures read better rounded.
    maximumFractionDigits: smallest < 1000 ? 2 : 0,
  });
  let amount: string;
  if (salary.min !== null && salary.max !== null && salary.min !== salary.max) {
    amount = format.formatRange(salary.min, salary.max);
  } else if (salary.min !== null) {
    amount = salary.max === null ? `From ${format.format(salary.min)}` : format.format(salary.min);
  } else {
    amount = `Up to ${format.format(salary.max ?? 0)}`;
  }
  const period = salary.period ? ` ${PERIOD_WORDS[salary.period]}` : '';
  const currency = salary.currency ? '' : ' (currency not stated)';
  return `${amount}${period}${currency}`;
}
