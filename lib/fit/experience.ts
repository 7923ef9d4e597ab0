import { canonicalSkill } from '../extract/kinds/skill-data/aliases';
import type { FitItem, FitRequirement, Profile } from '../schema';
import { fieldMatches } from './fields';
import { findName } from './skills';
import { formatNumber, list, years } from './words';

type ExperienceReq = Extract<FitRequirement, { kind: 'experience' }>;

/** Being one year short of a stated minimum is "partly met": postings' minimums are soft. */
const SHORT_BY_AT_MOST = 1;

/** The user's total years: stated, or else the sum of their roles. */
export function totalYearsOf(profile: Profile): number | null {
  if (profile.totalYears !== undefined) return profile.totalYears;
  if (!profile.experience?.length) return null;
  return profile.experience.reduce((sum, e) => sum + e.years, 0);
}

function askedText(req: ExperienceReq): string {
  const field = req.field ? ` in ${req.field}` : '';
  if (req.minYears === null) return `asks experience${field}`;
  const span =
    req.maxYears !== null && req.maxYears > req.minYears
      ? `${formatNumber(req.minYears)}-${formatNumber(req.maxYears)} years`
      : `${formatNumber(req.minYears)}+ years`;
  return `asks ${span}${req.field ? field : ' of experience'}`;
}

/** Compare a number of years with the requirement's span. */
function byYears(req: ExperienceReq, have: number, asked: string, haveText: string): FitItem {
  const min = req.minYears ?? 0;
  if (have < min) {
    const short = min - have;
    return short <= SHORT_BY_AT_MOST
      ? { status: 'partial', reason: `${asked}; you have ${haveText}, ${years(short)} short` }
      : { status: 'unmet', reason: `${asked}; you have ${haveText}` };
  }
  if (req.maxYears !== null && have > req.maxYears) {
    return { status: 'partial', reason: `${asked}; you have ${haveText}, more than the range` };
  }
  if (req.minYears === null && have === 0) {
    return { status: 'unmet', reason: `${asked}; you have none` };
  }
  return { status: 'met', reason: `${asked}; you have ${haveText}` };
}

/**
 * "Experience with Zendesk and SQL" names tools, not a field: the names, and whether any one of
 * them is enough ("Tableau or Looker"). Null when some part is not a known skill.
 */
function toolsIn(field: string): { names: string[]; any: boolean } | null {
  const names = field
    .split(/,|;|\/|&|\band\b|\bor\b/i)
    .map((p) => p.trim().replace(/^(?:(?:hands-on|working|work)\s)?(?:with|using|in|on)\s/i, ''))
    .filter(Boolean);
  if (names.length === 0 || !names.every((n) => canonicalSkill(n) !== null)) return null;
  return { names, any: /\bor\b/i.test(field) && !/\band\b/i.test(field) };
}

/** Tools asked as experience, against the skills the user lists (when no role matches). */
function byTools(req: ExperienceReq, asked: string, profile: Profile): FitItem | null {
  const tools = req.field ? toolsIn(req.field) : null;
  const skills = profile.skills ?? [];
  if (!tools || skills.length === 0) return null;
  const listed = tools.names.filter((n) => findName(skills, n));
  if (listed.length === 0) return { status: 'unmet', reason: `${asked}; not among your skills` };
  const enough = tools.any || listed.length === tools.names.length;
  const yours = `you list ${list(listed)}`;
  // A skill list says nothing of how long: a stated number of years stays partly met.
  if (enough && req.minYears === null) return { status: 'met', reason: `${asked}; ${yours}` };
  const howLong = req.minYears === null ? '' : ', for how long is not in your profile';
  return { status: 'partial', reason: `${asked}; ${yours}${howLong}` };
}

export function checkExperience(req: ExperienceReq, profile: Profile): FitItem {
  const asked = askedText(req);
  const total = totalYearsOf(profile);
  const roles = profile.experience ?? [];
  if (total === null)
    return { status: 'unknown', reason: `${asked}; your profile has no experience` };

  if (req.field === null) return byYears(req, total, asked, `${years(total)} in total`);

  const field = req.field;
  const matching = roles.filter((r) => fieldMatches(field, r.field));
  if (matching.length > 0) {
    // Roles can overlap in time; they can never add up to more than the stated total.
    const sum = Math.min(
      matching.reduce((s, r) => s + r.years, 0),
      total,
    );
    const names = list(matching.map((r) => r.field));
    return byYears(req, sum, asked, `${formatNumber(sum)} in ${names}`);
  }

  // No role clearly in the field: total years can rule it out, never fully satisfy it.
  const min = req.minYears ?? 0;
  if (total < min || total === 0) {
    return { status: 'unmet', reason: `${asked}; you have ${years(total)} in total` };
  }
  const tools = byTools(req, asked, profile);
  if (tools) return tools;
  const why = roles.length
    ? `none of your fields (${list(roles.map((r) => r.field))}) clearly matches`
    : 'your profile does not say in which field';
  return { status: 'partial', reason: `${asked}; ${why}, you have ${years(total)} in total` };
}
