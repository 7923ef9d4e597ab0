import type { EducationLevel, FitItem, FitRequirement, Profile } from '../schema';
import { totalYearsOf } from './experience';
import { fieldMatches } from './fields';
import { years } from './words';

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

const NAME: Record<EducationLevel, string> = {
  high_school: 'a high-school diploma',
  vocational: 'a vocational qualification',
  associate: 'an associate degree',
  bachelor: "a bachelor's",
  master: "a master's",
  doctorate: 'a doctorate',
};

function degree(level: EducationLevel, field: string | null | undefined): string {
  return field ? `${NAME[level]} in ${field}` : NAME[level];
}

export function checkEducation(req: EducationReq, profile: Profile): FitItem {
  const asked = `asks ${degree(req.level, req.field)}${req.equivalentAccepted ? ' or equivalent experience' : ''}`;
  const mine = profile.education;
  if (!mine) return { status: 'unknown', reason: `${asked}; your profile has no education` };
  const have = `you have ${degree(mine.level, mine.field)}`;

  const gap = STUDY_YEARS[req.level] - STUDY_YEARS[mine.level];
  if (gap <= 0) {
    if (req.field && mine.field && !fieldMatches(req.field, mine.field)) {
      return { status: 'partial', reason: `${asked}; ${have}, in another field` };
    }
    return { status: 'met', reason: `${asked}; ${have}` };
  }
  if (!req.equivalentAccepted) return { status: 'unmet', reason: `${asked}; ${have}` };

  const total = totalYearsOf(profile);
  if (total === null) {
    return {
      status: 'unknown',
      reason: `${asked}; ${have}, and your years of experience are not in your profile`,
    };
  }
  const needed = gap * WORK_YEARS_PER_STUDY_YEAR;
  const withYears = `${have} and ${years(total)} of experience`;
  if (total >= needed) {
    return { status: 'met', reason: `${asked}; ${withYears}, which counts as equivalent` };
  }
  if (total >= gap) {
    return {
      status: 'partial',
      reason: `${asked}; ${withYears}, ${years(needed)} would count as equivalent`,
    };
  }
  return { status: 'unmet', reason: `${asked}; ${withYears}, not enough to stand in for it` };
}
