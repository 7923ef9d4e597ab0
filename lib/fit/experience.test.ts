import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { checkExperience } from './experience';
import { fieldMatches, RELATED_FIELDS, whyRelated } from './fields';
import { req, said, worded } from './testing';

function exp(minYears: number | null, field: string | null, maxYears: number | null = null) {
  return req('experience', { minYears, maxYears, field });
}

const marketer: Profile = { totalYears: 6, experience: [{ field: 'digital marketing', years: 6 }] };
const junior: Profile = { totalYears: 3, experience: [{ field: 'marketing', years: 3 }] };
const supportSpecialist: Profile = {
  totalYears: 8,
  experience: [{ field: 'customer support', years: 8 }],
};

describe('checkExperience', () => {
  it('meets years in a related field and names both sides in a sentence', () => {
    expect(worded(checkExperience(exp(5, 'marketing, advertising, digital'), marketer))).toEqual({
      status: 'met',
      reason:
        'You have 6 years in digital marketing, and it asks for 5+ years in marketing, advertising, digital.',
    });
  });

  it('is unmet when the field matches but the years fall short', () => {
    expect(worded(checkExperience(exp(5, 'marketing'), junior))).toEqual({
      status: 'unmet',
      reason: 'You have 3 years in marketing; it asks for 5+ years.',
    });
  });

  it('is partial one year short', () => {
    const item = checkExperience(exp(5, 'marketing'), {
      totalYears: 4,
      experience: [{ field: 'marketing', years: 4 }],
    });
    expect(worded(item)).toEqual({
      status: 'partial',
      reason: 'You have 4 years in marketing, 1 year short of the 5+ years it asks for.',
    });
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
    expect(said(item)).toBe(
      'You have 5 years in customer service and support operations, and it asks for 4+ years in senior customer support role.',
    );
  });

  it('does not count years in an unrelated field: unmet, naming both fields', () => {
    // Eight years of support are not five years of marketing.
    expect(worded(checkExperience(exp(5, 'marketing'), supportSpecialist))).toEqual({
      status: 'unmet',
      reason:
        'It asks for 5+ years in marketing; your experience is in customer support (8 years), which is a different field.',
    });
    const dev: Profile = {
      totalYears: 8,
      experience: [{ field: 'software engineering', years: 8 }],
    };
    expect(checkExperience(exp(3, 'accounting'), dev).status).toBe('unmet');
  });

  it('never makes a field "partly met" from total years alone', () => {
    const item = checkExperience(exp(5, 'marketing'), { totalYears: 9 });
    expect(worded(item)).toEqual({
      status: 'unknown',
      reason:
        'It asks for 5+ years in marketing; your profile gives 9 years in total but not in which field.',
    });
  });

  it('is unknown, not partial, for a qualitative field the profile does not name', () => {
    const item = checkExperience(
      exp(null, 'working on several projects at once'),
      supportSpecialist,
    );
    expect(item.status).toBe('unknown');
    expect(said(item)).toContain('customer support (8 years)');
  });

  it('is unmet when even the total is below the minimum', () => {
    expect(worded(checkExperience(exp(5, 'marketing'), { totalYears: 2 }))).toEqual({
      status: 'unmet',
      reason: 'You have 2 years of experience in total; it asks for 5+ years in marketing.',
    });
  });

  it('compares total years when the posting names no field', () => {
    expect(worded(checkExperience(exp(3, null), junior))).toEqual({
      status: 'met',
      reason: 'You have 3 years of experience in total, and it asks for 3+ years of experience.',
    });
  });

  it('flags more years than a closed range', () => {
    expect(worded(checkExperience(exp(1, 'marketing', 3), marketer))).toEqual({
      status: 'partial',
      reason:
        'You have 6 years in digital marketing, more than the 1-3 years in marketing it asks for.',
    });
  });

  it('meets a qualitative requirement with any years in the field', () => {
    const support: Profile = { experience: [{ field: 'Customer Service', years: 2 }] };
    expect(worded(checkExperience(exp(null, 'support operations'), support))).toEqual({
      status: 'met',
      reason:
        'You have 2 years in Customer Service, and it asks for experience in support operations.',
    });
  });

  it('sums roles when no total is given, and counts only the related ones for a field', () => {
    const p: Profile = {
      experience: [
        { field: 'sales', years: 2 },
        { field: 'accounting', years: 2 },
      ],
    };
    expect(checkExperience(exp(3, null), p).status).toBe('met');
    expect(checkExperience(exp(3, 'sales'), p).status).toBe('partial');
    expect(checkExperience(exp(2, 'bookkeeping'), p).status).toBe('met');
  });

  it('is unknown, not unmet, for a profile without experience', () => {
    expect(worded(checkExperience(exp(5, 'marketing'), {}))).toEqual({
      status: 'unknown',
      reason: 'It asks for 5+ years in marketing; your profile has no experience yet.',
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
      expect(worded(checkExperience(exp(null, 'Zendesk and PostgreSQL'), support))).toEqual({
        status: 'met',
        reason:
          'You list Zendesk and PostgreSQL among your skills; it asks for experience in Zendesk and PostgreSQL.',
      });
      expect(checkExperience(exp(null, 'working with Tableau or Zendesk'), support).status).toBe(
        'met',
      );
      expect(checkExperience(exp(null, 'Zendesk and Salesforce'), support).status).toBe('partial');
      expect(worded(checkExperience(exp(null, 'Tableau'), support))).toEqual({
        status: 'unmet',
        reason: 'It asks for experience in Tableau; none of it is among your skills.',
      });
    });

    it('cannot fully meet a number of years from a skill list', () => {
      expect(worded(checkExperience(exp(3, 'Zendesk'), support))).toEqual({
        status: 'partial',
        reason:
          'You list Zendesk among your skills, but not for how long; it asks for 3+ years in Zendesk.',
      });
      expect(checkExperience(exp(8, 'Zendesk'), support).status).toBe('unmet');
    });

    it('reads the tools after a verb of the work done with them', () => {
      expect(checkExperience(exp(null, 'coding in Postgres'), support).status).toBe('met');
      expect(checkExperience(exp(null, 'scripting with Zendesk or Tableau'), support).status).toBe(
        'met',
      );
      expect(checkExperience(exp(null, 'building in Tableau'), support).status).toBe('unmet');
    });

    it('leaves fields that are not tools to the field comparison', () => {
      expect(checkExperience(exp(null, 'vendor partners'), support).status).toBe('unknown');
    });
  });
});

describe('related fields', () => {
  it.each([
    ['customer service', 'help desk'],
    ['advertising', 'digital marketing'],
    ['business development', 'B2B sales'],
    ['software development', 'software engineering'],
    ['business intelligence', 'data analysis'],
    ['talent acquisition', 'recruitment'],
    ['bookkeeping', 'accounting'],
    ['tutoring', 'teaching'],
  ])('%s counts for %s', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(true);
  });

  it.each([
    ['marketing', 'customer support'],
    ['customer success', 'customer support'],
    ['accounting', 'software engineering'],
    ['nursing', 'teaching'],
  ])('%s does not count for %s', (asked, have) => {
    expect(fieldMatches(asked, have)).toBe(false);
  });

  it('writes down why each group is related', () => {
    for (const group of RELATED_FIELDS) expect(group.why.length).toBeGreaterThan(20);
    expect(whyRelated('bookkeeping', 'accounting')).toContain('accounting');
    expect(whyRelated('marketing', 'customer support')).toBeNull();
  });
});
