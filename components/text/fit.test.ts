import { describe, expect, it } from 'vitest';
import { checkFit } from '@/lib/fit';
import { extraction, PROFILES, req } from '@/lib/fit/testing';
import type { FitReason, FitReasonCode, FitStatus, Profile } from '@/lib/schema';
import { FIT_REASONS, fitReason, fitWhy } from './fit';

const asked = { minYears: 5, maxYears: null, field: 'marketing' };
const open = { minYears: null, maxYears: null, field: 'support operations' };
const inMarketing = { years: 3, fields: ['marketing'] };
const fr = { language: 'fr', level: 'C1' };
const bachelor = { level: 'bachelor', field: 'economics', equivalent: true } as const;
const mine = { level: 'associate', field: 'accounting' } as const;
const place = { where: ['Lyon'], remote: false, mine: ['Porto, Portugal'] };
const pay = { lo: 45_000, hi: 55_000, currency: 'EUR', period: 'year' } as const;
const floor = { amount: 50_000, currency: 'EUR', period: 'year' } as const;

/** One reason of every case, the status fit gives it, and the sentence a user reads. */
const CASES: { [C in FitReasonCode]: [FitStatus, Extract<FitReason, { code: C }>, string] } = {
  'experience.noProfile': [
    'unknown',
    { code: 'experience.noProfile', asked },
    'It asks for 5+ years in marketing; your profile has no experience yet.',
  ],
  'experience.enough': [
    'met',
    { code: 'experience.enough', asked, have: { years: 6, fields: ['marketing'] } },
    'You have 6 years in marketing, and it asks for 5+ years.',
  ],
  'experience.short': [
    'partial',
    { code: 'experience.short', asked, have: { years: 4, fields: ['marketing'] }, short: 1 },
    'You have 4 years in marketing, 1 year short of the 5+ years it asks for.',
  ],
  'experience.fewer': [
    'unmet',
    { code: 'experience.fewer', asked, have: inMarketing },
    'You have 3 years in marketing; it asks for 5+ years.',
  ],
  'experience.more': [
    'partial',
    {
      code: 'experience.more',
      asked: { minYears: 1, maxYears: 3, field: 'sales' },
      have: { years: 9, fields: ['B2B sales', 'retail sales'] },
    },
    'You have 9 years in B2B sales and retail sales, more than the 1-3 years in sales it asks for.',
  ],
  'experience.none': [
    'unmet',
    { code: 'experience.none', asked: open },
    'It asks for experience in support operations; you have none.',
  ],
  'experience.toolsNone': [
    'unmet',
    { code: 'experience.toolsNone', asked: { ...open, field: 'Tableau or Looker' } },
    'It asks for experience in Tableau or Looker; none of it is among your skills.',
  ],
  'experience.toolsListed': [
    'partial',
    {
      code: 'experience.toolsListed',
      asked: { minYears: 2, maxYears: null, field: 'Zendesk' },
      listed: ['Zendesk'],
      howLong: true,
    },
    'You list Zendesk among your skills, but not for how long; it asks for 2+ years in Zendesk.',
  ],
  'experience.otherField': [
    'unmet',
    { code: 'experience.otherField', asked, roles: [{ field: 'customer support', years: 8 }] },
    'It asks for 5+ years in marketing; your experience is in customer support (8 years), which is a different field.',
  ],
  'experience.maybeField': [
    'unknown',
    { code: 'experience.maybeField', asked: open, roles: [{ field: 'help desk', years: 2 }] },
    'It asks for experience in support operations; your experience is in help desk (2 years), and whether that counts is for you to judge.',
  ],
  'experience.noField': [
    'unknown',
    { code: 'experience.noField', asked, total: 7 },
    'It asks for 5+ years in marketing; your profile gives 7 years in total but not in which field.',
  ],
  'language.noProfile': [
    'unknown',
    { code: 'language.noProfile', asked: fr },
    'It asks for C1 French; your profile lists no languages.',
  ],
  'language.notListed': [
    'unmet',
    { code: 'language.notListed', asked: fr },
    'It asks for C1 French; your profile does not list French.',
  ],
  'language.enough': [
    'met',
    { code: 'language.enough', asked: fr, have: 'native' },
    'It asks for C1 French, and you have a native level.',
  ],
  'language.close': [
    'partial',
    { code: 'language.close', asked: fr, have: 'B2' },
    'It asks for C1 French; you have B2 (professional), a little below it.',
  ],
  'language.unsaid': [
    'partial',
    { code: 'language.unsaid', asked: { language: 'nl', level: null }, have: 'A2' },
    'It asks for Dutch without saying the level; you have A2 (basic).',
  ],
  'language.below': [
    'unmet',
    { code: 'language.below', asked: fr, have: 'A2' },
    'It asks for C1 French; you have A2 (basic).',
  ],
  'education.noProfile': [
    'unknown',
    { code: 'education.noProfile', asked: bachelor },
    "It asks for a bachelor's in economics or equivalent experience; your profile has no education.",
  ],
  'education.enough': [
    'met',
    {
      code: 'education.enough',
      asked: { ...bachelor, equivalent: false },
      have: { level: 'master', field: 'economics' },
    },
    "It asks for a bachelor's in economics, and you have a master's in economics.",
  ],
  'education.otherField': [
    'partial',
    {
      code: 'education.otherField',
      asked: bachelor,
      have: { level: 'bachelor', field: 'history' },
    },
    "It asks for a bachelor's in economics or equivalent experience; you have a bachelor's in history, in another field.",
  ],
  'education.below': [
    'unmet',
    { code: 'education.below', asked: { ...bachelor, equivalent: false }, have: mine },
    "It asks for a bachelor's in economics; you have an associate degree in accounting.",
  ],
  'education.noYears': [
    'unknown',
    { code: 'education.noYears', asked: bachelor, have: mine },
    "It asks for a bachelor's in economics or equivalent experience; you have an associate degree in accounting, and your years of experience are not in your profile.",
  ],
  'education.equivalent': [
    'met',
    { code: 'education.equivalent', asked: bachelor, have: mine, years: 5 },
    "It asks for a bachelor's in economics or equivalent experience; you have an associate degree in accounting and 5 years of experience, which counts as equivalent.",
  ],
  'education.nearlyEquivalent': [
    'partial',
    { code: 'education.nearlyEquivalent', asked: bachelor, have: mine, years: 2, needed: 4 },
    "It asks for a bachelor's in economics or equivalent experience; you have an associate degree in accounting and 2 years of experience, and 4 years would count as equivalent.",
  ],
  'education.notEquivalent': [
    'unmet',
    {
      code: 'education.notEquivalent',
      asked: bachelor,
      have: { level: 'high_school', field: null },
      years: 1,
    },
    "It asks for a bachelor's in economics or equivalent experience; you have a high-school diploma and 1 year of experience, not enough to stand in for it.",
  ],
  'named.noProfile': [
    'unknown',
    { code: 'named.noProfile', name: 'PMP', kind: 'certification' },
    'It asks for PMP; your profile lists no certifications.',
  ],
  'named.missing': [
    'unmet',
    { code: 'named.missing', name: 'Kubernetes', kind: 'skill' },
    'It asks for Kubernetes, which is not among your skills.',
  ],
  'named.listed': [
    'met',
    { code: 'named.listed', name: 'JavaScript', listed: 'JS' },
    'It asks for JavaScript, and you list JS.',
  ],
  'named.related': [
    'partial',
    { code: 'named.related', name: 'MySQL', listed: 'PostgreSQL', family: 'sqlDatabases' },
    'It asks for MySQL; you list PostgreSQL, of the same family (SQL databases), so it is partly met.',
  ],
  'named.duty': [
    'met',
    { code: 'named.duty', name: 'Intercom', listed: true },
    "It mentions Intercom in the role's duties without asking for it, so it is not scored. You list it.",
  ],
  'named.groupMet': [
    'met',
    { code: 'named.groupMet', names: ['Jira', 'Asana'], listed: ['Asana'] },
    'It asks for one of Jira or Asana, and you list Asana.',
  ],
  'named.groupNoProfile': [
    'unknown',
    { code: 'named.groupNoProfile', names: ['Jira', 'Asana'], kind: 'skill' },
    'It asks for one of Jira or Asana; your profile lists no skills.',
  ],
  'named.groupMissing': [
    'unmet',
    { code: 'named.groupMissing', names: ['GCP', 'AWS', 'Azure'], kind: 'skill' },
    'It asks for one of GCP, AWS or Azure; none is among your skills.',
  ],
  'travel.dealbreaker': [
    'unmet',
    { code: 'travel.dealbreaker', percent: null },
    'It asks for some travel, and travel is one of your dealbreakers.',
  ],
  'travel.noProfile': [
    'unknown',
    { code: 'travel.noProfile', percent: 20 },
    'It asks for travel up to 20%; your profile does not say whether you travel.',
  ],
  'travel.open': [
    'met',
    { code: 'travel.open', percent: 20 },
    'It asks for travel up to 20%, and you are open to travel.',
  ],
  'travel.refused': [
    'unmet',
    { code: 'travel.refused', percent: null },
    'It asks for some travel; you prefer not to travel.',
  ],
  'travel.unsaid': [
    'partial',
    { code: 'travel.unsaid', mine: 10 },
    'It asks for some travel without saying how much; you travel up to 10%.',
  ],
  'travel.within': [
    'met',
    { code: 'travel.within', percent: 10, mine: 25 },
    'It asks for travel up to 10%, and you travel up to 25%.',
  ],
  'travel.beyond': [
    'unmet',
    { code: 'travel.beyond', percent: 50, mine: 25 },
    'It asks for travel up to 50%; you travel up to 25%.',
  ],
  'schedule.dealbreaker': [
    'unmet',
    { code: 'schedule.dealbreaker', schedule: 'on_call' },
    'It asks for an on-call rotation, and that is one of your dealbreakers.',
  ],
  'schedule.noProfile': [
    'unknown',
    { code: 'schedule.noProfile', schedule: 'night' },
    'It asks for night work; your profile lists no dealbreakers.',
  ],
  'schedule.fine': [
    'met',
    { code: 'schedule.fine', schedule: 'shift' },
    'It asks for shift work, which is not among your dealbreakers.',
  ],
  'workplace.unsaid': [
    'unknown',
    { code: 'workplace.unsaid', accepted: ['hybrid', 'remote'] },
    'It does not say whether it is onsite, hybrid or remote; you accept hybrid and remote.',
  ],
  'workplace.onsiteDealbreaker': [
    'unmet',
    { code: 'workplace.onsiteDealbreaker' },
    'It is onsite, and onsite-only is one of your dealbreakers.',
  ],
  'workplace.notOnsiteOnly': [
    'met',
    { code: 'workplace.notOnsiteOnly', workplace: 'hybrid' },
    'It is hybrid, not onsite-only.',
  ],
  'workplace.noProfile': [
    'unknown',
    { code: 'workplace.noProfile', workplace: 'remote' },
    'It is remote; your profile lists no work models.',
  ],
  'workplace.accepted': [
    'met',
    { code: 'workplace.accepted', workplace: 'hybrid', accepted: ['hybrid'] },
    'It is hybrid, and you accept hybrid.',
  ],
  'workplace.refused': [
    'unmet',
    { code: 'workplace.refused', workplace: 'onsite', accepted: ['remote'] },
    'It is onsite; you accept only remote.',
  ],
  'employment.dealbreaker': [
    'unmet',
    { code: 'employment.dealbreaker', types: ['contract'] },
    'It is contract work, and that is one of your dealbreakers.',
  ],
  'location.remoteAnywhere': [
    'met',
    { code: 'location.remoteAnywhere' },
    'It is fully remote and names no location.',
  ],
  'location.unnamed': [
    'unknown',
    { code: 'location.unnamed', mine: ['Porto, Portugal'] },
    'It names no location; you are in Porto, Portugal.',
  ],
  'location.noProfile': [
    'unknown',
    { code: 'location.noProfile', where: ['Lyon'] },
    'It is in Lyon; your profile lists no locations.',
  ],
  'location.yours': [
    'met',
    { code: 'location.yours', ...place, mine: ['Lyon, France'] },
    'It is in Lyon, one of your locations.',
  ],
  'location.remoteHere': [
    'met',
    { code: 'location.remoteHere', ...place, remote: true, mine: ['Paris, France'] },
    'It is remote, in Lyon, and you are in Paris, France.',
  ],
  'location.remoteAbroad': [
    'partial',
    { code: 'location.remoteAbroad', ...place, remote: true },
    'It is remote, in Lyon; you are in Porto, Portugal, and remote jobs often require living in the country.',
  ],
  'location.sameCountry': [
    'partial',
    { code: 'location.sameCountry', ...place, mine: ['Paris, France'] },
    'It is in Lyon; you are in Paris, France, in the same country.',
  ],
  'location.relocationDealbreaker': [
    'unmet',
    { code: 'location.relocationDealbreaker', ...place },
    'It is in Lyon; you are in Porto, Portugal, and relocation is one of your dealbreakers.',
  ],
  'location.wouldRelocate': [
    'partial',
    { code: 'location.wouldRelocate', ...place, support: 'offered' },
    'It is in Lyon; you are in Porto, Portugal, and you are open to relocating (it offers relocation support).',
  ],
  'location.wontRelocate': [
    'unmet',
    { code: 'location.wontRelocate', ...place },
    'It is in Lyon; you are in Porto, Portugal, and you are not open to relocating.',
  ],
  'location.relocateUnsaid': [
    'unknown',
    { code: 'location.relocateUnsaid', ...place },
    'It is in Lyon; you are in Porto, Portugal, and your profile does not say whether you would relocate.',
  ],
  'authorization.noProfile': [
    'unknown',
    { code: 'authorization.noProfile', country: 'FR' },
    'It asks for authorization to work in France; your profile lists no work authorization.',
  ],
  'authorization.noCountry': [
    'unknown',
    { code: 'authorization.noCountry', mine: ['PT', 'EU'] },
    'It asks for work authorization without naming the country; you can work in Portugal and the European Union.',
  ],
  'authorization.held': [
    'met',
    { code: 'authorization.held', country: 'FR' },
    'It asks for authorization to work in France, and you have it.',
  ],
  'authorization.sponsored': [
    'partial',
    { code: 'authorization.sponsored', country: 'US' },
    'It asks for authorization to work in the United States; you would need the sponsorship it offers.',
  ],
  'authorization.missing': [
    'unmet',
    { code: 'authorization.missing', country: 'US', mine: ['EU'] },
    'It asks for authorization to work in the United States; you can work in the European Union.',
  ],
  'visa.noProfile': [
    'unknown',
    { code: 'visa.noProfile', sponsorship: 'offered' },
    'It offers visa sponsorship; your profile lists no work authorization.',
  ],
  'visa.noCountry': [
    'unknown',
    { code: 'visa.noCountry', sponsorship: 'not_offered' },
    'It offers no visa sponsorship, and it names no country.',
  ],
  'visa.canWork': [
    'met',
    { code: 'visa.canWork', countries: ['FR'] },
    'It is in France, where you can work.',
  ],
  'visa.sponsored': [
    'partial',
    { code: 'visa.sponsored', countries: ['GB'] },
    'It is in the United Kingdom, where you would need a visa, and it offers sponsorship.',
  ],
  'visa.notSponsored': [
    'unmet',
    { code: 'visa.notSponsored', countries: ['US'] },
    'It is in the United States, where you would need a visa; it offers no sponsorship.',
  ],
  'visa.sponsorshipUnsaid': [
    'unknown',
    { code: 'visa.sponsorshipUnsaid', countries: ['CA'] },
    'It is in Canada, where you would need a visa; it does not say whether it sponsors.',
  ],
  'salary.unstated': [
    'unknown',
    { code: 'salary.unstated', floor },
    'It states no salary; your minimum is 50,000 EUR a year.',
  ],
  'salary.noProfile': [
    'unknown',
    { code: 'salary.noProfile', pay },
    'It pays 45,000-55,000 EUR a year; your profile has no minimum salary.',
  ],
  'salary.noCurrency': [
    'unknown',
    { code: 'salary.noCurrency', pay: { ...pay, currency: null }, floor },
    'It pays 45,000-55,000 a year without naming the currency; your minimum is 50,000 EUR a year.',
  ],
  'salary.otherCurrency': [
    'unknown',
    { code: 'salary.otherCurrency', currency: 'USD', floor },
    'It pays in USD; your minimum is in EUR, and fit does not convert currencies.',
  ],
  'salary.noPeriod': [
    'unknown',
    { code: 'salary.noPeriod', pay: { ...pay, period: null }, floor },
    'It pays 45,000-55,000 EUR without saying per what; your minimum is 50,000 EUR a year.',
  ],
  'salary.enough': [
    'met',
    { code: 'salary.enough', pay: { lo: 30, hi: 30, currency: 'EUR', period: 'hour' }, floor },
    'It pays 30 EUR an hour (about 62,400 a year), at or above your minimum of 50,000 EUR a year.',
  ],
  'salary.partly': [
    'partial',
    { code: 'salary.partly', pay, floor },
    'It pays 45,000-55,000 EUR a year; only the top of the range reaches your minimum of 50,000 EUR a year.',
  ],
  'salary.below': [
    'unmet',
    { code: 'salary.below', pay, floor: { amount: 5_000, currency: 'EUR', period: 'month' } },
    'It pays 45,000-55,000 EUR a year, below your minimum of 5,000 EUR a month (60,000 a year).',
  ],
};

/** A complete sentence: a capital first, a full stop last, no stray punctuation. */
function expectSentence(text: string) {
  expect(text).toMatch(/^[A-Z]/);
  expect(text).toMatch(/[.!?]$/);
  expect(text, text).not.toMatch(/[,;:]\s*[;.]|\s[,;.]|\b(undefined|null|NaN)\b/);
}

describe('every reason fit gives', () => {
  const requirements = [
    req('experience', { minYears: 3, maxYears: null, field: 'customer support' }),
    req('experience', { minYears: null, maxYears: null, field: 'Zendesk, Jira,' }),
    req('language', { language: 'de', level: 'fluent', cefr: 'C1' }),
    req('education', { level: 'bachelor', field: 'marketing', equivalentAccepted: true }),
    req('skill', { name: 'Salesforce' }),
    req('certification', { name: 'PMP' }, false),
    req('travel', { percent: 25 }),
    req('schedule', { schedule: 'on_call' }),
    req('work_authorization', { country: 'DE' }),
  ];
  const postings = [
    extraction(requirements, {
      locations: ['München'],
      workplace: 'hybrid',
      salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
      visaSponsorship: 'not_offered',
      employmentType: 'part_time',
    }),
    extraction(requirements, { locations: [], workplace: 'remote' }),
    extraction(requirements, { locations: ['Austin, TX'], workplace: 'onsite' }),
  ];
  const profiles: Profile[] = [
    {},
    ...Object.values(PROFILES),
    {
      totalYears: 1,
      experience: [{ field: 'teaching', years: 1 }],
      languages: [{ language: 'de', level: 'A2' }],
      travel: false,
      dealbreakers: ['on_call', 'part_time', 'onsite_only'],
      workplaces: ['remote'],
      minSalary: { amount: 90000, currency: 'EUR', period: 'year' },
      workAuthorization: ['US'],
      locations: ['Lisboa'],
    },
  ];

  it('is a complete sentence: a capital first, a full stop last, no stray punctuation', () => {
    let count = 0;
    for (const profile of profiles) {
      for (const x of postings) {
        const report = checkFit(profile, x);
        for (const item of [...report.items, ...report.facts]) {
          count++;
          expectSentence(fitReason(item.reason));
        }
        expect(fitWhy(report.why)).toMatch(/^[A-Z0-9].*\.$/);
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe('one template per case', () => {
  it.each(Object.entries(CASES))('%s', (_, [, reason, sentence]) => {
    expect(fitReason(reason as FitReason)).toBe(sentence);
    expectSentence(sentence);
  });

  // Which statuses each kind of item can take: a schedule or a named item is never "partly" met,
  // an employment type is only reported when it hits a dealbreaker.
  const CAN_BE: Record<string, FitStatus[]> = {
    experience: ['met', 'partial', 'unmet', 'unknown'],
    language: ['met', 'partial', 'unmet', 'unknown'],
    education: ['met', 'partial', 'unmet', 'unknown'],
    named: ['met', 'partial', 'unmet', 'unknown'],
    travel: ['met', 'partial', 'unmet', 'unknown'],
    schedule: ['met', 'unmet', 'unknown'],
    workplace: ['met', 'unmet', 'unknown'],
    employment: ['unmet'],
    location: ['met', 'partial', 'unmet', 'unknown'],
    authorization: ['met', 'partial', 'unmet', 'unknown'],
    visa: ['met', 'partial', 'unmet', 'unknown'],
    salary: ['met', 'partial', 'unmet', 'unknown'],
  };

  it('covers every status of every kind', () => {
    const covered: Record<string, Set<FitStatus>> = {};
    for (const [code, [status]] of Object.entries(CASES)) {
      const kind = code.split('.')[0] as string;
      covered[kind] = new Set([...(covered[kind] ?? []), status]);
    }
    expect(Object.fromEntries(Object.entries(covered).map(([k, v]) => [k, [...v].sort()]))).toEqual(
      Object.fromEntries(Object.entries(CAN_BE).map(([k, v]) => [k, [...v].sort()])),
    );
  });

  it('has a template for every case and none for a case fit never gives', () => {
    expect(Object.keys(FIT_REASONS).sort()).toEqual(Object.keys(CASES).sort());
  });

  it("writes the issue's own examples as it asked", () => {
    const marketing = { minYears: 5, maxYears: null, field: 'marketing' };
    expect(
      fitReason({
        code: 'experience.fewer',
        asked: marketing,
        have: { years: 3, fields: ['marketing'] },
      }),
    ).toBe('You have 3 years in marketing; it asks for 5+ years.');
    expect(
      fitReason({ code: 'workplace.accepted', workplace: 'hybrid', accepted: ['hybrid'] }),
    ).toBe('It is hybrid, and you accept hybrid.');
    // A posting's list leaves stray commas; they never reach the sentence.
    expect(
      fitReason({
        code: 'experience.toolsNone',
        asked: { ...marketing, field: 'Tableau, Looker,' },
      }),
    ).toBe('It asks for 5+ years in Tableau, Looker; none of it is among your skills.');
  });

  it('says "fields" when the experience it names is in more than one', () => {
    expect(
      fitReason({
        code: 'experience.otherField',
        asked: { minYears: 3, maxYears: 5, field: 'backend' },
        roles: [
          { field: 'data analysis', years: 3 },
          { field: 'marketing', years: 1 },
        ],
      }),
    ).toBe(
      'It asks for 3-5 years in backend; your experience is in data analysis (3 years) and marketing (1 year), which are different fields.',
    );
  });
});
