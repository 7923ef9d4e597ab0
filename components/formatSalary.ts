import type { Salary } from '@/lib/schema';
import { PERIOD_WORDS, SALARY_TEXT as T } from './text';

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
    amount = salary.max === null ? T.from(format.format(salary.min)) : format.format(salary.min);
  } else {
    amount = T.upTo(format.format(salary.max ?? 0));
  }
  const period = salary.period ? ` ${PERIOD_WORDS[salary.period]}` : '';
  const currency = salary.currency ? '' : T.noCurrency;
  return `${amount}${period}${currency}`;
}
