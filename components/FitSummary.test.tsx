// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FitReport } from '@/lib/schema';
import { FitSummary } from './FitSummary';

afterEach(cleanup);

const report: FitReport = {
  score: 58,
  requiredMet: 2,
  requiredTotal: 4,
  requiredUnknown: 1,
  preferredMet: 1,
  preferredTotal: 1,
  preferredUnknown: 0,
  dealbreakers: [{ code: 'schedule.dealbreaker', schedule: 'on_call' }],
  why: {
    required: { met: 2, partial: 1, known: 4, unknown: 1 },
    preferred: { met: 1, partial: 0, known: 1, unknown: 0 },
    failing: [],
    dealbreakers: 1,
    cap: 10,
  },
  items: [],
  facts: [
    {
      topic: 'salary',
      status: 'partial',
      reason: {
        code: 'salary.partly',
        pay: { lo: 48_000, hi: 56_000, currency: 'EUR', period: 'year' },
        floor: { amount: 55_000, currency: 'EUR', period: 'year' },
      },
    },
    {
      topic: 'workplace',
      status: 'met',
      reason: { code: 'workplace.accepted', workplace: 'hybrid', accepted: ['hybrid'] },
    },
  ],
};

/** The line under the score, as the formatter writes it from the counts. */
const WHY =
  '2 of 4 required items met (1 partly), 1 of 1 preferred met, 1 not in your profile. Capped at 10: a dealbreaker.';

const dd = (term: string) => screen.getByText(term).nextElementSibling?.textContent;

describe('FitSummary', () => {
  it('shows the score, and the counts with unknown items apart', () => {
    render(<FitSummary report={report} />);
    expect(screen.getByText('Fit 58%')).toBeTruthy();
    expect(screen.getByText(WHY)).toBeTruthy();
    expect(dd('Required')).toBe('2 of 4 met · 1 unknown');
    expect(dd('Preferred')).toBe('1 of 1 met');
  });

  it('lists dealbreakers and posting-level checks with their status in words', () => {
    render(<FitSummary report={report} />);
    expect(
      screen.getByText('It asks for an on-call rotation, and that is one of your dealbreakers.'),
    ).toBeTruthy();
    const salary = screen.getByText('Salary').closest('li');
    expect(salary?.textContent).toContain('Partly met');
    expect(salary?.textContent).toContain(
      'only the top of the range reaches your minimum of 55,000 EUR',
    );
  });

  it('says when nothing could be scored, without dealbreakers or facts', () => {
    render(
      <FitSummary
        report={{
          ...report,
          score: null,
          requiredMet: 0,
          requiredTotal: 0,
          requiredUnknown: 3,
          dealbreakers: [],
          facts: [],
        }}
      />,
    );
    expect(screen.getByText('Fit not scored')).toBeTruthy();
    expect(dd('Required')).toBe('nothing to compare · 3 unknown');
    expect(screen.queryByText('Dealbreakers')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('FitSummary, compact (the popup)', () => {
  it('shows the score with its why, the dealbreakers, and each check as a chip', () => {
    const { container } = render(<FitSummary report={report} compact />);
    expect(screen.getByText('Fit 58%')).toBeTruthy();
    expect(screen.getByText(WHY)).toBeTruthy();
    // The counts are in the why: no second copy of them.
    expect(container.querySelector('dl')).toBeNull();
    expect(
      screen.getByText('It asks for an on-call rotation, and that is one of your dealbreakers.'),
    ).toBeTruthy();
    const chips = [...container.querySelectorAll('.fit-chip')];
    expect(chips.map((c) => c.className)).toEqual(['fit-chip fit-partial', 'fit-chip fit-met']);
    // The status and reason are there for screen readers and on hover, in words.
    expect(chips[0]?.textContent).toBe(
      '◐Salary: Partly met, It pays 48,000-56,000 EUR a year; only the top of the range reaches your minimum of 55,000 EUR a year.',
    );
    expect(chips[1]?.getAttribute('title')).toBe('It is hybrid, and you accept hybrid.');
  });

  it('has no chips when the posting states no facts to check', () => {
    const { container } = render(<FitSummary report={{ ...report, facts: [] }} compact />);
    expect(container.querySelector('.fit-chips')).toBeNull();
  });
});
