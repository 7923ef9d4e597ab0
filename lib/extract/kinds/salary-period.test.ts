import { describe, expect, it } from 'vitest';
import { normalize } from '../pipeline/normalize';
import { splitSentences } from '../pipeline/text';
import { extractSalary } from './salary';
import { hourlyBySize } from './salary-period';

const read = (...lines: string[]) =>
  extractSalary(splitSentences(normalize(lines.join('\n')).text), null);

describe('a range no period is written for, sized as an hourly rate', () => {
  it('reads a small range in a currency paid by the hour as hourly', () => {
    expect(
      read('Nurse Educator', 'Denver, CO, United States', '', 'Pay Range:', '$41.20 - $55.75'),
    ).toEqual({
      min: 41.2,
      max: 55.75,
      currency: 'USD',
      period: 'hour',
    });
    expect(read('Magasinier', '', 'Rémunération : 12,50 € - 14,00 €')?.period).toBe('hour');
  });

  it('leaves a range outside the band, a lone figure and unknown money alone', () => {
    expect(hourlyBySize(400, 550, 'USD')).toBeNull();
    expect(hourlyBySize(22, 22, 'GBP')).toBeNull();
    expect(hourlyBySize(30, 40, null)).toBeNull();
    expect(hourlyBySize(30, 40, 'INR')).toBeNull();
    expect(hourlyBySize(19, 24, 'CAD')).toBe('hour');
  });
});

describe('a floor word before the pay noun', () => {
  it('reads "minimum salary of X" as a floor with no maximum, in several languages', () => {
    expect(read('Slager', '', '- Minimaal netto salaris van €2100 per maand.')).toEqual({
      min: 2100,
      max: null,
      currency: 'EUR',
      period: 'month',
    });
    expect(read('Analyst', '', 'We offer a minimum salary of $52,000 per year.')?.max).toBeNull();
    expect(
      read('Praktikum', '', 'Du erhältst mindestens ein Gehalt von 1.900 € im Monat.')?.max,
    ).toBeNull();
  });

  it('keeps a figure with no floor word as both ends', () => {
    expect(read('Slager', '', '- Een netto salaris van €2100 per maand.')).toEqual({
      min: 2100,
      max: 2100,
      currency: 'EUR',
      period: 'month',
    });
  });
});
