import { canonicalSkill } from '../extract/kinds/skill-data/aliases';
import type {
  ExperienceAsked,
  FitItem,
  FitReason,
  FitRequirement,
  Profile,
  YearsHeld,
} from '../schema';
import { fieldMatches } from './fields';
import { findName } from './skills';

type ExperienceReq = Extract<FitRequirement, { kind: 'experience' }>;

/** Being one year short of a stated minimum is "partly met": postings' minimums are soft. */
const SHORT_BY_AT_MOST = 1;

/** The user's total years: stated, or else the sum of their roles. */
export function totalYearsOf(profile: Profile): number | null {
  if (profile.totalYears !== undefined) return profile.totalYears;
  if (!profile.experience?.length) return null;
  return profile.experience.reduce((sum, e) => sum + e.years, 0);
}

function askedOf(req: ExperienceReq): ExperienceAsked {
  return { minYears: req.minYears, maxYears: req.maxYears, field: req.field };
}

const item = (status: FitItem['status'], reason: FitReason): FitItem => ({ status, reason });

/** Compare a number of years (`have`, in some fields or in total) with the requirement's span. */
function byYears(req: ExperienceReq, have: YearsHeld): FitItem {
  const asked = askedOf(req);
  const min = req.minYears ?? 0;
  if (have.years < min) {
    const short = min - have.years;
    return short <= SHORT_BY_AT_MOST
      ? item('partial', { code: 'experience.short', asked, have, short })
      : item('unmet', { code: 'experience.fewer', asked, have });
  }
  if (req.maxYears !== null && have.years > req.maxYears) {
    return item('partial', { code: 'experience.more', asked, have });
  }
  if (req.minYears === null && have.years === 0) {
    return item('unmet', { code: 'experience.none', asked });
  }
  return item('met', { code: 'experience.enough', asked, have });
}

/**
 * "Experience with Zendesk and SQL", "coding in Python" names tools, not a field: the names, and
 * whether any one of them is enough ("Tableau or Looker"). Null when some part is not a known skill.
 */
function toolsIn(field: string): { names: string[]; any: boolean } | null {
  const names = field
    .split(/,|;|\/|&|\band\b|\bor\b/i)
    .map((p) =>
      p.trim().replace(/^(?:(?:hands-on|work|[a-z]{3,15}ing)\s)?(?:with|using|in|on)\s/i, ''),
    )
    .filter(Boolean);
  if (names.length === 0 || !names.every((n) => canonicalSkill(n) !== null)) return null;
  return { names, any: /\bor\b/i.test(field) && !/\band\b/i.test(field) };
}

/** Tools asked as experience, against the skills the user lists (when no role matches). */
function byTools(req: ExperienceReq, profile: Profile): FitItem | null {
  const tools = req.field ? toolsIn(req.field) : null;
  const skills = profile.skills ?? [];
  if (!tools || skills.length === 0) return null;
  const asked = askedOf(req);
  const listed = tools.names.filter((n) => findName(skills, n));
  if (listed.length === 0) return item('unmet', { code: 'experience.toolsNone', asked });
  const enough = tools.any || listed.length === tools.names.length;
  // A skill list says nothing of how long: a stated number of years stays partly met.
  const howLong = req.minYears !== null;
  return item(enough && !howLong ? 'met' : 'partial', {
    code: 'experience.toolsListed',
    asked,
    listed,
    howLong,
  });
}

/**
 * Years of experience against the profile. Only roles in the same or a related field count
 * towards a field (`fields.ts` keeps the related fields and why); years in an unrelated field are
 * unmet, and total years alone never make a field "partly met".
 */
export function checkExperience(req: ExperienceReq, profile: Profile): FitItem {
  const asked = askedOf(req);
  const total = totalYearsOf(profile);
  const roles = profile.experience ?? [];
  if (total === null) return item('unknown', { code: 'experience.noProfile', asked });
  if (req.field === null) return byYears(req, { years: total, fields: null });

  const field = req.field;
  const matching = roles.filter((r) => fieldMatches(field, r.field));
  if (matching.length > 0) {
    // Roles can overlap in time; they can never add up to more than the stated total.
    const sum = Math.min(
      matching.reduce((s, r) => s + r.years, 0),
      total,
    );
    return byYears(req, { years: sum, fields: matching.map((r) => r.field) });
  }
  // Fewer years in all than the field asks: unmet, whatever the field.
  const min = req.minYears ?? 0;
  const inTotal = { years: total, fields: null };
  if (total < min || total === 0) {
    return item('unmet', { code: 'experience.fewer', asked, have: inTotal });
  }
  const tools = byTools(req, profile);
  if (tools) return tools;
  if (roles.length > 0) {
    const yours = roles.map((r) => ({ field: r.field, years: r.years }));
    // No number asked: a vague field ("working with partners") may still be what the user did.
    return req.minYears === null
      ? item('unknown', { code: 'experience.maybeField', asked, roles: yours })
      : item('unmet', { code: 'experience.otherField', asked, roles: yours });
  }
  // Only a total: it can rule the field out, never satisfy it.
  return item('unknown', { code: 'experience.noField', asked, total });
}
