import { extractEducation } from '../extract/kinds/education';
import { extractLanguages } from '../extract/kinds/language';
import { canonicalSkill } from '../extract/kinds/skill-data/aliases';
import { matchSkills } from '../extract/kinds/skills';
import type { Sentence } from '../extract/types';
import { countryOf } from '../fit/country';
import { refines } from '../fit/skills';
import { EducationLevel, Profile, ProfileLanguageLevel } from '../schema';
import { coveredMonths, type DateRange, dateRanges, monthsToYears } from './dates';
import { degreeAt } from './degrees';
import { fieldOfTitle, namesOwnFieldRole } from './roles';
import { type ResumeLine, resumeLines } from './sections';
import type { PrefillStep } from './steps';

/**
 * Prefill a profile from a résumé's text with the engine's own extractors (languages, education,
 * skills) plus what only résumés have: date ranges per role. The user reviews it before saving.
 */

export interface Prefill {
  profile: Profile;
  /** What was found, step by step, for the review screen to write out. */
  found: PrefillStep[];
}

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, heading: null, section: null };
}

const BULLET = /^[•·▪●◦‣*–—-]\s{0,3}/;

/** Words that make a line read as a job title rather than a company or a place. */
const TITLE_WORD =
  /\b(?:manager|specialist|analyst|engineer|developer|assistant|consultant|coordinator|director|lead|head|officer|representative|agent|associate|executive|designer|intern|advisor|administrator|architect|scientist|technician|supervisor|accountant|nurse|teacher|writer|editor|owner|founder|chargée?|responsable|chef|ingénieure?|conseill[eè]re?|stagiaire|leiter(?:in)?|referent(?:in)?|entwickler(?:in)?|berater(?:in)?|mitarbeiter(?:in)?|analista|gerente|técnico|asesor|jef[ea]|responsabile|impiegat[oa])\b/i;

const readsAsTitle = (text: string) => TITLE_WORD.test(text) || namesOwnFieldRole(text);

/** "Title at Company", "Title — Company, City", "Title | Company": the title is the first part. */
const TITLE_END = /\s(?:at|@|chez|bei|en|presso)\s|\s[|–—-]\s|,\s|\s\(|\s{2,}|\t/i;

function cleanTitle(text: string): string | null {
  const bare = text.replace(BULLET, '').replace(/^[\s|,·:()–—-]{0,6}|[\s|,·:()–—-]{0,6}$/g, '');
  const title = bare.split(TITLE_END)[0]?.trim() ?? '';
  return /\p{L}{2}/u.test(title) && title.length <= 80 ? title : null;
}

/** The role a date range belongs to: the rest of its line, or a title line just above it. */
function roleTitle(
  lines: readonly ResumeLine[],
  at: number,
  range: DateRange,
  now: Date,
): string | null {
  const line = lines[at]?.text ?? '';
  const here = cleanTitle(line.slice(0, range.index) || line.slice(range.index + range.length));
  if (here && readsAsTitle(here)) return here;
  const above = [lines[at - 1], lines[at - 2]]
    .filter((l): l is ResumeLine => !!l && l.section === lines[at]?.section && !BULLET.test(l.text))
    .map((l) => l.text)
    .filter((t) => dateRanges(t, now).length === 0);
  const titled = above.find(readsAsTitle);
  return cleanTitle(titled ?? here ?? above[0] ?? '');
}

const MAX_RANGES_PER_LINE = 2;

interface Role {
  /** The field of work the titles stand for ("Support"); null for roles whose title was not found. */
  field: string | null;
  /** The titles as the résumé wrote them, for the review ("Senior Support Specialist"). */
  titles: string[];
  ranges: DateRange[];
}

function readRoles(lines: readonly ResumeLine[], now: Date): Role[] {
  const hasExperienceSection = lines.some((l) => l.section === 'experience');
  const byField = new Map<string, Role>();
  lines.forEach((line, i) => {
    const inScope = hasExperienceSection
      ? line.section === 'experience'
      : line.section !== 'education';
    if (!inScope) return;
    // A role line holds one range (two at most, "2016 – 2018, 2020 – 2021"); more is not a role.
    for (const range of dateRanges(line.text, now).slice(0, MAX_RANGES_PER_LINE)) {
      // A role without a title keeps its dates (they count in the total) but names no field.
      const title = roleTitle(lines, i, range, now);
      const field = title === null ? null : fieldOfTitle(title);
      const key = field?.toLowerCase() ?? '';
      const role = byField.get(key) ?? { field, titles: [], ranges: [] };
      if (title !== null && !role.titles.includes(title)) role.titles.push(title);
      role.ranges.push(range);
      byField.set(key, role);
    }
  });
  return [...byField.values()];
}

/** The level given to a language the résumé lists without one; the review says to check it. */
const UNSTATED_LEVEL: ProfileLanguageLevel = 'professional';

function readLanguages(lines: readonly ResumeLine[]) {
  const best = new Map<string, ProfileLanguageLevel | null>();
  for (const line of lines) {
    if (line.section !== 'languages') continue;
    for (const f of extractLanguages(sentence(line.text))) {
      if (f.kind !== 'language') continue;
      const level = ProfileLanguageLevel.safeParse(f.cefr ?? f.level);
      const known = best.get(f.language);
      if (level.success && !known) best.set(f.language, level.data);
      else if (known === undefined) best.set(f.language, null);
    }
  }
  return [...best].map(([language, level]) => ({ language, level }));
}

/** "Science in Psychology" → "Psychology": the degree's own words are not its field. */
function cleanDegreeField(field: string | null): string | undefined {
  const f = field?.replace(
    /^(?:science|arts|business administration|engineering)\s(?:in|of)\s/i,
    '',
  );
  return f?.trim() || undefined;
}

function readEducation(lines: readonly ResumeLine[]): Profile['education'] {
  const order = EducationLevel.options;
  let best: Profile['education'];
  for (const line of lines) {
    if (line.section !== 'education') continue;
    // A degree at the head of the line ("Licence Économie", "HBO Bedrijfskunde") names its subject
    // right after it, up to the school; the engine's reading of the line gives the level otherwise.
    const written = degreeAt(line.text);
    const levels = extractEducation(sentence(line.text)).flatMap((f) =>
      f.kind === 'education' ? [{ level: f.level, field: f.field }] : [],
    );
    if (levels.length === 0 && written) levels.push({ level: written.level, field: null });
    for (const f of levels) {
      if (!best || order.indexOf(f.level) > order.indexOf(best.level)) {
        const field = cleanDegreeField(written?.field ?? null) ?? cleanDegreeField(f.field);
        best = field ? { level: f.level, field } : { level: f.level };
      }
    }
  }
  return best;
}

/** Items of a skills line the dictionary does not know ("Looker Studio", "SEA"), kept if short. */
function listedItems(text: string): string[] {
  return text
    .split(/[,;•·|]/)
    .map((s) => s.replace(BULLET, '').trim())
    .filter((s) => s.length >= 2 && s.length <= 30 && s.split(/\s/).length <= 3);
}

function readSkills(lines: readonly ResumeLine[]): { skills: string[]; certifications: string[] } {
  const skills = new Map<string, string>();
  const certifications = new Map<string, string>();
  // One entry per thing: "Salesforce Service Cloud" and "Service Cloud" share a canonical name.
  const add = (into: Map<string, string>, name: string) => {
    const key = (canonicalSkill(name) ?? name).toLowerCase();
    if (!into.has(key)) into.set(key, name);
  };
  for (const line of lines) {
    if (line.section === 'education' || line.section === 'languages') continue;
    for (const m of matchSkills(line.text))
      add(m.kind === 'skill' ? skills : certifications, m.name);
    if (line.section === 'skills') for (const item of listedItems(line.text)) add(skills, item);
    if (line.section === 'certifications') {
      const name = cleanTitle(line.text.replace(/\(?(?:19|20)\d{2}\)?/g, ''));
      if (name) add(certifications, name);
    }
  }
  // "ITIL" beside "ITIL 4 Foundation" says less than the specific one, which meets it in fit.
  const held = [...certifications.values()];
  return {
    skills: [...skills.values()],
    certifications: held.filter((c) => !held.some((other) => refines(other, c))),
  };
}

/** A "City, Country" line in the header, before the first section. */
function readLocation(lines: readonly ResumeLine[]): string | null {
  for (const line of lines.slice(0, 8)) {
    if (line.section !== null) break;
    for (const part of line.text.split(/[|·•]|\s[–—]\s|\s{2,}/)) {
      const place = part.trim();
      if (place.length <= 40 && !/[@\d]/.test(place) && place.includes(',') && countryOf(place)) {
        return place;
      }
    }
  }
  return null;
}

export function profileFromResumeText(text: string, now: Date = new Date()): Prefill {
  const lines = resumeLines(text);
  const profile: Profile = {};
  const found: PrefillStep[] = [];

  const roles = readRoles(lines, now);
  if (roles.length > 0) {
    const total = monthsToYears(coveredMonths(roles.flatMap((r) => r.ranges)));
    profile.totalYears = total;
    const fields = roles
      .map((r) => ({
        field: r.field,
        years: Math.max(0.5, monthsToYears(coveredMonths(r.ranges))),
        titles: r.titles,
      }))
      .sort((a, b) => b.years - a.years);
    // Only named fields go in the profile; the review asks for the field of an untitled role.
    const named = fields.flatMap(({ field, years }) => (field === null ? [] : [{ field, years }]));
    if (named.length > 0) profile.experience = named;
    const roleCount = roles.reduce((n, r) => n + Math.max(r.titles.length, r.field ? 0 : 1), 0);
    found.push({ code: 'total', years: total, roles: roleCount });
    for (const e of fields) found.push({ code: 'field', ...e });
  }

  const languages = readLanguages(lines);
  if (languages.length > 0) {
    profile.languages = languages.map((l) => ({ ...l, level: l.level ?? UNSTATED_LEVEL }));
    found.push({ code: 'languages', languages, assumed: UNSTATED_LEVEL });
  }

  const education = readEducation(lines);
  if (education) {
    profile.education = education;
    found.push({ code: 'education', level: education.level, field: education.field ?? null });
  }

  const { skills, certifications } = readSkills(lines);
  if (skills.length > 0) {
    profile.skills = skills;
    found.push({ code: 'skills', count: skills.length });
  }
  if (certifications.length > 0) {
    profile.certifications = certifications;
    found.push({ code: 'certifications', names: certifications });
  }

  const location = readLocation(lines);
  if (location) {
    profile.locations = [location];
    found.push({ code: 'location', place: location });
  }
  // The prefill goes through the same schema as a saved profile.
  return { profile: Profile.parse(profile), found };
}
