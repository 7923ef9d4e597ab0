import type { FitFact, FitItem, FitRequirement, PostingFacts, Profile } from '../schema';
import { countriesOfPlaces } from './cities';
import { cityOf, EU_FREE_MOVEMENT } from './country';
import { countryName, list } from './words';

type AuthorizationReq = Extract<FitRequirement, { kind: 'work_authorization' }>;

/** The countries of places, from the country they name or, failing that, their city. */
const countriesOf = countriesOfPlaces;

function relocationSupport(posting: PostingFacts): string {
  if (posting.relocation === 'offered') return ', and the posting offers relocation support';
  if (posting.relocation === 'not_offered') return ', but the posting offers no relocation support';
  return '';
}

/** Where the job is against where the user lives or would work, and whether they would move. */
export function checkLocation(profile: Profile, posting: PostingFacts): FitFact | null {
  const mine = profile.locations ?? [];
  const where = list(posting.locations);
  const remote = posting.workplace === 'remote';
  if (posting.locations.length === 0) {
    if (remote)
      return { topic: 'location', status: 'met', reason: 'fully remote, no location named' };
    return mine.length
      ? {
          topic: 'location',
          status: 'unknown',
          reason: `names no location; you are in ${list(mine)}`,
        }
      : null;
  }
  if (mine.length === 0) {
    return {
      topic: 'location',
      status: 'unknown',
      reason: `in ${where}; your profile lists no locations`,
    };
  }
  const fact = (status: FitFact['status'], tail: string, dealbreaker?: boolean): FitFact => ({
    topic: 'location',
    status,
    reason: `${remote ? 'remote, ' : ''}in ${where}; ${tail}`,
    ...(dealbreaker ? { dealbreaker } : {}),
  });

  const cities = new Set(mine.map(cityOf));
  if (posting.locations.some((p) => cities.has(cityOf(p)))) {
    return fact('met', 'one of your locations');
  }
  const theirs = countriesOf(posting.locations);
  const sameCountry = [...countriesOf(mine)].some((c) => theirs.has(c));
  const youAre = `you are in ${list(mine)}`;
  if (remote) {
    // A remote job outside the user's country may still require living there.
    return sameCountry || theirs.size === 0
      ? fact('met', `${youAre}, and the job is remote`)
      : fact('partial', `${youAre}; remote jobs often require living in the country`);
  }
  if (sameCountry) return fact('partial', `${youAre}, in the same country`);
  if (profile.dealbreakers?.includes('relocation')) {
    return fact('unmet', `${youAre}, and relocation is one of your dealbreakers`, true);
  }
  if (profile.relocate === true) {
    return fact('partial', `${youAre} and open to relocating${relocationSupport(posting)}`);
  }
  if (profile.relocate === false) {
    return fact('unmet', `${youAre} and not open to relocating`);
  }
  return fact('unknown', `${youAre}; your profile does not say whether you would relocate`);
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
  const asked = country
    ? `asks authorization to work in ${countryName(country)}`
    : 'asks work authorization (country not named)';
  const mine = profile.workAuthorization ?? [];
  if (mine.length === 0) {
    return { status: 'unknown', reason: `${asked}; your profile lists no work authorization` };
  }
  if (!country) {
    return {
      status: 'unknown',
      reason: `${asked}; you can work in ${list(mine.map(countryName))}`,
    };
  }
  if (authorizes(mine, country)) return { status: 'met', reason: `${asked}; you have it` };
  if (posting.visaSponsorship === 'offered') {
    return {
      status: 'partial',
      reason: `${asked}; you would need the sponsorship the posting offers`,
    };
  }
  const dealbreaker = sponsorshipDealbreaker(profile, posting);
  return {
    status: 'unmet',
    reason: `${asked}; you can work in ${list(mine.map(countryName))}`,
    ...(dealbreaker ? { dealbreaker } : {}),
  };
}

/** Whether the user can work where the job is, when the posting lists no authorization requirement. */
export function checkVisa(profile: Profile, posting: PostingFacts): FitFact | null {
  const theirs = [...countriesOf(posting.locations)];
  const mine = profile.workAuthorization ?? [];
  const says =
    posting.visaSponsorship === 'offered'
      ? 'the posting offers visa sponsorship'
      : posting.visaSponsorship === 'not_offered'
        ? 'the posting offers no visa sponsorship'
        : null;
  if (mine.length === 0 || theirs.length === 0) {
    if (!says) return null;
    const why =
      mine.length === 0 ? 'your profile lists no work authorization' : 'it names no country';
    return { topic: 'visa', status: 'unknown', reason: `${says}; ${why}` };
  }
  const where = `in ${list(theirs.map(countryName))}`;
  if (theirs.some((c) => authorizes(mine, c))) {
    return { topic: 'visa', status: 'met', reason: `${where}, where you can work` };
  }
  const need = `${where}, where you would need a visa`;
  if (posting.visaSponsorship === 'offered') {
    return { topic: 'visa', status: 'partial', reason: `${need}; the posting offers sponsorship` };
  }
  if (posting.visaSponsorship === 'not_offered') {
    const dealbreaker = sponsorshipDealbreaker(profile, posting);
    return {
      topic: 'visa',
      status: 'unmet',
      reason: `${need}; the posting offers no sponsorship`,
      ...(dealbreaker ? { dealbreaker } : {}),
    };
  }
  return {
    topic: 'visa',
    status: 'unknown',
    reason: `${need}; the posting does not say whether it sponsors`,
  };
}
