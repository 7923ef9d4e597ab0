import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractSalary } from './salary';

const sentences = (...texts: string[]): Sentence[] => {
  let start = 0;
  return texts.map((text) => {
    const s = { text, start, end: start + text.length, heading: null, section: null };
    start += text.length + 1;
    return s;
  });
};
const fromText = (...texts: string[]) => extractSalary(sentences(...texts), null);

describe('extractSalary from text', () => {
  it.each([
    [
      'The base salary range for this role is $120,000 – $150,000 per year.',
      120000,
      150000,
      'USD',
      'year',
    ],
    ['Compensation: $150-190k + equity', 150000, 190000, 'USD', 'year'],
    ['Salary €45k-€55k depending on experience', 45000, 55000, 'EUR', 'year'],
    ['£18.50/hour, paid weekly', 18.5, 18.5, 'GBP', 'hour'],
    // The period nearest the figure wins over one said of the payroll.
    [
      'Compensation: $58,000 – $66,000 base salary per year plus uncapped commission, paid monthly',
      58000,
      66000,
      'USD',
      'year',
    ],
    ['Ausbildungsvergütung: 1.080 € bis 1.340 € brutto im Monat', 1080, 1340, 'EUR', 'month'],
    ["Retribuzione: 13,20 € lordi l'ora, più maggiorazioni", 13.2, 13.2, 'EUR', 'hour'],
    [
      'Salário de R$ 4.800,00 a R$ 5.900,00 por mês, conforme experiência',
      4800,
      5900,
      'BRL',
      'month',
    ],
    ['Inquadramento e RAL 30-50K in base all’esperienza', 30000, 50000, 'EUR', 'year'],
    ['Salario: 60.000 € brutos anuales', 60000, 60000, 'EUR', 'year'],
    ['Een salaris van maximaal € 6.110 bruto per maand (schaal 11)', null, 6110, 'EUR', 'month'],
    ['Rémunération : 45 000 € à 55 000 € bruts annuels selon profil', 45000, 55000, 'EUR', 'year'],
    ['Gehalt: 50.000 - 60.000 EUR brutto/Jahr', 50000, 60000, 'EUR', 'year'],
    ['Salary: CHF 100’000 plus bonus', 100000, 100000, 'CHF', 'year'],
    ['USD 80k for a 12-month engagement', 80000, 80000, 'USD', 'year'],
    ['We pay $25 an hour for weekend shifts', 25, 25, 'USD', 'hour'],
    ['Salaire : 3 500 € brut mensuel', 3500, 3500, 'EUR', 'month'],
    ['Sueldo de 2.000 a 2.400 euros al mes', 2000, 2400, 'EUR', 'month'],
    ['Tagessatz 650 € für Freelancer', 650, 650, 'EUR', 'day'],
    ['Salaris tussen € 4.000 en € 5.200 per maand', 4000, 5200, 'EUR', 'month'],
    ['Pay rate: CA$32.50 per hour', 32.5, 32.5, 'CAD', 'hour'],
  ])('%s', (text, min, max, currency, period) => {
    expect(fromText(text)).toEqual({ min, max, currency, period });
  });

  it('reads "up to" as a maximum and "from" as a minimum', () => {
    expect(fromText('Salary up to €70,000 per year')).toEqual({
      min: null,
      max: 70000,
      currency: 'EUR',
      period: 'year',
    });
    expect(fromText('Base salary from $95,000 annually')).toEqual({
      min: 95000,
      max: null,
      currency: 'USD',
      period: 'year',
    });
  });

  it('leaves the period null when nothing says it', () => {
    expect(fromText('Salary: $4,000 - $5,000')).toEqual({
      min: 4000,
      max: 5000,
      currency: 'USD',
      period: null,
    });
  });

  it('prefers a range with a currency to a lone figure elsewhere', () => {
    expect(
      fromText('We have 2,500 employees worldwide.', 'Salary: $90,000 - $110,000 a year'),
    ).toEqual({ min: 90000, max: 110000, currency: 'USD', period: 'year' });
  });

  it.each([
    'Salary: $X - $Y per year',
    'The pay range for this role is $[min] to $[max].',
    'We hit $5M revenue last year and raised $100 million in Series B.',
    'Our ARR passed $20M',
    '401(k) with company match and a competitive salary',
    'Competitive salary, 401k, dental',
    'A $1,000 learning budget every year',
    'Home office stipend of €500 and a $2,000 relocation bonus',
    'Founded in 2012, we now have 350 employees in 12 countries.',
    'Erfahrung mit 3-5 Projekten pro Jahr',
    'Chiffre d’affaires de 20 millions €',
    'Up to 25% travel',
  ])('no salary in: %s', (text) => {
    expect(fromText(text)).toBeNull();
  });
});

describe('extractSalary from JSON-LD', () => {
  it('uses a well-formed baseSalary and ignores the text', () => {
    const jsonLd = {
      '@type': 'JobPosting',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'usd',
        value: {
          '@type': 'QuantitativeValue',
          minValue: 130000,
          maxValue: 160000,
          unitText: 'YEAR',
        },
      },
    };
    expect(extractSalary(sentences('Salary: $1 - $2'), jsonLd)).toEqual({
      min: 130000,
      max: 160000,
      currency: 'USD',
      period: 'year',
    });
  });

  it('reads a single value and string numbers', () => {
    const jsonLd = {
      baseSalary: { currency: 'EUR', value: { value: '22.5', unitText: 'HOUR' } },
    };
    expect(extractSalary([], jsonLd)).toEqual({
      min: 22.5,
      max: 22.5,
      currency: 'EUR',
      period: 'hour',
    });
  });

  it('falls back to the text when baseSalary is malformed or empty', () => {
    const text = sentences('Salary €40,000 - €48,000 per year');
    const expected = { min: 40000, max: 48000, currency: 'EUR', period: 'year' };
    expect(extractSalary(text, { baseSalary: 'competitive' })).toEqual(expected);
    expect(extractSalary(text, { baseSalary: { currency: 'EUR', value: {} } })).toEqual(expected);
    expect(extractSalary(text, { baseSalary: { value: { minValue: -5 } } })).toEqual(expected);
  });
});

describe('extractSalary robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 5 }), (texts) => {
        const salary = extractSalary(sentences(...texts), null);
        if (salary) expect(salary.min ?? salary.max).not.toBeNull();
      }),
    );
    const money = fc.constantFrom('$', '€', '1', '000', ',', '.', ' ', 'k', '-', 'to', 'per year');
    fc.assert(
      fc.property(fc.array(money, { maxLength: 60 }), (parts) => {
        expect(() => fromText(parts.join(''))).not.toThrow();
      }),
    );
  });
});

describe('extractSalary: currency codes and nearby bonuses', () => {
  it('takes the dollar a code after the range names', () => {
    expect(fromText('Rate: $85 - $100/hour (CAD)')).toEqual({
      min: 85,
      max: 100,
      currency: 'CAD',
      period: 'hour',
    });
    expect(fromText('Pay: $24.00 - $28.00 per hour')?.currency).toBe('USD');
  });

  it('reads Dutch and French hourly wages', () => {
    expect(fromText('Een uurloon van € 15,20 bruto')?.period).toBe('hour');
    expect(fromText("Salaire : 12,10 € brut de l'heure")?.period).toBe('hour');
  });

  it('lets a pay word nearer the figure outweigh an earlier "bonus"', () => {
    expect(
      fromText('Healthcare experience is a bonus Salary range: $110,000 – $130,000 annually'),
    ).toEqual({ min: 110000, max: 130000, currency: 'USD', period: 'year' });
    expect(fromText('Annual bonus of $10,000 - $15,000')).toBeNull();
  });
});
