import {
  Dealbreaker,
  type EmploymentType,
  employmentTypesOf,
  type FitFact,
  type FitItem,
  type FitRequirement,
  type PostingFacts,
  type Profile,
  type Schedule,
} from '../schema';
import { formatNumber, list } from './words';

type TravelReq = Extract<FitRequirement, { kind: 'travel' }>;
type ScheduleReq = Extract<FitRequirement, { kind: 'schedule' }>;

const SCHEDULE: Record<Schedule, string> = {
  on_call: 'an on-call rotation',
  night: 'night work',
  weekend: 'weekend work',
  shift: 'shift work',
  irregular_hours: 'irregular hours',
};

function hasDealbreaker(profile: Profile, d: Dealbreaker): boolean {
  return profile.dealbreakers?.includes(d) ?? false;
}

export function checkTravel(req: TravelReq, profile: Profile): FitItem {
  const asked =
    req.percent === null ? 'asks some travel' : `asks travel up to ${formatNumber(req.percent)}%`;
  if (hasDealbreaker(profile, 'travel')) {
    return {
      status: 'unmet',
      reason: `${asked}; travel is one of your dealbreakers`,
      dealbreaker: true,
    };
  }
  const mine = profile.travel;
  if (mine === undefined) {
    return { status: 'unknown', reason: `${asked}; your profile does not say whether you travel` };
  }
  if (mine === true) return { status: 'met', reason: `${asked}; you are open to travel` };
  if (mine === false || mine === 0) {
    return { status: 'unmet', reason: `${asked}; you prefer not to travel` };
  }
  const yours = `you travel up to ${formatNumber(mine)}%`;
  if (req.percent === null) {
    return { status: 'partial', reason: `${asked} (how much is not stated); ${yours}` };
  }
  return req.percent <= mine
    ? { status: 'met', reason: `${asked}; ${yours}` }
    : { status: 'unmet', reason: `${asked}; ${yours}` };
}

export function checkSchedule(req: ScheduleReq, profile: Profile): FitItem {
  const asked = `asks ${SCHEDULE[req.schedule]}`;
  if (hasDealbreaker(profile, req.schedule)) {
    return {
      status: 'unmet',
      reason: `${asked}; that is one of your dealbreakers`,
      dealbreaker: true,
    };
  }
  // An absent list means the user has not said; an empty one means "no dealbreakers".
  if (profile.dealbreakers === undefined) {
    return { status: 'unknown', reason: `${asked}; your profile lists no dealbreakers` };
  }
  return { status: 'met', reason: `${asked}; not among your dealbreakers` };
}

/** The posting's work model against the models the user accepts. */
export function checkWorkplace(profile: Profile, posting: PostingFacts): FitFact | null {
  const accepted = profile.workplaces ?? [];
  const onsiteOnly = hasDealbreaker(profile, 'onsite_only');
  const yours = `you accept ${list(accepted)}`;
  if (posting.workplace === null) {
    if (accepted.length === 0 && !onsiteOnly) return null;
    const tail = accepted.length ? yours : 'onsite-only is one of your dealbreakers';
    return {
      topic: 'workplace',
      status: 'unknown',
      reason: `does not say onsite, hybrid or remote; ${tail}`,
    };
  }
  const is = posting.workplace;
  if (posting.workplace === 'onsite' && onsiteOnly) {
    return {
      topic: 'workplace',
      status: 'unmet',
      reason: `${is}; onsite-only is one of your dealbreakers`,
      dealbreaker: true,
    };
  }
  if (accepted.length === 0) {
    return {
      topic: 'workplace',
      status: onsiteOnly ? 'met' : 'unknown',
      reason: onsiteOnly ? `${is}; not onsite-only` : `${is}; your profile lists no work models`,
    };
  }
  return accepted.includes(posting.workplace)
    ? { topic: 'workplace', status: 'met', reason: `${is}; ${yours}` }
    : { topic: 'workplace', status: 'unmet', reason: `${is}; ${yours}` };
}

const EMPLOYMENT: Record<EmploymentType, string> = {
  full_time: 'full-time',
  part_time: 'part-time',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'an internship',
  apprenticeship: 'an apprenticeship',
  volunteer: 'volunteer work',
  per_diem: 'per diem',
};

/**
 * Only reported when it hits a dealbreaker: otherwise the employment type is just a fact. Every
 * type of the posting's list counts, but part time offered beside full time ("Teilzeit oder
 * Vollzeit") is an option the user can decline, not a dealbreaker.
 */
export function checkEmployment(profile: Profile, posting: PostingFacts): FitFact | null {
  const types = employmentTypesOf(posting);
  const refused = types.filter((t): t is EmploymentType & Dealbreaker => {
    if (t === 'full_time' || (t === 'part_time' && types.includes('full_time'))) return false;
    const d = Dealbreaker.safeParse(t);
    return d.success && hasDealbreaker(profile, d.data);
  });
  if (refused.length === 0) return null;
  const one = refused.length === 1;
  return {
    topic: 'employment',
    status: 'unmet',
    reason: `${list(refused.map((t) => EMPLOYMENT[t]))}; ${one ? 'that is one of' : 'those are among'} your dealbreakers`,
    dealbreaker: true,
  };
}
