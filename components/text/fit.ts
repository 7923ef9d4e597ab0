import { CEFR_WORD } from '@/lib/fit/language';
import { toYearly } from '@/lib/fit/salary';
import type {
  Degree,
  EducationLevel,
  EmploymentType,
  ExperienceAsked,
  FitReason,
  FitTally,
  FitTopic,
  FitWhy,
  Floor,
  LanguageAsked,
  NamedKind,
  Pay,
  SalaryPeriod,
  Schedule,
  SkillFamilyId,
  Workplace,
  YearsHeld,
} from '@/lib/schema';
import { isCefr } from '@/lib/schema/values';
import { languageName, list, num, orList, years } from './words';

/**
 * The fit's words: each reason fit gives (a code and its values, lib/schema/fit-reason.ts) written
 * as one complete, plain sentence, one template per case, and the line under the score. Every
 * screen and the CLI write reasons through `fitReason`, so the wording has one place.
 */

// Built on first use, not as the module loads: a page that shows no fit does not pay for it.
let regionNames: Intl.DisplayNames | undefined;

export { languageName, list, num, orList, years } from './words';

/** Countries whose English name takes "the". */
const WITH_THE = new Set(['US', 'GB', 'NL', 'AE', 'PH', 'CZ', 'BS', 'GM', 'EU']);

/** "Ireland" for "IE", "the United States" for "US": always read after "in". */
export function countryName(code: string): string {
  let name = code;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    name = regionNames.of(code) ?? code;
  } catch {
    // A code Intl does not know is still worth showing as is.
  }
  return WITH_THE.has(code) ? `the ${name}` : name;
}

/** A posting's own words, without the punctuation a list left at their end ("Tableau,"). */
const own = (text: string): string => text.replace(/[\s,;:]+$/u, '').replace(/\s+/g, ' ');

// --- the parts sentences are made of ---

function span(a: ExperienceAsked): string | null {
  if (a.minYears === null) return null;
  return a.maxYears !== null && a.maxYears > a.minYears
    ? `${num(a.minYears)}-${num(a.maxYears)} years`
    : `${num(a.minYears)}+ ${a.minYears === 1 ? 'year' : 'years'}`;
}

/** "5+ years in marketing", "3+ years of experience", "experience in sales". */
function asked(a: ExperienceAsked): string {
  const s = span(a);
  const field = a.field ? ` in ${own(a.field)}` : '';
  if (s === null) return `experience${field}`;
  return `${s}${field || ' of experience'}`;
}

/** What is asked, short when the user's years are in the very field it names ("5+ years"). */
function askedBeside(a: ExperienceAsked, have: YearsHeld): string {
  const same =
    a.field !== null &&
    have.fields?.length === 1 &&
    own(have.fields[0] ?? '').toLowerCase() === own(a.field).toLowerCase();
  return same && a.minYears !== null ? (span(a) as string) : asked(a);
}

/** "3 years in marketing", "8 years of experience in total". */
function held(h: YearsHeld): string {
  return h.fields === null
    ? `${years(h.years)} of experience in total`
    : `${years(h.years)} in ${list(h.fields.map(own))}`;
}

const roles = (rs: readonly { field: string; years: number }[]) =>
  list(rs.map((r) => `${own(r.field)} (${years(r.years)})`));

function languageAsked(a: LanguageAsked): string {
  const name = languageName(a.language);
  return a.level ? `${a.level} ${name}` : `${name} (level not stated)`;
}

/** "A2 (basic)" for a CEFR level, the word itself otherwise. */
function languageHeld(level: string): string {
  return isCefr(level) ? `${level} (${CEFR_WORD[level]})` : `a ${level} level`;
}

const DEGREE: Record<EducationLevel, string> = {
  high_school: 'a high-school diploma',
  vocational: 'a vocational qualification',
  associate: 'an associate degree',
  bachelor: "a bachelor's",
  master: "a master's",
  doctorate: 'a doctorate',
};

const degree = (d: Degree) => (d.field ? `${DEGREE[d.level]} in ${own(d.field)}` : DEGREE[d.level]);
const degreeAsked = (d: Degree & { equivalent: boolean }) =>
  `${degree(d)}${d.equivalent ? ' or equivalent experience' : ''}`;

/** What the tools of a family are, in the plural ("MySQL; you list PostgreSQL: both SQL databases"). */
const SKILL_FAMILY_NAMES: Record<SkillFamilyId, string> = {
  sqlDatabases: 'SQL databases',
  biTools: 'business-intelligence tools',
  cloudPlatforms: 'cloud platforms',
  helpDesks: 'help-desk tools',
  crms: 'CRMs',
  spreadsheets: 'spreadsheets',
  officeSuites: 'office tools',
  projectTrackers: 'project trackers',
  gitHosts: 'Git tools',
  frontEndFrameworks: 'front-end frameworks',
  javaScript: 'JavaScript languages',
};

const NAMED_LISTS: Record<NamedKind, string> = {
  skill: 'skills',
  certification: 'certifications',
  license: 'licences or certifications',
  clearance: 'clearances',
};

const travelAsked = (percent: number | null) =>
  percent === null ? 'some travel' : `travel up to ${num(percent)}%`;

const SCHEDULE: Record<Schedule, string> = {
  on_call: 'an on-call rotation',
  night: 'night work',
  weekend: 'weekend work',
  shift: 'shift work',
  irregular_hours: 'irregular hours',
};

const WORKPLACE: Record<Workplace, string> = {
  onsite: 'onsite',
  hybrid: 'hybrid',
  remote: 'remote',
};
const workplaces = (ws: readonly Workplace[]) => list(ws.map((w) => WORKPLACE[w]));

const EMPLOYMENT: Record<EmploymentType, string> = {
  full_time: 'full-time',
  part_time: 'part-time',
  contract: 'contract work',
  temporary: 'temporary',
  internship: 'an internship',
  apprenticeship: 'an apprenticeship',
  volunteer: 'volunteer work',
  per_diem: 'per diem',
};

/** "It is in Lyon", "It is remote, in Berlin". */
const place = (r: { where: string[]; remote: boolean }) =>
  `It is ${r.remote ? 'remote, ' : ''}in ${list(r.where.map(own))}`;

const RELOCATION_SUPPORT = {
  offered: ' (it offers relocation support)',
  not_offered: ' (it offers no relocation support)',
  unsaid: '',
};

const authorization = (country: string | null) =>
  country
    ? `authorization to work in ${countryName(country)}`
    : 'work authorization without naming the country';

const SPONSORSHIP = {
  offered: 'It offers visa sponsorship',
  not_offered: 'It offers no visa sponsorship',
};

const PER: Record<SalaryPeriod, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};

const amount = (lo: number, hi: number) => (lo === hi ? num(lo) : `${num(lo)}-${num(hi)}`);

function pay(p: Pay): string {
  return `${amount(p.lo, p.hi)}${p.currency ? ` ${p.currency}` : ''}${p.period ? ` ${PER[p.period]}` : ''}`;
}

const floorText = (f: Floor) => `${num(f.amount)} ${f.currency} ${PER[f.period]}`;

/** Pay and minimum, each with its yearly figure where the two are counted by different periods. */
function payAgainst(p: Pay, f: Floor): { pays: string; floor: string } {
  const differ = p.period !== null && p.period !== f.period;
  const yearly = (n: number, per: SalaryPeriod) => num(Math.round(toYearly(n, per)));
  const pays =
    differ && p.period && p.period !== 'year'
      ? `${pay(p)} (about ${amount(Math.round(toYearly(p.lo, p.period)), Math.round(toYearly(p.hi, p.period)))} a year)`
      : pay(p);
  const floor =
    differ && f.period !== 'year'
      ? `${floorText(f)} (${yearly(f.amount, f.period)} a year)`
      : floorText(f);
  return { pays, floor };
}

// --- one template per case ---

type Templates = { [C in FitReason['code']]: (r: Extract<FitReason, { code: C }>) => string };

export const FIT_REASONS: Templates = {
  'experience.noProfile': (r) =>
    `It asks for ${asked(r.asked)}; your profile has no experience yet.`,
  'experience.enough': (r) =>
    `You have ${held(r.have)}, and it asks for ${askedBeside(r.asked, r.have)}.`,
  'experience.short': (r) =>
    `You have ${held(r.have)}, ${years(r.short)} short of the ${askedBeside(r.asked, r.have)} it asks for.`,
  'experience.fewer': (r) =>
    `You have ${held(r.have)}; it asks for ${askedBeside(r.asked, r.have)}.`,
  'experience.more': (r) =>
    `You have ${held(r.have)}, more than the ${askedBeside(r.asked, r.have)} it asks for.`,
  'experience.none': (r) => `It asks for ${asked(r.asked)}; you have none.`,
  'experience.toolsNone': (r) => `It asks for ${asked(r.asked)}; none of it is among your skills.`,
  'experience.toolsListed': (r) =>
    `You list ${list(r.listed.map(own))} among your skills${r.howLong ? ', but not for how long' : ''}; it asks for ${asked(r.asked)}.`,
  'experience.otherField': (r) =>
    `It asks for ${asked(r.asked)}; your experience is in ${roles(r.roles)}, ${r.roles.length > 1 ? 'which are different fields' : 'which is a different field'}.`,
  'experience.maybeField': (r) =>
    `It asks for ${asked(r.asked)}; your experience is in ${roles(r.roles)}, and whether that counts is for you to judge.`,
  'experience.noField': (r) =>
    `It asks for ${asked(r.asked)}; your profile gives ${years(r.total)} in total but not in which field.`,

  'language.noProfile': (r) =>
    `It asks for ${languageAsked(r.asked)}; your profile lists no languages.`,
  'language.notListed': (r) =>
    `It asks for ${languageAsked(r.asked)}; your profile does not list ${languageName(r.asked.language)}.`,
  'language.enough': (r) =>
    `It asks for ${languageAsked(r.asked)}, and you have ${languageHeld(r.have)}.`,
  'language.close': (r) =>
    `It asks for ${languageAsked(r.asked)}; you have ${languageHeld(r.have)}, a little below it.`,
  'language.unsaid': (r) =>
    `It asks for ${languageName(r.asked.language)} without saying the level; you have ${languageHeld(r.have)}.`,
  'language.below': (r) =>
    `It asks for ${languageAsked(r.asked)}; you have ${languageHeld(r.have)}.`,

  'education.noProfile': (r) =>
    `It asks for ${degreeAsked(r.asked)}; your profile has no education.`,
  'education.enough': (r) => `It asks for ${degreeAsked(r.asked)}, and you have ${degree(r.have)}.`,
  'education.otherField': (r) =>
    `It asks for ${degreeAsked(r.asked)}; you have ${degree(r.have)}, in another field.`,
  'education.below': (r) => `It asks for ${degreeAsked(r.asked)}; you have ${degree(r.have)}.`,
  'education.noYears': (r) =>
    `It asks for ${degreeAsked(r.asked)}; you have ${degree(r.have)}, and your years of experience are not in your profile.`,
  'education.equivalent': (r) =>
    `It asks for ${degreeAsked(r.asked)}; you have ${degree(r.have)} and ${years(r.years)} of experience, which counts as equivalent.`,
  'education.nearlyEquivalent': (r) =>
    `It asks for ${degreeAsked(r.asked)}; you have ${degree(r.have)} and ${years(r.years)} of experience, and ${years(r.needed)} would count as equivalent.`,
  'education.notEquivalent': (r) =>
    `It asks for ${degreeAsked(r.asked)}; you have ${degree(r.have)} and ${years(r.years)} of experience, not enough to stand in for it.`,

  'named.noProfile': (r) =>
    `It asks for ${own(r.name)}; your profile lists no ${NAMED_LISTS[r.kind]}.`,
  'named.missing': (r) =>
    `It asks for ${own(r.name)}, which is not among your ${NAMED_LISTS[r.kind]}.`,
  'named.listed': (r) =>
    `It asks for ${own(r.name)}, and you list ${r.listed ? own(r.listed) : 'it'}.`,
  'named.related': (r) =>
    `It asks for ${own(r.name)}; you list ${own(r.listed)}, of the same family (${SKILL_FAMILY_NAMES[r.family]}), so it is partly met.`,
  'named.duty': (r) =>
    `It mentions ${own(r.name)} in the role's duties without asking for it, so it is not scored.${r.listed ? ' You list it.' : ''}`,
  'named.groupMet': (r) =>
    `It asks for one of ${orList(r.names.map(own))}, and you list ${orList(r.listed.map(own))}.`,
  'named.groupNoProfile': (r) =>
    `It asks for one of ${orList(r.names.map(own))}; your profile lists no ${NAMED_LISTS[r.kind]}.`,
  'named.groupMissing': (r) =>
    `It asks for one of ${orList(r.names.map(own))}; ${r.names.length > 2 ? 'none' : 'neither'} is among your ${NAMED_LISTS[r.kind]}.`,

  'travel.dealbreaker': (r) =>
    `It asks for ${travelAsked(r.percent)}, and travel is one of your dealbreakers.`,
  'travel.noProfile': (r) =>
    `It asks for ${travelAsked(r.percent)}; your profile does not say whether you travel.`,
  'travel.open': (r) => `It asks for ${travelAsked(r.percent)}, and you are open to travel.`,
  'travel.refused': (r) => `It asks for ${travelAsked(r.percent)}; you prefer not to travel.`,
  'travel.unsaid': (r) =>
    `It asks for some travel without saying how much; you travel up to ${num(r.mine)}%.`,
  'travel.within': (r) =>
    `It asks for ${travelAsked(r.percent)}, and you travel up to ${num(r.mine)}%.`,
  'travel.beyond': (r) =>
    `It asks for ${travelAsked(r.percent)}; you travel up to ${num(r.mine)}%.`,

  'schedule.dealbreaker': (r) =>
    `It asks for ${SCHEDULE[r.schedule]}, and that is one of your dealbreakers.`,
  'schedule.noProfile': (r) =>
    `It asks for ${SCHEDULE[r.schedule]}; your profile lists no dealbreakers.`,
  'schedule.fine': (r) =>
    `It asks for ${SCHEDULE[r.schedule]}, which is not among your dealbreakers.`,

  'workplace.unsaid': (r) =>
    `It does not say whether it is onsite, hybrid or remote; ${r.accepted.length ? `you accept ${workplaces(r.accepted)}` : 'onsite-only is one of your dealbreakers'}.`,
  'workplace.onsiteDealbreaker': () => 'It is onsite, and onsite-only is one of your dealbreakers.',
  'workplace.notOnsiteOnly': (r) => `It is ${WORKPLACE[r.workplace]}, not onsite-only.`,
  'workplace.noProfile': (r) =>
    `It is ${WORKPLACE[r.workplace]}; your profile lists no work models.`,
  'workplace.accepted': (r) =>
    `It is ${WORKPLACE[r.workplace]}, and you accept ${workplaces(r.accepted)}.`,
  'workplace.refused': (r) =>
    `It is ${WORKPLACE[r.workplace]}; you accept only ${workplaces(r.accepted)}.`,

  'employment.dealbreaker': (r) =>
    `It is ${list(r.types.map((t) => EMPLOYMENT[t]))}, and ${r.types.length === 1 ? 'that is one of' : 'those are among'} your dealbreakers.`,

  'location.remoteAnywhere': () => 'It is fully remote and names no location.',
  'location.unnamed': (r) => `It names no location; you are in ${list(r.mine)}.`,
  'location.noProfile': (r) =>
    `It is in ${list(r.where.map(own))}; your profile lists no locations.`,
  'location.yours': (r) => `${place(r)}, one of your locations.`,
  'location.remoteHere': (r) => `${place(r)}, and you are in ${list(r.mine)}.`,
  'location.remoteAbroad': (r) =>
    `${place(r)}; you are in ${list(r.mine)}, and remote jobs often require living in the country.`,
  'location.sameCountry': (r) => `${place(r)}; you are in ${list(r.mine)}, in the same country.`,
  'location.relocationDealbreaker': (r) =>
    `${place(r)}; you are in ${list(r.mine)}, and relocation is one of your dealbreakers.`,
  'location.wouldRelocate': (r) =>
    `${place(r)}; you are in ${list(r.mine)}, and you are open to relocating${RELOCATION_SUPPORT[r.support ?? 'unsaid']}.`,
  'location.wontRelocate': (r) =>
    `${place(r)}; you are in ${list(r.mine)}, and you are not open to relocating.`,
  'location.relocateUnsaid': (r) =>
    `${place(r)}; you are in ${list(r.mine)}, and your profile does not say whether you would relocate.`,

  'authorization.noProfile': (r) =>
    `It asks for ${authorization(r.country)}; your profile lists no work authorization.`,
  'authorization.noCountry': (r) =>
    `It asks for ${authorization(null)}; you can work in ${list(r.mine.map(countryName))}.`,
  'authorization.held': (r) => `It asks for ${authorization(r.country)}, and you have it.`,
  'authorization.sponsored': (r) =>
    `It asks for ${authorization(r.country)}; you would need the sponsorship it offers.`,
  'authorization.missing': (r) =>
    `It asks for ${authorization(r.country)}; you can work in ${list(r.mine.map(countryName))}.`,

  'visa.noProfile': (r) =>
    `${SPONSORSHIP[r.sponsorship]}; your profile lists no work authorization.`,
  'visa.noCountry': (r) => `${SPONSORSHIP[r.sponsorship]}, and it names no country.`,
  'visa.canWork': (r) => `It is in ${list(r.countries.map(countryName))}, where you can work.`,
  'visa.sponsored': (r) =>
    `It is in ${list(r.countries.map(countryName))}, where you would need a visa, and it offers sponsorship.`,
  'visa.notSponsored': (r) =>
    `It is in ${list(r.countries.map(countryName))}, where you would need a visa; it offers no sponsorship.`,
  'visa.sponsorshipUnsaid': (r) =>
    `It is in ${list(r.countries.map(countryName))}, where you would need a visa; it does not say whether it sponsors.`,

  'salary.unstated': (r) => `It states no salary; your minimum is ${floorText(r.floor)}.`,
  'salary.noProfile': (r) => `It pays ${pay(r.pay)}; your profile has no minimum salary.`,
  'salary.noCurrency': (r) =>
    `It pays ${pay(r.pay)} without naming the currency; your minimum is ${floorText(r.floor)}.`,
  'salary.otherCurrency': (r) =>
    `It pays in ${r.currency}; your minimum is in ${r.floor.currency}, and fit does not convert currencies.`,
  'salary.noPeriod': (r) =>
    `It pays ${pay(r.pay)} without saying per what; your minimum is ${floorText(r.floor)}.`,
  'salary.enough': (r) => {
    const { pays, floor } = payAgainst(r.pay, r.floor);
    return `It pays ${pays}, at or above your minimum of ${floor}.`;
  },
  'salary.partly': (r) => {
    const { pays, floor } = payAgainst(r.pay, r.floor);
    return `It pays ${pays}; only the top of the range reaches your minimum of ${floor}.`;
  },
  'salary.below': (r) => {
    const { pays, floor } = payAgainst(r.pay, r.floor);
    return `It pays ${pays}, below your minimum of ${floor}.`;
  },
};

/** A fit reason as the one sentence a user reads. */
export function fitReason(reason: FitReason): string {
  const template = FIT_REASONS[reason.code] as (r: FitReason) => string;
  return template(reason);
}

// --- the line under the score ---

const FACT_NAMES: Record<FitTopic, string> = {
  workplace: 'work model',
  location: 'location',
  salary: 'salary',
  visa: 'visa situation',
  employment: 'employment type',
};

function counted(t: FitTally, what: string): string {
  return `${t.met} of ${t.known} ${what} met${t.partial > 0 ? ` (${t.partial} partly)` : ''}`;
}

/** The one line under the score that says why it is what it is. */
export function fitWhy(why: FitWhy): string {
  const { required, preferred } = why;
  const parts: string[] = [];
  if (required.known > 0) parts.push(counted(required, 'required items'));
  else if (required.unknown > 0)
    parts.push('None of the required items could be compared with your profile');
  else if (preferred.known > 0) parts.push('It requires nothing; scored on its preferred items');
  else parts.push('Nothing in it could be compared with your profile yet');
  if (required.known > 0 && preferred.known > 0) parts.push(counted(preferred, 'preferred'));
  const unknown = required.unknown + preferred.unknown;
  if (unknown > 0) parts.push(`${unknown} not in your profile`);
  let line = `${parts.join(', ')}.`;
  const failing = why.failing.map((t) => FACT_NAMES[t]);
  if (failing.length > 0)
    line += ` Not in the score: the ${list(failing)} ${failing.length > 1 ? 'do' : 'does'} not suit you.`;
  if (why.dealbreakers > 0)
    line += ` Capped at ${why.cap}: ${why.dealbreakers > 1 ? `${why.dealbreakers} dealbreakers` : 'a dealbreaker'}.`;
  return line;
}
