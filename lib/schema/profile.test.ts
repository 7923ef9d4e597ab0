import { describe, expect, it } from 'vitest';
import { Profile } from './profile';

/** The profile file format exactly as the issue writes it. */
const ISSUE_EXAMPLE = `{ "totalYears": 6,
  "experience": [{"field": "digital marketing", "years": 6}],
  "languages": [{"language": "en", "level": "native"}, {"language": "fr", "level": "C1"}],
  "education": {"level": "bachelor", "field": "marketing"},
  "skills": ["Google Analytics", "JS"],
  "locations": ["Paris, France"], "workplaces": ["hybrid", "onsite"],
  "relocate": false, "travel": true, "workAuthorization": ["FR", "IE"],
  "minSalary": {"amount": 60000, "currency": "EUR", "period": "year"},
  "dealbreakers": ["on_call"] }`;

describe('Profile', () => {
  it('accepts the documented example as it is', () => {
    const raw = JSON.parse(ISSUE_EXAMPLE);
    expect(Profile.parse(raw)).toEqual(raw);
  });

  it('accepts an empty profile: every field is optional', () => {
    expect(Profile.parse({})).toEqual({});
  });

  it('normalises the case of codes', () => {
    const p = Profile.parse({
      languages: [{ language: 'FR', level: 'B2' }],
      workAuthorization: ['ie'],
      minSalary: { amount: 25, currency: 'usd', period: 'hour' },
      travel: 25,
    });
    expect(p.languages?.[0]?.language).toBe('fr');
    expect(p.workAuthorization).toEqual(['IE']);
    expect(p.minSalary?.currency).toBe('USD');
    expect(p.travel).toBe(25);
  });

  it.each([
    [{ languages: [{ language: 'French', level: 'C1' }] }, 'languages'],
    [{ languages: [{ language: 'fr', level: 'C3' }] }, 'languages'],
    [{ education: { level: 'phd' } }, 'education'],
    [{ workplaces: ['office'] }, 'workplaces'],
    [{ workAuthorization: ['USA'] }, 'workAuthorization'],
    [{ minSalary: { amount: 60000, currency: 'EUR' } }, 'minSalary'],
    [{ minSalary: { amount: -1, currency: 'EUR', period: 'year' } }, 'minSalary'],
    [{ dealbreakers: ['mondays'] }, 'dealbreakers'],
    [{ travel: 150 }, 'travel'],
    [{ totalYears: '6' }, 'totalYears'],
    [{ minsalary: { amount: 1 } }, ''],
  ])('rejects %j at %s', (raw, path) => {
    const result = Profile.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? '').toBe(path);
  });
});
