import { canonicalSkill } from '../extract/kinds/skill-data/aliases';
import type {
  FitItem,
  FitReason,
  FitRequirement,
  NamedKind,
  Profile,
  SkillFamilyId,
} from '../schema';
import { folded } from './fold';
import { SKILL_FAMILIES } from './skill-families';

type NamedReq = Extract<
  FitRequirement,
  { kind: 'skill' | 'certification' | 'license' | 'clearance' }
>;

function plain(name: string): string {
  return folded(name).replace(/\s+/g, ' ').trim();
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

/**
 * A certification that names a level or version of another: "ITIL 4 Foundation" refines "ITIL",
 * "AWS Certified Solutions Architect – Associate" refines "AWS Certified Solutions Architect".
 * Holding the specific one meets a posting that asks for the family; not the other way round.
 */
export function refines(specific: string, family: string): boolean {
  const a = plain(specific);
  const b = plain(family);
  return (
    b.length >= 3 && a.length > b.length && a.startsWith(b) && /^[\s\-–:(,]/.test(a.slice(b.length))
  );
}

/** The families of a name, each with whether the name is the family's core. */
interface FamilyOf {
  id: SkillFamilyId;
  core: boolean;
  family: number;
}

/** Each way of writing a family's skill (`nameKeys`) and its families: built once, on first use. */
let familyIndex: Map<string, FamilyOf[]> | null = null;

function indexFamilies(): Map<string, FamilyOf[]> {
  const index = new Map<string, FamilyOf[]>();
  const add = (name: string, of: FamilyOf) => {
    for (const key of nameKeys(name)) {
      const known = index.get(key) ?? [];
      // A core named among the members too stays the core.
      if (!known.some((k) => k.family === of.family)) known.push(of);
      index.set(key, known);
    }
  };
  SKILL_FAMILIES.forEach((f, family) => {
    for (const name of f.core) add(name, { id: f.id, core: true, family });
    for (const name of f.members) add(name, { id: f.id, core: false, family });
  });
  return index;
}

function familiesOf(name: string): FamilyOf[] {
  familyIndex ??= indexFamilies();
  const found: FamilyOf[] = [];
  for (const key of nameKeys(name)) {
    for (const of of familyIndex.get(key) ?? []) {
      if (!found.some((f) => f.family === of.family)) found.push(of);
    }
  }
  return found;
}

/**
 * A listed skill of the asked one's family: it meets the ask when the ask is the family's core
 * and the listed skill a member ("SQL", and the user lists PostgreSQL), and partly meets it
 * otherwise ("MySQL", and the user lists PostgreSQL or SQL).
 */
function relatedListed(
  entries: readonly string[],
  name: string,
): { listed: string; id: SkillFamilyId; meets: boolean } | null {
  const asked = familiesOf(name);
  if (asked.length === 0) return null;
  let partly: { listed: string; id: SkillFamilyId; meets: boolean } | null = null;
  for (const entry of entries) {
    for (const mine of familiesOf(entry)) {
      const same = asked.find((a) => a.family === mine.family);
      if (!same) continue;
      if (same.core && !mine.core) return { listed: entry, id: same.id, meets: true };
      const sibling = !same.core && !mine.core;
      if (sibling && SKILL_FAMILIES[same.family]?.siblings === false) continue;
      partly ??= { listed: entry, id: same.id, meets: false };
    }
  }
  return partly;
}

const LISTS: Record<NamedKind, (p: Profile) => string[]> = {
  skill: (p) => p.skills ?? [],
  certification: (p) => p.certifications ?? [],
  // A licence is often listed among certifications ("CPA"), so both are searched.
  license: (p) => [...(p.licenses ?? []), ...(p.certifications ?? [])],
  clearance: (p) => p.clearances ?? [],
};

export function checkNamed(req: NamedReq, profile: Profile): FitItem {
  const { name, kind } = req;
  const entries = LISTS[kind](profile);
  if (entries.length === 0) {
    return { status: 'unknown', reason: { code: 'named.noProfile', name, kind } };
  }
  const found =
    findName(entries, name) ??
    (kind === 'skill' ? undefined : entries.find((entry) => refines(entry, name)));
  if (!found) {
    const related = kind === 'skill' ? relatedListed(entries, name) : null;
    if (related?.meets) {
      return { status: 'met', reason: { code: 'named.listed', name, listed: related.listed } };
    }
    if (related) {
      const { listed, id: family } = related;
      return { status: 'partial', reason: { code: 'named.related', name, listed, family } };
    }
    return { status: 'unmet', reason: { code: 'named.missing', name, kind } };
  }
  const listed = plain(found) === plain(name) ? null : found;
  return { status: 'met', reason: { code: 'named.listed', name, listed } };
}

const STATUS_RANK: Record<FitItem['status'], number> = { met: 3, partial: 2, unknown: 1, unmet: 0 };

function groupReason(
  names: string[],
  status: FitItem['status'],
  listed: string[],
  kind: NamedKind,
): FitReason {
  if (status === 'met') return { code: 'named.groupMet', names, listed };
  if (status === 'unknown') return { code: 'named.groupNoProfile', names, kind };
  return { code: 'named.groupMissing', names, kind };
}

export interface GroupedFit {
  /** One item per requirement, same order: a group's members all carry the group's verdict. */
  items: FitItem[];
  /**
   * Whether each requirement counts in the score: a group counts once (its first member), and a
   * tool only mentioned in the duties (`inDuties`) does not count at all.
   */
  counted: boolean[];
}

/**
 * Alternatives and duties, on top of each item's own check: a group of alternatives (`anyOf`) is
 * one requirement, met when any member is met; a tool named only in the duties is shown with its
 * status but not scored.
 */
export function groupNamed(requirements: readonly FitRequirement[], items: FitItem[]): GroupedFit {
  const out = [...items];
  const counted = requirements.map(() => true);
  const groups = new Map<string, number[]>();
  for (const [i, r] of requirements.entries()) {
    if (r.kind !== 'skill' && r.kind !== 'certification' && r.kind !== 'license') continue;
    if (r.inDuties) {
      counted[i] = false;
      const own = items[i];
      out[i] = {
        status: own?.status ?? 'unknown',
        reason: { code: 'named.duty', name: r.name, listed: own?.status === 'met' },
      };
      continue;
    }
    if (r.anyOf === undefined) continue;
    const members = groups.get(r.anyOf) ?? [];
    members.push(i);
    groups.set(r.anyOf, members);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const names = members.map((i) => (requirements[i] as NamedReq).name);
    let best: FitItem['status'] = 'unmet';
    for (const i of members) {
      const s = items[i]?.status ?? 'unknown';
      if (STATUS_RANK[s] > STATUS_RANK[best]) best = s;
    }
    const met = members
      .filter((i) => items[i]?.status === 'met')
      .map((i) => names[members.indexOf(i)] as string);
    const first = requirements[members[0] as number] as NamedReq;
    // Partly met: the member that is, with its own reason (a related tool the user lists).
    const partlyMet = members.find((i) => items[i]?.status === 'partial');
    const reason =
      best === 'partial' && partlyMet !== undefined
        ? (items[partlyMet] as FitItem).reason
        : groupReason(names, best, met, first.kind);
    const dealbreaker = members.some((i) => items[i]?.dealbreaker);
    for (const [k, i] of members.entries()) {
      out[i] = { status: best, reason, ...(dealbreaker ? { dealbreaker } : {}) };
      if (k > 0) counted[i] = false;
    }
  }
  return { items: out, counted };
}
