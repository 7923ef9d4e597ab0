import { describe, expect, it } from 'vitest';
import { fitReason } from '@/components/text/fit';
import { FitReport, type Profile } from '../schema';
import { checkFit } from './index';
import { extraction, req, said } from './testing';

/** A Lyon agency's "Chargé(e) de marketing digital" posting, as the engine would read it. */
const lyonMarketing = extraction(
  [
    req('experience', { minYears: 3, maxYears: null, field: 'marketing digital' }),
    req('language', { language: 'fr', level: 'native', cefr: null }),
    req('language', { language: 'en', level: 'professional', cefr: 'B2' }),
    req('education', { level: 'master', field: 'marketing', equivalentAccepted: false }),
    req('skill', { name: 'Google Analytics' }),
    req('skill', { name: 'HubSpot' }, false),
    req('schedule', { schedule: 'weekend' }, false),
  ],
  {
    locations: ['Lyon, France'],
    workplace: 'hybrid',
    salary: { min: 38_000, max: 45_000, currency: 'EUR', period: 'year' },
    lang: 'fr',
  },
);

const marketer: Profile = {
  totalYears: 6,
  experience: [{ field: 'digital marketing', years: 6 }],
  languages: [
    { language: 'fr', level: 'native' },
    { language: 'en', level: 'C1' },
  ],
  education: { level: 'master', field: 'marketing' },
  skills: ['Google Analytics', 'Hubspot', 'SEO'],
  locations: ['Lyon, France'],
  workplaces: ['hybrid', 'remote'],
  minSalary: { amount: 3_100, currency: 'EUR', period: 'month' },
  dealbreakers: [],
};

describe('checkFit', () => {
  it('gives one item per requirement, in order, and a report the contract accepts', () => {
    const report = checkFit(marketer, lyonMarketing);
    expect(FitReport.parse(report)).toEqual(report);
    expect(report.items.map((i) => i.status)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'met',
      'met',
      'met',
    ]);
    expect(said(report.items[0])).toBe(
      'You have 6 years in digital marketing, and it asks for 3+ years in marketing digital.',
    );
    expect(report.facts.map((f) => [f.topic, f.status])).toEqual([
      ['workplace', 'met'],
      ['location', 'met'],
      ['salary', 'met'],
    ]);
    expect(report).toMatchObject({
      score: 100,
      requiredMet: 5,
      requiredTotal: 5,
      preferredMet: 2,
      preferredTotal: 2,
      dealbreakers: [],
    });
  });

  it('scores a weaker profile by what it lacks, with reasons naming both sides', () => {
    const junior: Profile = {
      totalYears: 2,
      experience: [{ field: 'communication', years: 2 }],
      languages: [
        { language: 'fr', level: 'native' },
        { language: 'en', level: 'A2' },
      ],
      education: { level: 'bachelor', field: 'communication' },
      skills: ['Canva'],
      dealbreakers: ['weekend'],
    };
    const report = checkFit(junior, lyonMarketing);
    expect(report.items.map((i) => i.status)).toEqual([
      'partial',
      'met',
      'unmet',
      'unmet',
      'unmet',
      'unmet',
      'unmet',
    ]);
    // Communication is marketing work (fields.ts), a year short of the three asked.
    expect(said(report.items[0])).toMatch(/2 years in communication.*3\+ years in marketing/);
    expect(said(report.items[2])).toBe('It asks for B2 English; you have A2 (basic).');
    expect(said(report.items[3])).toBe(
      "It asks for a master's in marketing; you have a bachelor's in communication.",
    );
    expect(report.dealbreakers.map(fitReason)).toEqual([
      'It asks for weekend work, and that is one of your dealbreakers.',
    ]);
    expect(report.requiredMet).toBe(1);
    expect(report.score).toBeLessThanOrEqual(10);
  });

  it('gives unknown, never unmet, for an empty profile', () => {
    const report = checkFit({}, lyonMarketing);
    expect(report.items.every((i) => i.status === 'unknown')).toBe(true);
    expect(report.facts.every((f) => f.status === 'unknown')).toBe(true);
    expect(report).toMatchObject({
      score: null,
      requiredMet: 0,
      requiredTotal: 0,
      requiredUnknown: 5,
      preferredTotal: 0,
      preferredUnknown: 2,
      dealbreakers: [],
    });
  });

  it('leaves the visa question to a listed authorization requirement', () => {
    const us = extraction([req('work_authorization', { country: 'US' })], {
      locations: ['Austin, TX'],
      visaSponsorship: 'not_offered',
    });
    const report = checkFit({ workAuthorization: ['CA'], dealbreakers: ['no_sponsorship'] }, us);
    expect(report.facts.map((f) => f.topic)).not.toContain('visa');
    expect(report.items[0]).toMatchObject({ status: 'unmet', dealbreaker: true });
    expect(report.dealbreakers).toHaveLength(1);
  });
});
