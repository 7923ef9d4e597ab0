import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/schema';
import { draftToProfile, EMPTY_DRAFT, profileToDraft } from './profileDraft';

const marketer: Profile = {
  totalYears: 6,
  experience: [
    { field: 'digital marketing', years: 6 },
    { field: 'customer support', years: 2 },
  ],
  languages: [
    { language: 'fr', level: 'native' },
    { language: 'en', level: 'C1' },
  ],
  education: { level: 'master', field: 'marketing' },
  skills: ['Google Analytics', 'C, C++', 'JS'],
  certifications: ['Google Ads Search'],
  locations: ['Paris, France', 'Lyon, France'],
  workplaces: ['hybrid', 'remote'],
  relocate: false,
  travel: 20,
  workAuthorization: ['FR', 'IE'],
  minSalary: { amount: 55000, currency: 'EUR', period: 'year' },
  dealbreakers: ['on_call', 'onsite_only'],
};

describe('profile draft', () => {
  it('round-trips a full profile through the form', () => {
    const result = draftToProfile(profileToDraft(marketer));
    expect(result).toEqual({ ok: true, profile: marketer });
  });

  it('refuses "up to a share of my time" without the share, instead of dropping it', () => {
    const result = draftToProfile({ ...EMPTY_DRAFT, travel: 'percent', travelPercent: ' ' });
    expect(result).toEqual({
      ok: false,
      errors: { travel: 'Say what share of your time, from 0 to 100.' },
    });
    expect(draftToProfile({ ...EMPTY_DRAFT, travel: 'percent', travelPercent: '25' })).toEqual({
      ok: true,
      profile: { travel: 25, dealbreakers: [] },
    });
    const nonsense = draftToProfile({ ...EMPTY_DRAFT, travel: 'percent', travelPercent: 'often' });
    expect(nonsense.ok ? null : nonsense.errors.travel).toBe(
      'Say what share of your time, from 0 to 100.',
    );
  });

  it('leaves empty inputs out instead of saving zeros, keeping an empty dealbreaker list', () => {
    expect(draftToProfile(EMPTY_DRAFT)).toEqual({ ok: true, profile: { dealbreakers: [] } });
  });

  it('normalises codes and number formats the way the schema does', () => {
    const result = draftToProfile({
      ...EMPTY_DRAFT,
      totalYears: '4,5',
      languages: [{ language: 'DE', level: 'B2' }],
      workAuthorization: 'de; at  ch',
      salaryAmount: '4200',
      salaryCurrency: 'chf',
      salaryPeriod: 'month',
      travel: 'no',
    });
    expect(result).toEqual({
      ok: true,
      profile: {
        totalYears: 4.5,
        languages: [{ language: 'de', level: 'B2' }],
        workAuthorization: ['DE', 'AT', 'CH'],
        minSalary: { amount: 4200, currency: 'CHF', period: 'month' },
        travel: false,
        dealbreakers: [],
      },
    });
  });

  it('reads work authorization written as country names or codes', () => {
    const result = draftToProfile({
      ...EMPTY_DRAFT,
      workAuthorization: 'France, United Kingdom; Deutschland, ie us',
    });
    expect(result.ok && result.profile.workAuthorization).toEqual(['FR', 'GB', 'DE', 'IE', 'US']);
    const unknown = draftToProfile({ ...EMPTY_DRAFT, workAuthorization: 'Atlantis' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(Object.keys(unknown.errors)).toEqual(['workAuthorization.0']);
  });

  it('reports each invalid field by its path', () => {
    const result = draftToProfile({
      ...EMPTY_DRAFT,
      totalYears: 'six',
      experience: [{ field: '', years: '3' }],
      languages: [{ language: 'french', level: 'fluent' }],
      salaryAmount: '50000',
      salaryCurrency: 'euros',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.totalYears).toBe('Enter a number');
    expect(Object.keys(result.errors)).toEqual(
      expect.arrayContaining(['experience.0.field', 'languages.0.language', 'minSalary.currency']),
    );
  });
});
