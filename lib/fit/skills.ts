import { canonicalSkill } from '../extract/kinds/skill-data/aliases';
import type { FitItem, FitRequirement, Profile } from '../schema';

type NamedReq = Extract<
  FitRequirement,
  { kind: 'skill' | 'certification' | 'license' | 'clearance' }
>;

function plain(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The ways one name can be written: its canonical form through the engine's alias table ("JS" and
 * "JavaScript" meet), and for "Project Management Professional (PMP)" both the name and the acronym.
 */
export function nameKeys(name: string): Set<string> {
  const keys = new Set<string>();
  const add = (n: string) => {
    const trimmed = n.trim();
    if (!trimmed) return;
    keys.add(plain(canonicalSkill(trimmed) ?? trimmed));
  };
  add(name);
  const paren = /^([^()]{1,200})\(([^()]{1,40})\)\s{0,3}$/.exec(name);
  if (paren?.[1] && paren[2]) {
    add(paren[1]);
    add(paren[2]);
  }
  return keys;
}

/** The profile entry that names the same thing as `name`, if any. */
export function findName(entries: readonly string[], name: string): string | undefined {
  const wanted = nameKeys(name);
  return entries.find((entry) => [...nameKeys(entry)].some((k) => wanted.has(k)));
}

const WHERE: Record<NamedReq['kind'], { noun: string; lists: (p: Profile) => string[] }> = {
  skill: { noun: 'skills', lists: (p) => p.skills ?? [] },
  certification: { noun: 'certifications', lists: (p) => p.certifications ?? [] },
  // A licence is often listed among certifications ("CPA"), so both are searched.
  license: {
    noun: 'licences or certifications',
    lists: (p) => [...(p.licenses ?? []), ...(p.certifications ?? [])],
  },
  clearance: { noun: 'clearances', lists: (p) => p.clearances ?? [] },
};

export function checkNamed(req: NamedReq, profile: Profile): FitItem {
  const { noun, lists } = WHERE[req.kind];
  const asked = `asks ${req.name}`;
  const entries = lists(profile);
  if (entries.length === 0) {
    return { status: 'unknown', reason: `${asked}; your profile lists no ${noun}` };
  }
  const found = findName(entries, req.name);
  if (!found) return { status: 'unmet', reason: `${asked}; not among your ${noun}` };
  const same = plain(found) === plain(req.name);
  return {
    status: 'met',
    reason: same ? `${asked}; you list it` : `${asked}; you list ${found}`,
  };
}
