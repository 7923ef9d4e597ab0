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
  dealbreakers: ['on-call weekends; you will not work on call'],
  why: '2 of 4 required items met (1 partly), 1 of 1 preferred met, 1 not in your profile. Capped at 10: a dealbreaker.',
  items: [],
  facts: [
    {
      topic: 'salary',
      status: 'partial',
      reason: 'offers 48,000–52,000 EUR a year; you want 55,000',
    },
    { topic: 'workplace', status: 'met', reason: 'hybrid; you accept hybrid' },
  ],
};

const dd = (term: string) => screen.getByText(term).nextElementSibling?.textContent;

describe('FitSummary', () => {
  it('shows the score, and the counts with unknown items apart', () => {
    render(<FitSummary report={report} />);
    expect(screen.getByText('Fit 58%')).toBeTruthy();
    expect(screen.getByText(report.why)).toBeTruthy();
    expect(dd('Required')).toBe('2 of 4 met · 1 unknown');
    expect(dd('Preferred')).toBe('1 of 1 met');
  });

  it('lists dealbreakers and posting-level checks with their status in words', () => {
    render(<FitSummary report={report} />);
    expect(screen.getByText('on-call weekends; you will not work on call')).toBeTruthy();
    const salary = screen.getByText('Salary').closest('li');
    expect(salary?.textContent).toContain('Partly met');
    expect(salary?.textContent).toContain('you want 55,000');
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
    expect(screen.getByText(report.why)).toBeTruthy();
    // The counts are in the why: no second copy of them.
    expect(container.querySelector('dl')).toBeNull();
    expect(screen.getByText('on-call weekends; you will not work on call')).toBeTruthy();
    const chips = [...container.querySelectorAll('.fit-chip')];
    expect(chips.map((c) => c.className)).toEqual(['fit-chip fit-partial', 'fit-chip fit-met']);
    // The status and reason are there for screen readers and on hover, in words.
    expect(chips[0]?.textContent).toBe(
      '◐Salary: Partly met, offers 48,000–52,000 EUR a year; you want 55,000',
    );
    expect(chips[1]?.getAttribute('title')).toBe('hybrid; you accept hybrid');
  });

  it('has no chips when the posting states no facts to check', () => {
    const { container } = render(<FitSummary report={{ ...report, facts: [] }} compact />);
    expect(container.querySelector('.fit-chips')).toBeNull();
  });
});
