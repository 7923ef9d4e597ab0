import { describe, expect, it } from 'vitest';
import type { EducationLevel, Profile } from '../schema';
import { checkEducation } from './education';
import { req, said, worded } from './testing';

function edu(level: EducationLevel, equivalentAccepted = false, field: string | null = null) {
  return req('education', { level, field, equivalentAccepted });
}

const holds = (level: EducationLevel, extra: Profile = {}): Profile => ({
  education: { level, field: 'marketing' },
  ...extra,
});

describe('checkEducation', () => {
  it('meets a lower level with a higher degree, naming both', () => {
    expect(worded(checkEducation(edu('bachelor'), holds('master')))).toEqual({
      status: 'met',
      reason: "It asks for a bachelor's, and you have a master's in marketing.",
    });
  });

  it('is unmet below the level when no equivalence is accepted', () => {
    expect(worded(checkEducation(edu('master'), holds('bachelor')))).toEqual({
      status: 'unmet',
      reason: "It asks for a master's; you have a bachelor's in marketing.",
    });
  });

  it('honours "or equivalent experience" when the years are enough', () => {
    const item = checkEducation(edu('bachelor', true), holds('high_school', { totalYears: 9 }));
    expect(item.status).toBe('met');
    expect(said(item)).toBe(
      "It asks for a bachelor's or equivalent experience; you have a high-school diploma in marketing and 9 years of experience, which counts as equivalent.",
    );
  });

  it('is partial when the years are some way towards equivalence', () => {
    const item = checkEducation(edu('bachelor', true), holds('associate', { totalYears: 3 }));
    expect(item.status).toBe('partial');
    expect(said(item)).toContain('4 years would count as equivalent');
  });

  it('is unmet when the years are too few to stand in', () => {
    const item = checkEducation(edu('bachelor', true), holds('high_school', { totalYears: 1 }));
    expect(item.status).toBe('unmet');
  });

  it('is unknown when equivalence depends on years the profile does not give', () => {
    expect(checkEducation(edu('bachelor', true), holds('high_school')).status).toBe('unknown');
  });

  it('is partial for the right level in another field', () => {
    const item = checkEducation(edu('bachelor', false, 'computer science'), holds('bachelor'));
    expect(worded(item)).toEqual({
      status: 'partial',
      reason:
        "It asks for a bachelor's in computer science; you have a bachelor's in marketing, in another field.",
    });
    expect(
      checkEducation(edu('bachelor', false, 'Marketing or Communications'), holds('master')).status,
    ).toBe('met');
  });

  it('is unknown without education in the profile', () => {
    expect(worded(checkEducation(edu('bachelor'), { totalYears: 10 }))).toEqual({
      status: 'unknown',
      reason: "It asks for a bachelor's; your profile has no education.",
    });
  });
});
