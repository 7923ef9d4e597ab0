import { describe, expect, it } from 'vitest';
import type { PrefillStep } from '@/lib/profile/steps';
import { PREFILL_PROBLEMS, prefillStep } from './prefill';
import { DUPLICATE_REASONS } from './settings';

describe('prefillStep, each step of a résumé prefill as the review lists it', () => {
  it.each<[PrefillStep, string]>([
    [
      { code: 'total', years: 7.5, roles: 3 },
      '7.5 years of experience in total, from the dates of 3 roles',
    ],
    [
      { code: 'total', years: 1, roles: 1 },
      '1 year of experience in total, from the dates of 1 role',
    ],
    [
      { code: 'field', field: 'Logistics', years: 4, titles: ['Warehouse Lead', 'Dispatcher'] },
      'Logistics: 4 years (Warehouse Lead, Dispatcher)',
    ],
    [
      { code: 'field', field: null, years: 1.5, titles: [] },
      '1.5 years in roles without a title: their field is not filled in, add it under Experience',
    ],
    [
      {
        code: 'languages',
        languages: [
          { language: 'nl', level: 'native' },
          { language: 'it', level: null },
        ],
        assumed: 'professional',
      },
      'languages: Dutch (native), Italian (professional: no level given, check it)',
    ],
    [
      { code: 'education', level: 'master', field: 'Bestuurskunde' },
      "education: master's degree in Bestuurskunde",
    ],
    [
      { code: 'education', level: 'vocational', field: null },
      'education: vocational qualification',
    ],
    [{ code: 'skills', count: 12 }, '12 skills'],
    [
      { code: 'certifications', names: ['PRINCE2', 'Scrum Master'] },
      'certifications: PRINCE2 and Scrum Master',
    ],
    [{ code: 'location', place: 'Utrecht, Netherlands' }, 'location: Utrecht, Netherlands'],
  ])('%j', (step, text) => {
    expect(prefillStep(step)).toBe(text);
  });

  it('says every problem as a sentence', () => {
    for (const text of Object.values(PREFILL_PROBLEMS)) expect(text).toMatch(/^[A-Z].*\.$/);
  });
});

describe('DUPLICATE_REASONS, why two postings look like one job', () => {
  it('writes each kind of likeness', () => {
    expect(
      DUPLICATE_REASONS.company({ kind: 'company', similarity: 1, company: 'Brenner GmbH' }),
    ).toBe('Same company (Brenner GmbH)');
    expect(DUPLICATE_REASONS.title({ kind: 'title', similarity: 1 })).toBe('Same title');
    expect(DUPLICATE_REASONS.title({ kind: 'title', similarity: 0.834 })).toBe('Titles 83% alike');
    expect(DUPLICATE_REASONS.location({ kind: 'location', similarity: 1 })).toBe('Same location');
    expect(DUPLICATE_REASONS.text({ kind: 'text', similarity: 0.9 })).toBe(
      'Descriptions 90% alike',
    );
  });
});
