import {
  Dealbreaker,
  type EmploymentType,
  employmentTypesOf,
  type FitFact,
  type FitItem,
  type FitRequirement,
  type PostingFacts,
  type Profile,
} from '../schema';

type TravelReq = Extract<FitRequirement, { kind: 'travel' }>;
type ScheduleReq = Extract<FitRequirement, { kind: 'schedule' }>;

function hasDealbreaker(profile: Profile, d: Dealbreaker): boolean {
  return profile.dealbreakers?.includes(d) ?? false;
}

export function checkTravel(req: TravelReq, profile: Profile): FitItem {
  const { percent } = req;
  if (hasDealbreaker(profile, 'travel')) {
    return { status: 'unmet', reason: { code: 'travel.dealbreaker', percent }, dealbreaker: true };
  }
  const mine = profile.travel;
  if (mine === undefined)
    return { status: 'unknown', reason: { code: 'travel.noProfile', percent } };
  if (mine === true) return { status: 'met', reason: { code: 'travel.open', percent } };
  if (mine === false || mine === 0) {
    return { status: 'unmet', reason: { code: 'travel.refused', percent } };
  }
  if (percent === null) return { status: 'partial', reason: { code: 'travel.unsaid', mine } };
  return percent <= mine
    ? { status: 'met', reason: { code: 'travel.within', percent, mine } }
    : { status: 'unmet', reason: { code: 'travel.beyond', percent, mine } };
}

export function checkSchedule(req: ScheduleReq, profile: Profile): FitItem {
  const { schedule } = req;
  if (hasDealbreaker(profile, schedule)) {
    return {
      status: 'unmet',
      reason: { code: 'schedule.dealbreaker', schedule },
      dealbreaker: true,
    };
  }
  // An absent list means the user has not said; an empty one means "no dealbreakers".
  if (profile.dealbreakers === undefined) {
    return { status: 'unknown', reason: { code: 'schedule.noProfile', schedule } };
  }
  return { status: 'met', reason: { code: 'schedule.fine', schedule } };
}

/** The posting's work model against the models the user accepts. */
export function checkWorkplace(profile: Profile, posting: PostingFacts): FitFact | null {
  const accepted = profile.workplaces ?? [];
  const onsiteOnly = hasDealbreaker(profile, 'onsite_only');
  const topic = 'workplace';
  const workplace = posting.workplace;
  if (workplace === null) {
    if (accepted.length === 0 && !onsiteOnly) return null;
    return { topic, status: 'unknown', reason: { code: 'workplace.unsaid', accepted } };
  }
  if (workplace === 'onsite' && onsiteOnly) {
    return {
      topic,
      status: 'unmet',
      reason: { code: 'workplace.onsiteDealbreaker' },
      dealbreaker: true,
    };
  }
  if (accepted.length === 0) {
    return onsiteOnly
      ? { topic, status: 'met', reason: { code: 'workplace.notOnsiteOnly', workplace } }
      : { topic, status: 'unknown', reason: { code: 'workplace.noProfile', workplace } };
  }
  return accepted.includes(workplace)
    ? { topic, status: 'met', reason: { code: 'workplace.accepted', workplace, accepted } }
    : { topic, status: 'unmet', reason: { code: 'workplace.refused', workplace, accepted } };
}

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
  return {
    topic: 'employment',
    status: 'unmet',
    reason: { code: 'employment.dealbreaker', types: refused },
    dealbreaker: true,
  };
}
