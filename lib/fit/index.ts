import type {
  FitFact,
  FitInput,
  FitItem,
  FitReport,
  FitRequirement,
  PostingFacts,
  Profile,
} from '../schema';
import { checkEmployment, checkSchedule, checkTravel, checkWorkplace } from './constraints';
import { checkEducation } from './education';
import { checkExperience } from './experience';
import { checkLanguage } from './language';
import { checkAuthorization, checkLocation, checkVisa } from './location';
import { checkSalary } from './salary';
import { summarize } from './score';
import { checkNamed, groupNamed } from './skills';

/** The fit of one listed requirement; components/text/fit.ts writes its reason as a sentence. */
export function checkRequirement(
  req: FitRequirement,
  profile: Profile,
  posting: PostingFacts,
): FitItem {
  switch (req.kind) {
    case 'experience':
      return checkExperience(req, profile);
    case 'language':
      return checkLanguage(req, profile);
    case 'education':
      return checkEducation(req, profile);
    case 'skill':
    case 'certification':
    case 'license':
    case 'clearance':
      return checkNamed(req, profile);
    case 'travel':
      return checkTravel(req, profile);
    case 'schedule':
      return checkSchedule(req, profile);
    case 'work_authorization':
      return checkAuthorization(req, profile, posting);
  }
}

/** Checks of what the posting says about the job itself, rather than about the candidate. */
export function checkFacts(profile: Profile, extraction: FitInput): FitFact[] {
  const { posting, requirements } = extraction;
  // A listed authorization requirement already answers the visa question.
  const listsAuthorization = requirements.some((r) => r.kind === 'work_authorization');
  const facts = [
    checkWorkplace(profile, posting),
    checkLocation(profile, posting),
    checkSalary(profile, posting.salary),
    listsAuthorization ? null : checkVisa(profile, posting),
    checkEmployment(profile, posting),
  ];
  return facts.filter((f): f is FitFact => f !== null);
}

/**
 * The fit of a profile with a posting: one item per requirement (same order), posting-level facts,
 * and the summary. Pure: the same inputs always give the same report. Takes a full `Extraction` or
 * the compact `FitInput` that posting lists keep: fit never reads the evidence sentences.
 */
export function checkFit(profile: Profile, extraction: FitInput): FitReport {
  const { requirements } = extraction;
  const checked = requirements.map((r) => checkRequirement(r, profile, extraction.posting));
  // Alternatives count once and duty-only tools not at all; every item is still reported.
  const { items, counted } = groupNamed(requirements, checked);
  const keep = <T>(list: readonly T[]) => list.filter((_, i) => counted[i]);
  const report = summarize(keep(requirements), keep(items), checkFacts(profile, extraction));
  return { ...report, items };
}
