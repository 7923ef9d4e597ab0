import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { checkExperience } from './experience';
import { req } from './testing';

function exp(minYears: number | null, field: string | null, maxYears: number | null = null) {
  return req('experience', { minYears, maxYears, field });
}

const marketer: Profile = { totalYears: 6, experience: [{ field: 'digital marketing', years: 6 }] };
const junior: Profile = { totalYears: 3, experience: [{ field: 'marketing', years: 3 }] };

describe('checkExperience', () => {
  it('meets years in a related field and names both sides', () => {
    expect(checkExperience(exp(5, 'marketing, advertising, digital'), marketer)).toEqual({
      status: 'met',
      reason: 'asks 5+ years in marketing, advertising, digital; you have 6 in digital marketing',
    });
  });

  it('is unmet when the field matches but the years fall short', () => {
    expect(checkExperience(exp(5, 'marketing'), junior)).toEqual({
      status: 'unmet',
      reason: 'asks 5+ years in marketing; you have 3 in marketing',
    });
  });

  it('is partial one year short', () => {
    const item = checkExperience(exp(5, 'marketing'), {
      totalYears: 4,
      experience: [{ field: 'marketing', years: 4 }],
    });
    expect(item.status).toBe('partial');
    expect(item.reason).toContain('1 year short');
  });

  it('adds up related roles, never beyond the total', () => {
    const support: Profile = {
      totalYears: 5,
      experience: [
        { field: 'customer service', years: 3 },
        { field: 'support operations', years: 3 },
      ],
    };
    const item = checkExperience(exp(4, 'senior customer support role'), support);
    expect(item.status).toBe('met');
    expect(item.reason).toBe(
      'asks 4+ years in senior customer support role; you have 5 in customer service and support operations',
    );
  });

  it('falls back to total years with partial when no field matches', () => {
    const dev: Profile = {
      totalYears: 8,
      experience: [{ field: 'software engineering', years: 8 }],
    };
    const item = checkExperience(exp(5, 'marketing'), dev);
    expect(item.status).toBe('partial');
    expect(item.reason).toContain('none of your fields (software engineering) clearly matches');
  });

  it('is unmet when even the total is below the minimum', () => {
    const item = checkExperience(exp(5, 'marketing'), { totalYears: 2 });
    expect(item).toEqual({
      status: 'unmet',
      reason: 'asks 5+ years in marketing; you have 2 years in total',
    });
  });

  it('compares total years when the posting names no field', () => {
    expect(checkExperience(exp(3, null), junior)).toEqual({
      status: 'met',
      reason: 'asks 3+ years of experience; you have 3 years in total',
    });
  });

  it('flags more years than a closed range', () => {
    const item = checkExperience(exp(1, 'marketing', 3), marketer);
    expect(item.status).toBe('partial');
    expect(item.reason).toBe(
      'asks 1-3 years in marketing; you have 6 in digital marketing, more than the range',
    );
  });

  it('meets a qualitative requirement with any years in the field', () => {
    const support: Profile = { experience: [{ field: 'Customer Service', years: 2 }] };
    expect(checkExperience(exp(null, 'support operations'), support)).toEqual({
      status: 'met',
      reason: 'asks experience in support operations; you have 2 in Customer Service',
    });
  });

  it('sums roles when no total is given', () => {
    const p: Profile = {
      experience: [
        { field: 'sales', years: 2 },
        { field: 'accounting', years: 2 },
      ],
    };
    expect(checkExperience(exp(3, null), p).status).toBe('met');
    expect(checkExperience(exp(3, 'sales'), p).status).toBe('partial');
  });

  it('is unknown, not unmet, for a profile without experience', () => {
    expect(checkExperience(exp(5, 'marketing'), {})).toEqual({
      status: 'unknown',
      reason: 'asks 5+ years in marketing; your profile has no experience',
    });
    expect(checkExperience(exp(5, 'marketing'), { experience: [] }).status).toBe('unknown');
  });

  it('is unmet for a qualitative requirement with zero years', () => {
    expect(checkExperience(exp(null, 'support'), { totalYears: 0 }).status).toBe('unmet');
  });

  describe('experience with named tools', () => {
    const support: Profile = {
      totalYears: 5,
      experience: [{ field: 'customer support', years: 5 }],
      skills: ['zendesk', 'Postgres'],
    };

    it('compares the tools with the listed skills', () => {
      expect(checkExperience(exp(null, 'Zendesk and PostgreSQL'), support)).toEqual({
        status: 'met',
        reason: 'asks experience in Zendesk and PostgreSQL; you list Zendesk and PostgreSQL',
      });
      expect(checkExperience(exp(null, 'working with Tableau or Zendesk'), support).status).toBe(
        'met',
      );
      expect(checkExperience(exp(null, 'Zendesk and Salesforce'), support).status).toBe('partial');
      expect(checkExperience(exp(null, 'Tableau'), support)).toEqual({
        status: 'unmet',
        reason: 'asks experience in Tableau; not among your skills',
      });
    });

    it('cannot fully meet a number of years from a skill list', () => {
      expect(checkExperience(exp(3, 'Zendesk'), support)).toEqual({
        status: 'partial',
        reason: 'asks 3+ years in Zendesk; you list Zendesk, for how long is not in your profile',
      });
      expect(checkExperience(exp(8, 'Zendesk'), support).status).toBe('unmet');
    });

    it('leaves fields that are not tools to the field comparison', () => {
      expect(checkExperience(exp(null, 'vendor partners'), support).status).toBe('partial');
    });
  });
});
