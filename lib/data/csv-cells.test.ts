import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellError, readDate, readInterviews, readSalary } from './csv-cells';
import { guessMapping, mappingProblem, remap } from './csv-mapping';
import { readEmploymentTypes, readStatus, readWorkplace, requirementSummary } from './csv-words';
import { formatSalary } from './export';

describe('status words', () => {
  it.each([
    ['Applied', 'applied'],
    ['Wishlist', 'saved'],
    ['Bookmarked', 'saved'],
    ['Interviewing', 'interviewing'],
    ['Phone screen', 'interviewing'],
    ['2nd Interview', 'interviewing'],
    ['Offer', 'offer'],
    ['Offer accepted', 'accepted'],
    ['Rejected', 'rejected'],
    ['Not selected', 'rejected'],
    ['Withdrew', 'withdrawn'],
    ['  INTERVIEWING ', 'interviewing'],
  ] as const)('%s is %s', (word, status) => {
    expect(readStatus(word)).toBe(status);
  });

  it('knows no status in an unknown word', () => {
    expect(readStatus('Maybe later')).toBeNull();
    expect(readStatus('')).toBeNull();
  });
});

describe('work model and employment words', () => {
  it('reads them in the words trackers use', () => {
    expect(readWorkplace('On-site')).toBe('onsite');
    expect(readWorkplace('Remote (EU)')).toBe('remote');
    expect(readWorkplace('Hybrid, 2 days in office')).toBe('hybrid');
    expect(readEmploymentTypes('Full-time; Temporary')).toEqual(['full_time', 'temporary']);
    expect(readEmploymentTypes('Freelance')).toEqual(['contract']);
    expect(readEmploymentTypes('whatever')).toEqual([]);
  });
});

describe('dates', () => {
  const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
  it('reads the forms spreadsheets and trackers write', () => {
    expect(readDate('2026-03-31')).toBe(local(2026, 3, 31));
    expect(readDate('31.03.2026')).toBe(local(2026, 3, 31));
    expect(readDate('03/31/2026')).toBe(local(2026, 3, 31));
    expect(readDate('31/03/2026')).toBe(local(2026, 3, 31));
    expect(readDate('2026-03-31T08:00:00.000Z')).toBe(Date.UTC(2026, 2, 31, 8));
    expect(readDate('Mar 31, 2026')).toBe(local(2026, 3, 31));
  });

  it('says which date it cannot read', () => {
    const problemOf = (read: () => unknown) => {
      try {
        read();
      } catch (e) {
        return e instanceof CellError ? e.problem : e;
      }
      return null;
    };
    expect(problemOf(() => readDate('31.02.2026'))).toEqual({
      code: 'badDate',
      cell: '31.02.2026',
    });
    expect(problemOf(() => readDate('next week'))).toEqual({ code: 'badDate', cell: 'next week' });
  });
});

describe('salaries', () => {
  it('reads what trackers and people write', () => {
    expect(readSalary('$120,000 - $150,000')).toEqual({
      min: 120000,
      max: 150000,
      currency: 'USD',
      period: null,
    });
    expect(readSalary('45.000 € brutto/Jahr')).toEqual({
      min: 45000,
      max: 45000,
      currency: 'EUR',
      period: 'year',
    });
    expect(readSalary('£18.50 an hour')).toEqual({
      min: 18.5,
      max: 18.5,
      currency: 'GBP',
      period: 'hour',
    });
    expect(readSalary('85k-95k CHF')).toMatchObject({ min: 85000, max: 95000, currency: 'CHF' });
    expect(readSalary('up to 3200 per month')).toEqual({
      min: null,
      max: 3200,
      currency: null,
      period: 'month',
    });
    expect(readSalary('')).toBeNull();
    expect(() => readSalary('1 2 3')).toThrow(CellError);
  });

  it("reads back every salary Reqlens' CSV writes", () => {
    const amount = fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: null });
    const salary = fc
      .record({
        min: amount,
        max: amount,
        currency: fc.option(fc.constantFrom('EUR', 'USD', 'CAD', 'GBP', 'CHF', 'JPY'), {
          nil: null,
        }),
        period: fc.option(fc.constantFrom('year', 'month', 'week', 'day', 'hour' as const), {
          nil: null,
        }),
      })
      .filter((s) => s.min !== null || s.max !== null)
      .map((s) =>
        s.min !== null && s.max !== null && s.min > s.max ? { ...s, min: s.max, max: s.min } : s,
      );
    fc.assert(
      fc.property(salary, (s) => {
        expect(formatSalary(readSalary(formatSalary(s)))).toBe(formatSalary(s));
      }),
    );
  });
});

describe('interviews', () => {
  it('reads one interview per line', () => {
    const list = readInterviews('2026-03-24 Entretien RH\n2026-03-31 Étude de cas');
    expect(list.map((i) => i.label)).toEqual(['Entretien RH', 'Étude de cas']);
  });
});

describe('column mapping', () => {
  it('guesses from header words, each target once, and leaves what it does not know', () => {
    expect(
      guessMapping([
        'Job Position',
        'Company Name',
        'Date Applied',
        'Stage',
        'Fit',
        'Comments',
        'Status',
      ]),
    ).toEqual(['title', 'company', 'appliedAt', 'ignore', 'ignore', 'notes', 'status']);
  });

  it('moves a target the user gives another column', () => {
    const mapping = guessMapping(['Title', 'Role']);
    expect(mapping).toEqual(['title', 'ignore']);
    expect(remap(mapping, 1, 'title')).toEqual(['ignore', 'title']);
    expect(mappingProblem(remap(mapping, 0, 'notes'))).toEqual({ code: 'noTitleColumn' });
    expect(mappingProblem(mapping)).toBeNull();
  });
});

describe('requirement summary', () => {
  it('writes required items first, then the preferred ones', () => {
    expect(
      requirementSummary([
        { kind: 'skill', name: 'Docker', required: false },
        { kind: 'experience', minYears: 5, maxYears: null, field: 'Python', required: true },
        { kind: 'language', language: 'de', level: null, cefr: 'C1', required: true },
        {
          kind: 'education',
          level: 'bachelor',
          field: null,
          equivalentAccepted: true,
          required: true,
        },
      ]),
    ).toBe("5+ years Python; German C1; Bachelor's; Docker (preferred)");
  });
});
