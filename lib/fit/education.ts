import type { EducationLevel, FitItem, FitRequirement, Profile } from '../schema';
import { totalYearsOf } from './experience';
import { fieldMatches } from './fields';

type EducationReq = Extract<FitRequirement, { kind: 'education' }>;

/** Typical years of study after secondary school: orders the levels and sizes the gap between them. */
const STUDY_YEARS: Record<EducationLevel, number> = {
  high_school: 0,
  vocational: 1,
  associate: 2,
  bachelor: 4,
  master: 6,
  doctorate: 9,
};

/**
 * "Or equivalent experience": two years of work stand in for one year of study (met); one for one
 * is "partly met". Stricter than the 3:1 rule of US visa evaluations, looser than none.
 */
const WORK_YEARS_PER_STUDY_YEAR = 2;

export function checkEducation(req: EducationReq, profile: Profile): FitItem {
  const asked = { level: req.level, field: req.field, equivalent: req.equivalentAccepted };
  const mine = profile.education;
  if (!mine) return { status: 'unknown', reason: { code: 'education.noProfile', asked } };
  const have = { level: mine.level, field: mine.field ?? null };
  const edu = { asked, have };

  const gap = STUDY_YEARS[req.level] - STUDY_YEARS[mine.level];
  if (gap <= 0) {
    if (req.field && mine.field && !fieldMatches(req.field, mine.field)) {
      return { status: 'partial', reason: { code: 'education.otherField', ...edu } };
    }
    return { status: 'met', reason: { code: 'education.enough', ...edu } };
  }
  if (!req.equivalentAccepted)
    return { status: 'unmet', reason: { code: 'education.below', ...edu } };

  const total = totalYearsOf(profile);
  if (total === null) return { status: 'unknown', reason: { code: 'education.noYears', ...edu } };
  const needed = gap * WORK_YEARS_PER_STUDY_YEAR;
  if (total >= needed) {
    return { status: 'met', reason: { code: 'education.equivalent', ...edu, years: total } };
  }
  if (total >= gap) {
    return {
      status: 'partial',
      reason: { code: 'education.nearlyEquivalent', ...edu, years: total, needed },
    };
  }
  return { status: 'unmet', reason: { code: 'education.notEquivalent', ...edu, years: total } };
}
