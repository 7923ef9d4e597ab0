// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostingFacts as Facts } from '@/lib/schema';
import { formatSalary } from './formatSalary';
import { PostingFacts } from './PostingFacts';

afterEach(cleanup);

const facts: Facts = {
  title: 'Responsable marketing digital',
  company: 'Maison Lumière',
  locations: ['Paris, France', 'Lyon, France'],
  workplace: 'hybrid',
  employmentType: 'full_time',
  salary: { min: 55000, max: 65000, currency: 'EUR', period: 'year' },
  relocation: null,
  visaSponsorship: null,
  lang: 'fr',
};

describe('PostingFacts', () => {
  it('shows the title as a heading and each known fact with its name', () => {
    render(<PostingFacts posting={facts} locale="en-US" />);
    expect(screen.getByRole('heading', { name: 'Responsable marketing digital' })).toBeTruthy();
    const text = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(text('Company')).toBe('Maison Lumière');
    expect(text('Location')).toBe('Paris, France · Lyon, France');
    expect(text('Work model')).toBe('Hybrid');
    expect(text('Salary')).toBe('€55,000 – €65,000 a year');
    expect(text('Employment')).toBe('Full-time');
  });

  it('shows relocation and visa sponsorship beside the work model and salary', () => {
    render(
      <PostingFacts
        posting={{ ...facts, relocation: 'offered', visaSponsorship: 'not_offered' }}
        locale="en-US"
      />,
    );
    const text = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(text('Relocation')).toBe('Relocation support offered');
    expect(text('Visa')).toBe('No visa sponsorship');
  });

  it('leaves out facts the posting does not give', () => {
    render(
      <PostingFacts
        posting={{ ...facts, title: null, locations: [], workplace: null, salary: null }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Untitled posting' })).toBeTruthy();
    expect(screen.queryByText('Location')).toBeNull();
    expect(screen.queryByText('Work model')).toBeNull();
    expect(screen.queryByText('Salary')).toBeNull();
    expect(screen.queryByText('Relocation')).toBeNull();
    expect(screen.queryByText('Visa')).toBeNull();
  });
});

describe('formatSalary', () => {
  it('formats a yearly range in the given locale', () => {
    expect(formatSalary(facts.salary, 'de-DE')).toBe('55.000–65.000\u00a0€ a year');
  });

  it('keeps cents on an hourly rate', () => {
    expect(formatSalary({ min: 18.5, max: null, currency: 'USD', period: 'hour' }, 'en-US')).toBe(
      'From $18.50 an hour',
    );
  });

  it('says "up to" for a maximum alone and flags a missing currency', () => {
    expect(formatSalary({ min: null, max: 4200, currency: null, period: 'month' }, 'en-US')).toBe(
      'Up to 4,200 a month (currency not stated)',
    );
  });

  it('shows a single figure when min equals max', () => {
    expect(formatSalary({ min: 48000, max: 48000, currency: 'GBP', period: null }, 'en-GB')).toBe(
      '£48,000',
    );
  });

  it('returns null without an amount', () => {
    expect(formatSalary(null)).toBeNull();
    expect(formatSalary({ min: null, max: null, currency: 'EUR', period: 'year' })).toBeNull();
  });
});
