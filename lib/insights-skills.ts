import { nameKeys } from './fit/skills';
import type { FitRequirement, Profile } from './schema';

/**
 * The skills the user's saved postings ask for most that the profile does not list: what to learn
 * or, when the user has it, to add to the profile. Names are matched the way fit matches them
 * (lib/fit `nameKeys`: the engine's aliases, "JS" and "JavaScript" are one skill).
 */

export interface SkillGap {
  /** As the first posting asking for it wrote it. */
  name: string;
  /** Postings asking for it (each counted once). */
  postings: number;
  /** Of those, the ones where it is required. */
  required: number;
}

type Skill = Extract<FitRequirement, { kind: 'skill' }>;

/** The key a skill is counted under: its canonical form, so spellings of one skill add up. */
function keyOf(name: string): string {
  return [...nameKeys(name)][0] ?? name.toLowerCase();
}

export function skillGaps(
  postings: readonly { requirements: readonly FitRequirement[] }[],
  profile: Pick<Profile, 'skills'>,
  limit = 10,
): SkillGap[] {
  const known = new Set((profile.skills ?? []).flatMap((s) => [...nameKeys(s)]));
  const has = (name: string) => [...nameKeys(name)].some((k) => known.has(k));
  const gaps = new Map<string, SkillGap>();
  for (const { requirements } of postings) {
    const skills = requirements.filter(
      (r): r is Skill => r.kind === 'skill' && r.inDuties !== true,
    );
    // Alternatives ("Salesforce or HubSpot") are covered when the profile lists any of them.
    const coveredGroups = new Set(
      skills.flatMap((s) => (s.anyOf !== undefined && has(s.name) ? [s.anyOf] : [])),
    );
    const here = new Map<string, { name: string; required: boolean }>();
    for (const s of skills) {
      if (has(s.name) || (s.anyOf !== undefined && coveredGroups.has(s.anyOf))) continue;
      const key = keyOf(s.name);
      const seen = here.get(key);
      here.set(key, {
        name: seen?.name ?? s.name,
        required: (seen?.required ?? false) || s.required,
      });
    }
    for (const [key, { name, required }] of here) {
      const gap = gaps.get(key) ?? { name, postings: 0, required: 0 };
      gap.postings += 1;
      if (required) gap.required += 1;
      gaps.set(key, gap);
    }
  }
  return [...gaps.values()]
    .sort(
      (a, b) => b.postings - a.postings || b.required - a.required || a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
