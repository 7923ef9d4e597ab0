import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { checkFit } from './index';
import { extraction, PROFILES, req } from './testing';
import { sentence } from './words';

describe('sentence', () => {
  it.each([
    ['asks B2 English; you have A2 (basic)', 'It asks for B2 English; you have A2 (basic).'],
    ['hybrid; you accept hybrid and remote', 'It is hybrid; you accept hybrid and remote.'],
    ['pays 50,000 EUR a year; you want 55,000', 'It pays 50,000 EUR a year; you want 55,000.'],
    ['in Lyon, France; one of your locations', 'It is in Lyon, France; one of your locations.'],
    [
      'asks experience in Service Cloud, JIRA, Tableau,; you list Jira',
      'It asks for experience in Service Cloud, JIRA, Tableau; you list Jira.',
    ],
    [
      'part-time; that is one of your dealbreakers',
      'It is part-time; that is one of your dealbreakers.',
    ],
    [
      'You have 3 years in marketing; it asks for 5+ years.',
      'You have 3 years in marketing; it asks for 5+ years.',
    ],
  ])('%s', (fragment, whole) => {
    expect(sentence(fragment)).toBe(whole);
  });
});

describe('every reason fit gives', () => {
  const requirements = [
    req('experience', { minYears: 3, maxYears: null, field: 'customer support' }),
    req('experience', { minYears: null, maxYears: null, field: 'Zendesk, Jira,' }),
    req('language', { language: 'de', level: 'fluent', cefr: 'C1' }),
    req('education', { level: 'bachelor', field: 'marketing', equivalentAccepted: true }),
    req('skill', { name: 'Salesforce' }),
    req('certification', { name: 'PMP' }, false),
    req('travel', { percent: 25 }),
    req('schedule', { schedule: 'on_call' }),
    req('work_authorization', { country: 'DE' }),
  ];
  const postings = [
    extraction(requirements, {
      locations: ['München'],
      workplace: 'hybrid',
      salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
      visaSponsorship: 'not_offered',
      employmentType: 'part_time',
    }),
    extraction(requirements, { locations: [], workplace: 'remote' }),
    extraction(requirements, { locations: ['Austin, TX'], workplace: 'onsite' }),
  ];
  const profiles: Profile[] = [
    {},
    ...Object.values(PROFILES),
    {
      totalYears: 1,
      experience: [{ field: 'teaching', years: 1 }],
      languages: [{ language: 'de', level: 'A2' }],
      travel: false,
      dealbreakers: ['on_call', 'part_time', 'onsite_only'],
      workplaces: ['remote'],
      minSalary: { amount: 90000, currency: 'EUR', period: 'year' },
      workAuthorization: ['US'],
      locations: ['Lisboa'],
    },
  ];

  it('is a complete sentence: a capital first, a full stop last, no stray punctuation', () => {
    let count = 0;
    for (const profile of profiles) {
      for (const x of postings) {
        const report = checkFit(profile, x);
        for (const { reason } of [...report.items, ...report.facts]) {
          count++;
          expect(reason).toMatch(/^[A-Z]/);
          expect(reason).toMatch(/[.!?]$/);
          expect(reason, reason).not.toMatch(/[,;:]\s*[;.]|\s[,;.]/);
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});
