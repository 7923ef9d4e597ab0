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

/** "5+ years", "3-5 years", or null when no number of years is asked. */
function spanText(req: ExperienceReq): string | null {
  if (req.minYears === null) return null;
  return req.maxYears !== null && req.maxYears > req.minYears
    ? `${formatNumber(req.minYears)}-${formatNumber(req.maxYears)} years`
    : `${formatNumber(req.minYears)}+ ${req.minYears === 1 ? 'year' : 'years'}`;
}

/** What the posting asks, as the end of a sentence: "5+ years in marketing", "experience in sales". */
function askedText(req: ExperienceReq): string {
  const span = spanText(req);
  const field = req.field ? ` in ${req.field}` : '';
  if (span === null) return `experience${field}`;
  return `${span}${field || ' of experience'}`;
}

/** Compare a number of years with the requirement's span; `haveText` reads "6 years in sales". */
function byYears(req: ExperienceReq, have: number, haveText: string): FitItem {
  const asked = askedText(req);
  const min = req.minYears ?? 0;
  if (have < min) {
    const short = min - have;
    return short <= SHORT_BY_AT_MOST
      ? {
          status: 'partial',
          reason: `You have ${haveText}, ${years(short)} short of the ${asked} it asks for.`,
        }
      : { status: 'unmet', reason: `You have ${haveText}; it asks for ${asked}.` };
  }
  if (req.maxYears !== null && have > req.maxYears) {
    return {
      status: 'partial',
      reason: `You have ${haveText}, more than the ${asked} it asks for.`,
    };
  }
  if (req.minYears === null && have === 0) {
    return { status: 'unmet', reason: `It asks for ${asked}; you have none.` };
  }
  return { status: 'met', reason: `You have ${haveText}; it asks for ${asked}.` };
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
function byTools(req: ExperienceReq, profile: Profile): FitItem | null {
  const tools = req.field ? toolsIn(req.field) : null;
  const skills = profile.skills ?? [];
  if (!tools || skills.length === 0) return null;
  const asked = askedText(req);
  const listed = tools.names.filter((n) => findName(skills, n));
  if (listed.length === 0) {
    return { status: 'unmet', reason: `It asks for ${asked}; none of it is among your skills.` };
  }
  const enough = tools.any || listed.length === tools.names.length;
  const yours = `You list ${list(listed)} among your skills`;
  // A skill list says nothing of how long: a stated number of years stays partly met.
  if (enough && req.minYears === null) {
    return { status: 'met', reason: `${yours}; it asks for ${asked}.` };
  }
  const howLong = req.minYears === null ? '' : ', but not for how long';
  return { status: 'partial', reason: `${yours}${howLong}; it asks for ${asked}.` };
}

/**
 * Years of experience against the profile. Only roles in the same or a related field count
 * towards a field (`fields.ts` keeps the related fields and why); years in an unrelated field are
 * unmet, and total years alone never make a field "partly met".
 */
export function checkExperience(req: ExperienceReq, profile: Profile): FitItem {
  const asked = askedText(req);
  const total = totalYearsOf(profile);
  const roles = profile.experience ?? [];
  if (total === null) {
    return {
      status: 'unknown',
      reason: `It asks for ${asked}; your profile has no experience yet.`,
    };
  }
  if (req.field === null) return byYears(req, total, `${years(total)} of experience in total`);

  const field = req.field;
  const matching = roles.filter((r) => fieldMatches(field, r.field));
  if (matching.length > 0) {
    // Roles can overlap in time; they can never add up to more than the stated total.
    const sum = Math.min(
      matching.reduce((s, r) => s + r.years, 0),
      total,
    );
    return byYears(req, sum, `${years(sum)} in ${list(matching.map((r) => r.field))}`);
  }
  // Fewer years in all than the field asks: unmet, whatever the field.
  const min = req.minYears ?? 0;
  if (total < min || total === 0) {
    return {
      status: 'unmet',
      reason: `You have ${years(total)} of experience in total; it asks for ${asked}.`,
    };
  }
  const tools = byTools(req, profile);
  if (tools) return tools;
  if (roles.length > 0) {
    const yours = list(roles.map((r) => `${r.field} (${years(r.years)})`));
    // No number asked: a vague field ("working with partners") may still be what the user did.
    if (req.minYears === null) {
      return {
        status: 'unknown',
        reason: `It asks for ${asked}; your experience is in ${yours}, and whether that counts is for you to judge.`,
      };
    }
    return {
      status: 'unmet',
      reason: `It asks for ${asked}; your experience is in ${yours}, which is a different field.`,
    };
  }
  // Only a total: it can rule the field out, never satisfy it.
  if (total < min || total === 0) {
    return {
      status: 'unmet',
      reason: `You have ${years(total)} of experience in total; it asks for ${asked}.`,
    };
  }
  return {
    status: 'unknown',
    reason: `It asks for ${asked}; your profile gives ${years(total)} in total but not in which field.`,
  };
}
