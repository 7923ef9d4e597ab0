import { describe, expect, it } from 'vitest';
import type { Profile, Salary, SalaryPeriod } from '../schema';
import { checkSalary, toYearly } from './salary';
import { said, worded } from './testing';

const wants = (amount: number, currency = 'EUR', period: SalaryPeriod = 'year'): Profile => ({
  minSalary: { amount, currency, period },
});
const pays = (
  min: number | null,
  max: number | null,
  currency: string | null,
  period: Salary['period'],
): Salary => ({
  min,
  max,
  currency,
  period,
});

describe('toYearly', () => {
  it('converts every period on a full-time basis', () => {
    expect(toYearly(30, 'hour')).toBe(62_400);
    expect(toYearly(200, 'day')).toBe(52_000);
    expect(toYearly(1000, 'week')).toBe(52_000);
    expect(toYearly(4000, 'month')).toBe(48_000);
    expect(toYearly(50_000, 'year')).toBe(50_000);
  });
});

describe('checkSalary', () => {
  it('meets a minimum when the bottom of the range reaches it', () => {
    expect(worded(checkSalary(wants(60_000), pays(65_000, 75_000, 'EUR', 'year')))).toEqual({
      topic: 'salary',
      status: 'met',
      reason: 'It pays 65,000-75,000 EUR a year, at or above your minimum of 60,000 EUR a year.',
    });
  });

  it('is partial when only the top of the range reaches it, unmet below', () => {
    expect(checkSalary(wants(60_000), pays(55_000, 70_000, 'EUR', 'year'))?.status).toBe('partial');
    expect(checkSalary(wants(60_000), pays(40_000, 50_000, 'EUR', 'year'))?.status).toBe('unmet');
    expect(checkSalary(wants(60_000), pays(null, 59_999, 'EUR', 'year'))?.status).toBe('unmet');
  });

  it('converts an hourly rate before comparing, and says so', () => {
    expect(worded(checkSalary(wants(60_000, 'USD'), pays(30, 32, 'USD', 'hour')))).toEqual({
      topic: 'salary',
      status: 'met',
      reason:
        'It pays 30-32 USD an hour (about 62,400-66,560 a year), at or above your minimum of 60,000 USD a year.',
    });
    expect(checkSalary(wants(60_000, 'USD'), pays(25, null, 'USD', 'hour'))?.status).toBe('unmet');
  });

  it('converts a monthly minimum too', () => {
    const item = checkSalary(wants(4_000, 'EUR', 'month'), pays(45_000, null, 'EUR', 'year'));
    expect(worded(item)).toEqual({
      topic: 'salary',
      status: 'unmet',
      reason: 'It pays 45,000 EUR a year, below your minimum of 4,000 EUR a month (48,000 a year).',
    });
  });

  it('flags a currency mismatch instead of converting', () => {
    expect(worded(checkSalary(wants(60_000), pays(200_000, 250_000, 'USD', 'year')))).toEqual({
      topic: 'salary',
      status: 'unknown',
      reason: 'It pays in USD; your minimum is in EUR, and fit does not convert currencies.',
    });
  });

  it('is unknown when the posting leaves out the currency, the period or the amount', () => {
    expect(checkSalary(wants(60_000), pays(70_000, null, null, 'year'))?.status).toBe('unknown');
    expect(said(checkSalary(wants(60_000), pays(70_000, null, 'EUR', null)))).toBe(
      'It pays 70,000 EUR without saying per what; your minimum is 60,000 EUR a year.',
    );
    expect(checkSalary(wants(60_000), null)?.status).toBe('unknown');
    expect(checkSalary(wants(60_000), pays(null, null, 'EUR', 'year'))?.status).toBe('unknown');
  });

  it('reports the pay as unknown fit without a minimum, and nothing when neither side says', () => {
    expect(worded(checkSalary({}, pays(50_000, null, 'GBP', 'year')))).toEqual({
      topic: 'salary',
      status: 'unknown',
      reason: 'It pays 50,000 GBP a year; your profile has no minimum salary.',
    });
    expect(checkSalary({}, null)).toBeNull();
  });
});
