import type { FitFact, FitItem, FitReason, FitRequirement, PostingFacts, Profile } from '../schema';
import { countriesOfPlaces } from './cities';
import { cityOf, EU_FREE_MOVEMENT } from './country';

type AuthorizationReq = Extract<FitRequirement, { kind: 'work_authorization' }>;

/** The countries of places, from the country they name or, failing that, their city. */
const countriesOf = countriesOfPlaces;

/** Where the job is against where the user lives or would work, and whether they would move. */
export function checkLocation(profile: Profile, posting: PostingFacts): FitFact | null {
  const mine = profile.locations ?? [];
  const where = posting.locations;
  const remote = posting.workplace === 'remote';
  const topic = 'location';
  if (where.length === 0) {
    if (remote) return { topic, status: 'met', reason: { code: 'location.remoteAnywhere' } };
    return mine.length
      ? { topic, status: 'unknown', reason: { code: 'location.unnamed', mine } }
      : null;
  }
  if (mine.length === 0) {
    return { topic, status: 'unknown', reason: { code: 'location.noProfile', where } };
  }
  const places = { where, remote, mine };
  const fact = (
    status: FitFact['status'],
    code: Extract<FitReason, { where: string[]; remote: boolean }>['code'],
    dealbreaker?: boolean,
  ): FitFact => ({
    topic,
    status,
    reason:
      code === 'location.wouldRelocate'
        ? { code, ...places, support: posting.relocation }
        : { code, ...places },
    ...(dealbreaker ? { dealbreaker } : {}),
  });

  const cities = new Set(mine.map(cityOf));
  if (where.some((p) => cities.has(cityOf(p)))) return fact('met', 'location.yours');
  const theirs = countriesOf(where);
  const sameCountry = [...countriesOf(mine)].some((c) => theirs.has(c));
  if (remote) {
    // A remote job outside the user's country may still require living there.
    return sameCountry || theirs.size === 0
      ? fact('met', 'location.remoteHere')
      : fact('partial', 'location.remoteAbroad');
  }
  if (sameCountry) return fact('partial', 'location.sameCountry');
  if (profile.dealbreakers?.includes('relocation')) {
    return fact('unmet', 'location.relocationDealbreaker', true);
  }
  if (profile.relocate === true) return fact('partial', 'location.wouldRelocate');
  if (profile.relocate === false) return fact('unmet', 'location.wontRelocate');
  return fact('unknown', 'location.relocateUnsaid');
}

/** The user marked "a job I cannot take without sponsorship, from an employer who won't sponsor". */
function sponsorshipDealbreaker(profile: Profile, posting: PostingFacts): boolean {
  return (
    (profile.dealbreakers?.includes('no_sponsorship') ?? false) &&
    posting.visaSponsorship !== 'offered'
  );
}

/** A listed "must be authorised to work in ..." requirement. */
/** Whether the user's authorizations cover `country`: the EU's counts in each member state. */
function authorizes(mine: readonly string[], country: string): boolean {
  if (mine.includes(country)) return true;
  if (country === 'EU') return mine.some((c) => EU_FREE_MOVEMENT.has(c));
  return EU_FREE_MOVEMENT.has(country) && mine.includes('EU');
}

export function checkAuthorization(
  req: AuthorizationReq,
  profile: Profile,
  posting: PostingFacts,
): FitItem {
  const country = req.country ?? [...countriesOf(posting.locations)][0] ?? null;
  const mine = profile.workAuthorization ?? [];
  if (mine.length === 0) {
    return { status: 'unknown', reason: { code: 'authorization.noProfile', country } };
  }
  if (!country) return { status: 'unknown', reason: { code: 'authorization.noCountry', mine } };
  if (authorizes(mine, country)) {
    return { status: 'met', reason: { code: 'authorization.held', country } };
  }
  if (posting.visaSponsorship === 'offered') {
    return { status: 'partial', reason: { code: 'authorization.sponsored', country } };
  }
  const dealbreaker = sponsorshipDealbreaker(profile, posting);
  return {
    status: 'unmet',
    reason: { code: 'authorization.missing', country, mine },
    ...(dealbreaker ? { dealbreaker } : {}),
  };
}

/** Whether the user can work where the job is, when the posting lists no authorization requirement. */
export function checkVisa(profile: Profile, posting: PostingFacts): FitFact | null {
  const countries = [...countriesOf(posting.locations)];
  const mine = profile.workAuthorization ?? [];
  const sponsorship = posting.visaSponsorship;
  const topic = 'visa';
  if (mine.length === 0 || countries.length === 0) {
    if (!sponsorship) return null;
    const code = mine.length === 0 ? 'visa.noProfile' : 'visa.noCountry';
    return { topic, status: 'unknown', reason: { code, sponsorship } };
  }
  if (countries.some((c) => authorizes(mine, c))) {
    return { topic, status: 'met', reason: { code: 'visa.canWork', countries } };
  }
  if (sponsorship === 'offered') {
    return { topic, status: 'partial', reason: { code: 'visa.sponsored', countries } };
  }
  if (sponsorship === 'not_offered') {
    const dealbreaker = sponsorshipDealbreaker(profile, posting);
    return {
      topic,
      status: 'unmet',
      reason: { code: 'visa.notSponsored', countries },
      ...(dealbreaker ? { dealbreaker } : {}),
    };
  }
  return { topic, status: 'unknown', reason: { code: 'visa.sponsorshipUnsaid', countries } };
}
